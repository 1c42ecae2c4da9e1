'use client';

// The Form module itself: @rjsf/core's index also re-exports its test registry, which pulls in
// @rjsf/validator-ajv8 and the whole ajv compiler (it creates a validator when imported).
import Form from '@rjsf/core/lib/components/Form.js';
import type { ErrorSchema, RJSFSchema, UiSchema } from '@rjsf/utils';
import { memo, useMemo } from 'react';
import { FieldDescription } from './FieldDescription';
import { FIELD_ID_PREFIX, FIELD_ID_SEPARATOR } from './field-ids';
import { FoldableObjectField } from './FoldableObjectField';
import { mergeUi, uiSchemaFor } from '@/lib/schema/form-schema';
import { createFormValidator } from '@/lib/schema/form-validator';
import type { JsonObject } from '@/lib/values/coalesce';

const validator = createFormValidator();

export interface GroupFormProps {
  schema: RJSFSchema;
  uiSchema?: UiSchema;
  formData: JsonObject;
  extraErrors: ErrorSchema | undefined;
  onChange: (data: JsonObject) => void;
}

const TEMPLATES = { ObjectFieldTemplate: FoldableObjectField, DescriptionFieldTemplate: FieldDescription };
const DEFAULT_STATE_BEHAVIOR = { emptyObjectFields: 'skipDefaults', arrayMinItems: { populate: 'never' } } as const;

/**
 * One section of the form, rendered by rjsf from a slice of the chart's schema. Validation is not rjsf's: the
 * configurator validates the whole file (with the chart's cross-field rules) and passes the errors in.
 */
export const GroupForm = memo(function GroupForm({ schema, uiSchema, formData, extraErrors, onChange }: GroupFormProps) {
  const ui = useMemo(
    () => ({ 'ui:submitButtonOptions': { norender: true }, ...mergeUi(uiSchemaFor(schema), uiSchema ?? {}) }) as UiSchema,
    [schema, uiSchema],
  );
  return (
    <Form
      schema={schema}
      uiSchema={ui}
      templates={TEMPLATES}
      formData={formData}
      validator={validator}
      extraErrors={extraErrors}
      onChange={(e) => onChange((e.formData ?? {}) as JsonObject)}
      idPrefix={FIELD_ID_PREFIX}
      idSeparator={FIELD_ID_SEPARATOR}
      showErrorList={false}
      noHtml5Validate
      experimental_defaultFormStateBehavior={DEFAULT_STATE_BEHAVIOR}
      className="configurator-form"
      tagName="div"
    >
      <></>
    </Form>
  );
});
