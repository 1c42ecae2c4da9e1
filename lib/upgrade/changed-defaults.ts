/**
 * What changed between two versions' values.yaml, computed, never written down: the history file lists renames
 * and removals; a default that moved is found here.
 */
import { deepEqual, getIn, type Json, type JsonObject } from '@/lib/values/coalesce';
import { leafPaths } from './value-paths';

export interface ChangedDefault {
  path: string[];
  /** The earlier default; undefined when the key is new. */
  from: Json | undefined;
  /** The new default; undefined when the key is gone. */
  to: Json | undefined;
}

/** The shallowest prefix of `path` that `values` lacks (a whole new or removed block shows once), or `path`. */
function shallowestMissing(values: JsonObject, path: string[]): string[] {
  for (let i = 1; i < path.length; i++) if (getIn(values, path.slice(0, i)) === undefined) return path.slice(0, i);
  return path;
}

/**
 * Leaf defaults that differ (lists compared whole). A key only one side has is included with `undefined` on the
 * other, at the shallowest level that is new (or gone): `migrations` once, not each of its keys.
 */
export function changedDefaults(before: JsonObject, after: JsonObject): ChangedDefault[] {
  const seen = new Set<string>();
  const out: ChangedDefault[] = [];
  for (const leaf of [...leafPaths(before), ...leafPaths(after)]) {
    const inBefore = getIn(before, leaf) !== undefined;
    const inAfter = getIn(after, leaf) !== undefined;
    const path = inBefore && !inAfter ? shallowestMissing(after, leaf) : !inBefore ? shallowestMissing(before, leaf) : leaf;
    const key = path.join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    const from = getIn(before, path) as Json | undefined;
    const to = getIn(after, path) as Json | undefined;
    if (!deepEqual(from, to)) out.push({ path, from, to });
  }
  // A key that became a map (or stopped being one) shows once, at its shallowest path.
  return out.filter((c) => !out.some((o) => o !== c && o.path.length < c.path.length && o.path.every((p, i) => p === c.path[i])));
}
