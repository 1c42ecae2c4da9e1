/**
 * Which blocks of values apply to the current values, from the chart's `## @when` declarations in values.yaml
 * (lib/chart/values-comments.ts): the configurator hides the others (an unchosen LLM provider, KMS provider,
 * secret provider, authorization backend...) and lists what is set in them, so that nothing is silently ignored.
 */
import type { WhenComment } from '@/lib/chart/values-comments';
import { deepEqual, getIn, isPlainObject, type JsonObject } from '@/lib/values/coalesce';
import { truthy } from '@/lib/rules/evaluate';

export type { WhenComment };

function holds(w: WhenComment, values: JsonObject): boolean {
  const v = getIn(values, w.on.split('.'));
  return w.values ? w.values.includes(String(v)) : truthy(v);
}

/** The declared paths that do not apply to these (effective) values. */
export function hiddenPaths(when: readonly WhenComment[], effective: JsonObject): string[] {
  return when.filter((w) => !holds(w, effective)).map((w) => w.path);
}

/** The uiSchema that hides those paths in the form of the top-level keys `keys`. */
export function hiddenUi(hidden: readonly string[], keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of hidden) {
    const segs = path.split('.');
    if (!keys.includes(segs[0]!)) continue;
    let node = out;
    for (const s of segs.slice(0, -1)) node = (node[s] ??= {}) as Record<string, unknown>;
    node[segs[segs.length - 1]!] = { 'ui:widget': 'hidden' };
  }
  return out;
}

/** Leaf paths under `value` whose value differs from the default's. */
function changedLeaves(value: unknown, dflt: unknown, at: string[]): string[] {
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([k, v]) => changedLeaves(v, isPlainObject(dflt) ? dflt[k] : undefined, [...at, k]));
  }
  return deepEqual(value, dflt) ? [] : [at.join('.')];
}

export interface UnusedSetting {
  /** The value set, e.g. aeterna.llm.openai.apiKey. */
  path: string;
  /** Why it is not used: "aeterna.llm.provider is none". */
  because: string;
}

/** Values the user set (different from the chart's defaults) in blocks that do not apply. */
export function unusedSettings(when: readonly WhenComment[], effective: JsonObject, defaults: JsonObject): UnusedSetting[] {
  return when
    .filter((w) => !holds(w, effective))
    .flatMap((w) => {
      const segs = w.path.split('.');
      const on = getIn(effective, w.on.split('.'));
      const because = w.values ? `${w.on} is ${on === undefined || on === '' ? 'empty' : String(on)}` : `${w.on} is not set`;
      return changedLeaves(getIn(effective, segs), getIn(defaults, segs), segs).map((path) => ({ path, because }));
    });
}
