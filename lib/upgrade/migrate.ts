/**
 * Carries a values file written for an earlier chart version to a later one, change by change: renames (with
 * their value mapping), retyped values, removals with their reason, the rules the result still breaks, and the
 * defaults that changed under keys the file leaves to the chart. Pure: the configurator's upgrade assistant and
 * the tests run the same function.
 */
import { chartRuleInstances } from '@/lib/rules/chart-rules';
import { conditionValuePaths } from '@/lib/rules/declaration';
import { violations } from '@/lib/rules/evaluate';
import type { JsonSchema } from '@/lib/schema/schema';
import { coalesce, deepEqual, diffFromDefaults, getIn, isPlainObject, setIn, type Json, type JsonObject } from '@/lib/values/coalesce';
import { changedDefaults, type ChangedDefault } from './changed-defaults';
import { leafPaths, pathPatternCovers, schemaAcceptsPath } from './value-paths';
import { stepsBetween, type UpgradeStep, type VersionHistory } from './version-history';

interface AppliedRename {
  from: string;
  to: string;
  value: Json;
  newValue: Json;
  why: string;
  /** The file set the new path too: its value there was kept, the old one dropped. */
  conflict: boolean;
}

interface AppliedRetype {
  path: string[];
  value: Json;
  newValue: Json;
  why: string;
}

interface DroppedValue {
  path: string[];
  value: Json;
  why: string;
  instead: string;
}

interface NeededSetting {
  rule: string;
  message: string;
  /** The value to fix, or [] when the rule names none. */
  path: string[];
  /** The values the rule is about, to link to (the one to fix, else every value its condition reads). */
  fields: string[];
  /** The version that introduced the rule, when it was introduced after the file's version. */
  since?: string;
}

interface UpgradeNote extends UpgradeStep {
  version: string;
}

export interface Migration {
  from: string;
  to: string;
  renamed: AppliedRename[];
  retyped: AppliedRetype[];
  removed: DroppedValue[];
  /** Values equal to the earlier version's default: left to the chart (a copy of `helm show values` is not a choice). */
  leftToChart: string[][];
  /** Values equal to the new default: left out of the minimal file. */
  sameAsNewDefault: string[][];
  /** Keys the new version does not know and the history does not explain: kept, so that helm names them. */
  unknown: string[][];
  needed: NeededSetting[];
  /** Defaults that changed under keys the file does not set. */
  changedDefaults: ChangedDefault[];
  /** What the upgrade itself does, version by version. */
  upgrade: UpgradeNote[];
  /** The minimal values file for the new version. */
  values: JsonObject;
}

export interface MigrationInput {
  history: VersionHistory;
  from: string;
  to: string;
  /** The user's values file, parsed. */
  user: JsonObject;
  /** values.yaml of `from`, parsed. */
  fromDefaults: JsonObject;
  /** values.yaml of `to`, parsed. */
  toDefaults: JsonObject;
  /** values.schema.json of `to`. */
  toSchema: JsonSchema;
}

const text = (v: Json | undefined): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

function mapValue(value: Json, values: Record<string, Json> | undefined, otherwise: Json | undefined): Json {
  const key = text(value);
  if (values && Object.prototype.hasOwnProperty.call(values, key)) return values[key]!;
  return otherwise === undefined ? value : otherwise;
}

/** Removes a path and the maps it leaves empty. */
function unset(values: JsonObject, path: readonly string[]): JsonObject {
  let next = setIn(values, path, undefined);
  for (let i = path.length - 1; i > 0; i--) {
    const parent = getIn(next, path.slice(0, i));
    if (isPlainObject(parent) && Object.keys(parent).length === 0) next = setIn(next, path.slice(0, i), undefined);
  }
  return next;
}

/** The concrete paths of `values` a pattern (`a.b`, `a.*`) names: the exact value, or each key under the map. */
function matches(values: JsonObject, pattern: string): string[][] {
  const parts = pattern.split('.');
  const star = parts.indexOf('*');
  if (star < 0) return getIn(values, parts) === undefined ? [] : [parts];
  const base = parts.slice(0, star);
  const at = getIn(values, base);
  if (!isPlainObject(at)) return at === undefined ? [] : [base];
  return Object.keys(at).map((k) => [...base, k]);
}

const isPrefix = (a: readonly string[], b: readonly string[]) => a.length <= b.length && a.every((p, i) => p === b[i]);

export function migrateValues(input: MigrationInput): Migration {
  const { history, from, to, toSchema } = input;
  const steps = stepsBetween(history, from, to);
  let values: JsonObject = input.user;
  const renamed: AppliedRename[] = [];
  const retyped: AppliedRetype[] = [];
  const removed: DroppedValue[] = [];
  const accepted = (p: readonly string[]) => schemaAcceptsPath(toSchema, p);

  for (const step of steps) {
    for (const r of step.renamed) {
      const value = getIn(values, r.from.split('.')) as Json | undefined;
      if (value === undefined) continue;
      const target = r.to.split('.');
      const conflict = getIn(values, target) !== undefined;
      const newValue = mapValue(value, r.values, r.otherwise);
      values = unset(values, r.from.split('.'));
      if (!conflict) values = setIn(values, target, newValue);
      renamed.push({
        from: r.from,
        to: r.to,
        value,
        newValue: conflict ? (getIn(values, target) as Json) : newValue,
        why: r.why,
        conflict,
      });
    }
    for (const r of step.retyped) {
      for (const path of matches(values, r.path)) {
        const value = getIn(values, path) as Json;
        const newValue = mapValue(value, r.values, undefined);
        if (deepEqual(value, newValue)) continue;
        values = setIn(values, path, newValue);
        retyped.push({ path, value, newValue, why: r.why });
      }
    }
    for (const r of step.removed) {
      for (const path of matches(values, r.path)) {
        // `a.*` drops only the keys the new version does not know (aeterna.features keeps its four flags).
        if (r.path.includes('*') && accepted(path)) continue;
        removed.push({ path, value: getIn(values, path) as Json, why: r.why, instead: r.instead });
        values = unset(values, path);
      }
    }
  }

  // After the renames and removals, so that a removed value is listed as removed even when it was the default.
  const leftToChart = leafPaths(values).filter((p) => deepEqual(getIn(values, p), getIn(input.fromDefaults, p)));
  values = diffFromDefaults(values, input.fromDefaults);
  const userPaths = leafPaths(values);
  const sameAsNewDefault = leafPaths(values).filter((p) => deepEqual(getIn(values, p), getIn(input.toDefaults, p)));
  values = diffFromDefaults(values, input.toDefaults);
  const unknown = leafPaths(values).filter((p) => !accepted(p));

  const effective = coalesce(input.toDefaults, values);
  const since = new Map<string, string>();
  for (const step of steps) for (const id of step.required) since.set(id, step.version);
  const needed: NeededSetting[] = chartRuleInstances.flatMap((rule) =>
    violations(rule, effective).map((v) => ({
      rule: rule.id,
      message: v.message,
      path: v.path,
      fields: v.path.length ? [v.path.join('.')] : [...new Set([...rule.require, ...conditionValuePaths(rule.when)])],
      since: since.get(rule.id),
    })),
  );

  const changed = changedDefaults(input.fromDefaults, input.toDefaults).filter(
    (c) => c.from !== undefined && c.to !== undefined && !userPaths.some((p) => isPrefix(p, c.path) || isPrefix(c.path, p)),
  );
  const upgrade = steps.flatMap((s) => s.upgrade.map((u) => ({ ...u, version: s.version })));
  return { from, to, renamed, retyped, removed, leftToChart, sameAsNewDefault, unknown, needed, changedDefaults: changed, upgrade, values };
}

/** Whether a removal pattern of the history explains a path (used by the coverage test of earlier schemas). */
export function explainedByHistory(history: VersionHistory, from: string, to: string, path: readonly string[]): boolean {
  return stepsBetween(history, from, to).some(
    (s) => s.renamed.some((r) => pathPatternCovers(r.from, path)) || s.removed.some((r) => pathPatternCovers(r.path, path)),
  );
}
