'use client';

import type { ErrorSchema, RJSFSchema } from '@rjsf/utils';
import { pickSchema, type Schema } from '@/lib/schema/form-schema';
import type { DependencyPair } from '@/lib/schema/groups';
import type { SchemaIssue } from '@/lib/schema/validate';
import { getIn, type JsonObject } from '@/lib/values/coalesce';
import { DependencyChoice } from './DependencyChoice';
import { GroupForm } from './GroupForm';

export interface DependenciesGroupProps {
  /** The group's top-level keys (the bundled/external pairs and anything else declared in the group). */
  keys: readonly string[];
  pairs: readonly DependencyPair[];
  schema: Schema;
  effective: JsonObject;
  issues: readonly SchemaIssue[];
  requirements: Record<string, string[]>;
  formDataFor: (keys: readonly string[]) => JsonObject;
  errorsFor: (keys: readonly string[]) => ErrorSchema | undefined;
  onModeChange: (pair: DependencyPair, external: boolean) => void;
  onChange: (keys: readonly string[], data: JsonObject) => void;
  /** The configurator's first view: the choices and an external service's connection settings only. */
  compact?: boolean;
}

/**
 * Redis and PostgreSQL, each bundled (a subchart) or external (a service the user already runs), from the values
 * that come in pairs (`x` and `externalX`); the group's other keys (Qdrant, which the server does not use yet, can
 * only be bundled) get a form each.
 */
export function DependenciesGroup({
  keys,
  pairs,
  schema,
  effective,
  issues,
  requirements,
  formDataFor,
  errorsFor,
  onModeChange,
  onChange,
  compact = false,
}: DependenciesGroupProps) {
  const paired = new Set(pairs.flatMap((p) => [p.bundledKey, p.externalKey]));
  const rest = keys.filter((k) => !paired.has(k));
  return (
    <>
      {compact ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Each service is deployed with the chart (bundled) or one you already run (external). A bundled service&apos;s own settings, and
          the Bitnami image notes, are under All settings.
        </p>
      ) : (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Each service is either deployed with the chart (bundled subchart) or one you already run (external). Bundled Redis and PostgreSQL
          are Bitnami charts: since August 2025 Bitnami no longer publishes versioned images on docker.io/bitnami, so the chart uses
          docker.io/bitnamilegacy (still pulls, no more updates). To use other images, override each image and set
          global.security.allowInsecureImages.
        </p>
      )}
      {pairs.map((p) => {
        const external = getIn(effective, [p.bundledKey, 'enabled']) === false;
        const missing = issues
          .filter((i) => i.path[0] === p.externalKey && (i.keyword === 'required' || i.keyword === 'minLength'))
          .map((i) => i.path.join('.'));
        return (
          <DependencyChoice
            key={p.bundledKey}
            pair={p}
            schema={schema}
            requirements={requirements}
            formData={formDataFor([external ? p.externalKey : p.bundledKey])}
            external={external}
            missing={missing}
            errorsFor={errorsFor}
            onModeChange={onModeChange}
            onChange={onChange}
            compact={compact}
          />
        );
      })}
      {rest.length > 0 && compact ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Qdrant (optional: this server version does not use it yet) is under All settings.
        </p>
      ) : rest.length > 0 ? (
        <GroupForm
          schema={restSchema(schema, rest, requirements)}
          formData={formDataFor(rest)}
          extraErrors={errorsFor(rest)}
          onChange={(data) => onChange(rest, data)}
        />
      ) : null}
    </>
  );
}

const restSchemas = new WeakMap<object, Map<string, RJSFSchema>>();
/** Memoized per requirements object (which is stable while the rules' requirements do not change). */
function restSchema(schema: Schema, keys: string[], requirements: Record<string, string[]>): RJSFSchema {
  let m = restSchemas.get(requirements);
  if (!m) restSchemas.set(requirements, (m = new Map()));
  const k = keys.join(',');
  let s = m.get(k);
  if (!s) m.set(k, (s = pickSchema(schema, keys, requirements) as RJSFSchema));
  return s;
}
