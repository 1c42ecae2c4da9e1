'use client';

import type { ErrorSchema, RJSFSchema, UiSchema } from '@rjsf/utils';
import { useCallback, useId, useMemo } from 'react';
import { pickSchema, type Schema } from '@/lib/schema/form-schema';
import type { DependencyPair } from '@/lib/schema/groups';
import type { JsonObject } from '@/lib/values/coalesce';
import { GroupForm } from './GroupForm';

interface Props {
  pair: DependencyPair;
  schema: Schema;
  requirements: Record<string, string[]>;
  formData: JsonObject;
  external: boolean;
  missing: string[];
  errorsFor: (keys: readonly string[]) => ErrorSchema | undefined;
  onModeChange: (pair: DependencyPair, external: boolean) => void;
  onChange: (keys: readonly string[], data: JsonObject) => void;
  /** The first view: a bundled service's own settings stay under All settings. */
  compact?: boolean;
}

/** Bundled or external for one dependency, and the settings of the chosen side only. */
export function DependencyChoice({
  pair,
  schema,
  requirements,
  formData,
  external,
  missing,
  errorsFor,
  onModeChange,
  onChange,
  compact = false,
}: Props) {
  const name = useId();
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const enabledDesc = ((props[pair.bundledKey]?.properties as Record<string, Schema> | undefined)?.enabled?.description ?? '') as string;
  const extDesc = (props[pair.externalKey]?.description ?? '') as string;
  const key = external ? pair.externalKey : pair.bundledKey;
  // Stable props, so the memoized form re-renders only when its own data, errors or requirements change.
  const sub = useMemo(() => pickSchema(schema, [key], requirements) as RJSFSchema, [schema, key, requirements]);
  const uiSchema: UiSchema = useMemo(
    () => (external ? {} : { [pair.bundledKey]: { enabled: { 'ui:widget': 'hidden' } } }),
    [external, pair.bundledKey],
  );
  const onFormChange = useCallback((data: JsonObject) => onChange([key], data), [onChange, key]);

  return (
    <fieldset className="dependency rounded-lg border border-slate-200 p-4 dark:border-slate-700" data-dependency={pair.bundledKey}>
      <legend className="px-1 text-base font-semibold">{pair.label}</legend>
      <div role="radiogroup" aria-label={`${pair.label}: bundled or external`} className="flex flex-wrap gap-4">
        <label className="flex items-center gap-2">
          <input type="radio" name={name} checked={!external} onChange={() => onModeChange(pair, false)} />
          Bundled <span className="text-sm text-slate-600 dark:text-slate-400">(deployed with the chart)</span>
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name={name} checked={external} onChange={() => onModeChange(pair, true)} />
          External <span className="text-sm text-slate-600 dark:text-slate-400">(an existing {pair.label})</span>
        </label>
      </div>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{external ? extDesc || enabledDesc : enabledDesc}</p>
      {external && missing.length > 0 ? (
        <p className="mt-2 text-sm font-medium text-red-800 dark:text-red-300" data-testid={`${pair.externalKey}-missing`}>
          Still required: {missing.join(', ')}
        </p>
      ) : null}
      {compact && !external ? null : (
        <GroupForm schema={sub} uiSchema={uiSchema} formData={formData} extraErrors={errorsFor([key])} onChange={onFormChange} />
      )}
    </fieldset>
  );
}
