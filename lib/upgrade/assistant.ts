/**
 * The upgrade assistant's one step: a pasted or uploaded values file and the version it was written for, to the
 * migration and the migrated file for the chart on this site. Refuses what it cannot read with a sentence that
 * says why; never throws on input.
 */
import type { JsonSchema } from '@/lib/schema/schema';
import type { JsonObject } from '@/lib/values/coalesce';
import { chartVersionOf } from '@/lib/values/file-header';
import { MAX_VALUES_BYTES } from '@/lib/values/input-limits';
import { parseValuesYaml } from '@/lib/values/yaml-document';
import { migrateValues, type Migration } from './migrate';
import { migratedValuesText } from './migrated-file';
import { compareVersions, type VersionHistory } from './version-history';

/** The configurator's limit (lib/values/input-limits.ts), under the assistant's own message. */
export const MAX_VALUES_FILE_BYTES = MAX_VALUES_BYTES;

export interface AssistantContext {
  history: VersionHistory;
  /** values.yaml of every earlier version, parsed (lib/upgrade/generated/earlier-defaults.json). */
  earlierDefaults: Record<string, JsonObject>;
  /** values.yaml and values.schema.json of the version on this site. */
  defaults: JsonObject;
  schema: JsonSchema;
}

export type AssistantResult = { ok: true; migration: Migration; text: string } | { ok: false; message: string };

/** The versions a file can be carried from: every version older than the site's, newest first. */
export function earlierVersions(history: VersionHistory): string[] {
  const current = history.versions[0]!.version;
  return history.versions.map((v) => v.version).filter((v) => compareVersions(v, current) < 0);
}

/** The version a file says it was written for, when it is one the history knows. */
export function writtenFor(text: string, history: VersionHistory): string | null {
  const v = chartVersionOf(text);
  return v && history.versions.some((e) => e.version === v) ? v : null;
}

export function carryValuesFile(text: string, from: string, ctx: AssistantContext): AssistantResult {
  const to = ctx.history.versions[0]!;
  const size = new TextEncoder().encode(text).length;
  if (size > MAX_VALUES_FILE_BYTES) {
    return {
      ok: false,
      message: `This file is ${(size / 1e6).toFixed(1)} MB; a values file is at most ${MAX_VALUES_FILE_BYTES / 1e6} MB here. Paste the values file itself, not a rendered manifest or a log.`,
    };
  }
  if (from === to.version)
    return { ok: false, message: `This file is already for chart ${to.version}: open it in the configurator as it is.` };
  const fromDefaults = ctx.earlierDefaults[from];
  if (!fromDefaults)
    return {
      ok: false,
      message: `Chart version ${from} is not one this site can carry forward (known: ${earlierVersions(ctx.history).join(', ')}).`,
    };
  const parsed = parseValuesYaml(text);
  if (!parsed.ok) {
    const p = parsed.problems[0]!;
    // Refused as a whole (aliases expanding too far...): the sentence says why, with no line to point at.
    if (p.refused) return { ok: false, message: p.message };
    return { ok: false, message: `The file is not valid YAML (line ${p.line}, column ${p.column}): ${p.message}` };
  }
  const migration = migrateValues({
    history: ctx.history,
    from,
    to: to.version,
    user: parsed.values,
    fromDefaults,
    toDefaults: ctx.defaults,
    toSchema: ctx.schema,
  });
  return { ok: true, migration, text: migratedValuesText(migration, to.appVersion) };
}
