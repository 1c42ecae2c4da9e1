'use client';

import { getUiOptions, type DescriptionFieldProps } from '@rjsf/utils';
import { useContext } from 'react';
import { codeSpans } from '@/lib/schema/labels';
import { FIELD_ID_PREFIX, FIELD_ID_SEPARATOR } from './field-ids';
import { SizeFiguresContext } from './size-figures';

/**
 * A field's help under its label: what the description says beyond the label (lib/schema/labels.ts), inline code
 * shown as code (text only: no Markdown, no HTML), and the key path in small type for those who edit the YAML.
 */
export function FieldDescription({ id, description, uiSchema }: DescriptionFieldProps) {
  // Not rjsf's own `help` option, which it would print a second time under the field.
  const help = getUiOptions(uiSchema).shownDescription;
  const text = typeof help === 'string' ? help : typeof description === 'string' ? description : '';
  const path = id.replace(/__description$/, '').slice(FIELD_ID_PREFIX.length + FIELD_ID_SEPARATOR.length);
  const sizes = useContext(SizeFiguresContext)[path];
  return (
    <div id={id} className="field-description text-sm text-slate-700 dark:text-slate-300">
      {text ? <span>{codeSpans(text).map((s, i) => (s.code ? <code key={i}>{s.text}</code> : <span key={i}>{s.text}</span>))}</span> : null}
      {path ? <code className="field-path ml-1 text-xs text-slate-500 dark:text-slate-400">{path}</code> : null}
      {sizes ? (
        <ul className="mt-1 list-disc pl-5" aria-label="What each size sets">
          {sizes.map((f) => (
            <li key={f.size}>
              <strong>{f.size}</strong>: {f.text}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
