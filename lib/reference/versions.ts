/**
 * The reference of every chart version the site serves: today's from the chart folder, each earlier one from the
 * files it was released with (lib/upgrade/generated/earlier-charts.json, written from git by npm run generate),
 * and what changed between two of them: values added and removed (from the schemas) and defaults changed (from
 * the two values.yaml), computed, never written by hand.
 */
import earlierCharts from '@/lib/upgrade/generated/earlier-charts.json';
import { changedDefaults, type ChangedDefault } from '@/lib/upgrade/changed-defaults';
import { versionHistory } from '@/lib/upgrade/history';
import { schemaValuePaths } from '@/lib/upgrade/value-paths';
import { chartSchema, valuesYamlText } from '@/lib/chart/files';
import { parseValuesYaml } from '@/lib/values/yaml-document';
import type { JsonObject } from '@/lib/values/coalesce';
import { loadReference } from './load';
import { buildReference, type ChartReference } from './reference';
import type { JsonSchema } from './schema';

const earlier = earlierCharts as unknown as Record<string, { valuesYaml: string; schema: JsonSchema }>;

/** Every version, newest first; the first is the chart in this repository. */
export const referenceVersions: readonly string[] = versionHistory.versions.map((v) => v.version);
export const currentReferenceVersion = referenceVersions[0]!;

function filesOf(version: string): { valuesYaml: string; schema: JsonSchema } {
  if (version === currentReferenceVersion) return { valuesYaml: valuesYamlText(), schema: chartSchema() as JsonSchema };
  const files = earlier[version];
  if (!files) throw new Error(`chart version ${version} has no reference (known: ${referenceVersions.join(', ')})`);
  return files;
}

export function loadReferenceOf(version: string): ChartReference {
  if (version === currentReferenceVersion) return loadReference();
  const { schema, valuesYaml } = filesOf(version);
  // An earlier version's rules are those its own schema carried (0.1.0 wrote them into values.schema.json).
  return buildReference(schema, valuesYaml);
}

export interface VersionChanges {
  from: string;
  to: string;
  added: string[];
  removed: string[];
  changedDefaults: ChangedDefault[];
}

function defaultsOf(version: string): JsonObject {
  const r = parseValuesYaml(filesOf(version).valuesYaml);
  if (!r.ok) throw new Error(`values.yaml of ${version} does not parse`);
  return r.values;
}

export function versionChanges(from: string, to: string): VersionChanges {
  const before = new Set(schemaValuePaths(filesOf(from).schema));
  const after = new Set(schemaValuePaths(filesOf(to).schema));
  return {
    from,
    to,
    added: [...after].filter((p) => !before.has(p)),
    removed: [...before].filter((p) => !after.has(p)),
    changedDefaults: changedDefaults(defaultsOf(from), defaultsOf(to)).filter((c) => c.from !== undefined && c.to !== undefined),
  };
}
