'use client';

import type { ErrorSchema, RJSFSchema, UiSchema } from '@rjsf/utils';
import { useCallback, useId, useMemo, type ReactNode } from 'react';
import { pickSchema, type Schema } from '@/lib/schema/form-schema';
import { AUTH_CHOICES, type AuthChoice as Choice } from '@/lib/values/auth-choice';
import type { JsonObject } from '@/lib/values/coalesce';
import { GroupForm } from './GroupForm';

interface Props {
  schema: Schema;
  requirements: Record<string, string[]>;
  formData: JsonObject;
  choice: Choice;
  /** The chart refuses to publish this server as it is: the acknowledgement is offered. */
  exposureRefused: boolean;
  /** The blocks of `auth` that do not apply now (values.yaml's `@when`: the unchosen authorization backends). */
  hiddenUi?: Record<string, unknown>;
  /** Shown instead of the form of every `auth` value (the first view: the chosen mode's own settings). */
  form?: ReactNode;
  errorsFor: (keys: readonly string[]) => ErrorSchema | undefined;
  onChoiceChange: (choice: Choice) => void;
  onChange: (keys: readonly string[], data: JsonObject) => void;
}

const KEYS = ['auth'] as const;

/**
 * Authentication as one clear choice (off, plugin auth, plugin auth with Kubernetes tokens), then the settings of
 * that choice. The acknowledgement of an unauthenticated, published server is shown only when the chart would
 * refuse the values without it (or when it is already set).
 */
export function AuthChoice({
  schema,
  requirements,
  formData,
  choice,
  exposureRefused,
  hiddenUi,
  form,
  errorsFor,
  onChoiceChange,
  onChange,
}: Props) {
  const name = useId();
  const sub = useMemo(() => pickSchema(schema, KEYS, requirements) as RJSFSchema, [schema, requirements]);
  const auth = (formData.auth ?? {}) as JsonObject;
  const showAck = exposureRefused || auth.acknowledgeUnauthenticatedExposure === true;
  const uiSchema: UiSchema = useMemo(
    () => ({
      auth: {
        ...((hiddenUi?.auth as Record<string, unknown> | undefined) ?? {}),
        mode: { 'ui:widget': 'hidden' },
        kubernetes: choice === 'plugin-kubernetes' ? { enabled: { 'ui:widget': 'hidden' } } : { 'ui:widget': 'hidden' },
        plugin: choice === 'off' ? { 'ui:widget': 'hidden' } : {},
        acknowledgeUnauthenticatedExposure: showAck ? {} : { 'ui:widget': 'hidden' },
      },
    }),
    [choice, showAck, hiddenUi],
  );
  const onFormChange = useCallback((data: JsonObject) => onChange(KEYS, data), [onChange]);
  const modeDesc = (((schema.properties as Record<string, Schema>).auth?.properties as Record<string, Schema> | undefined)?.mode
    ?.description ?? '') as string;

  return (
    <fieldset className="dependency rounded-lg border border-slate-200 p-4 dark:border-slate-700" data-testid="auth-choice">
      <legend className="px-1 text-base font-semibold">Who may call the API</legend>
      <div role="radiogroup" aria-label="Authentication" className="flex flex-col gap-2">
        {AUTH_CHOICES.map((c) => (
          <label key={c.id} className="flex items-center gap-2">
            <input type="radio" name={name} checked={choice === c.id} onChange={() => onChoiceChange(c.id)} />
            {c.label} <span className="text-sm text-slate-600 dark:text-slate-400">({c.hint})</span>
          </label>
        ))}
      </div>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{modeDesc}</p>
      {exposureRefused ? (
        <p className="mt-2 text-sm font-medium text-red-800 dark:text-red-300" data-testid="auth-exposure">
          This server would be published (Ingress, LoadBalancer or NodePort) with endpoints that accept anyone. Turn plugin auth on (and
          give /a2a its key), keep the Service internal, or acknowledge below that something else authenticates every caller.
        </p>
      ) : null}
      {form ?? <GroupForm schema={sub} uiSchema={uiSchema} formData={formData} extraErrors={errorsFor(KEYS)} onChange={onFormChange} />}
    </fieldset>
  );
}
