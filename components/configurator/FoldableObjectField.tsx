'use client';

import DefaultObjectFieldTemplate from '@rjsf/core/lib/components/templates/ObjectFieldTemplate.js';
import { getUiOptions, type ObjectFieldTemplateProps } from '@rjsf/utils';

/** rjsf's object template, folded into a <details> when the uiSchema says `collapsed` (image references). */
export function FoldableObjectField(props: ObjectFieldTemplateProps) {
  const { collapsed } = getUiOptions(props.uiSchema);
  if (!collapsed) return <DefaultObjectFieldTemplate {...props} />;
  return (
    <details className="folded">
      <summary>{props.title}</summary>
      <DefaultObjectFieldTemplate {...props} title="" />
    </details>
  );
}
