/**
 * The docs' example of each export: a preset's values as the configurator would export them. Where the export
 * renders without the cluster (Argo CD) and the preset leaves Secrets to the chart, the example is what the user gets
 * after following the chart's refusal (each setting naming the Secret its command creates), and the refusal is
 * returned with it so that the page shows both: generated from the chart, never copied into the Markdown.
 */
import { pendingGeneratedSecrets, withExistingSecretsNamed, type GeneratedSecretsText } from '@/lib/chart/generated-secrets';
import { PLAIN_CLUSTER } from '@/lib/cluster/profile';
import { coalesce, type JsonObject } from '@/lib/values/coalesce';
import { EXPORT_KINDS, releaseExports, type ExportId, type ExportResult } from './exports';

export interface PresetExample {
  /** The export, or why there is none (an index without this version). */
  result: ExportResult;
  /** The chart's refusal for the preset as it is, when the example had to name existing Secrets first. */
  refusal: string | null;
}

interface ExampleInput {
  id: ExportId;
  preset: JsonObject;
  defaults: JsonObject;
  generatedSecrets: GeneratedSecretsText;
  pin: { version: string; digest: string | null };
  repoUrl: string;
}

const RELEASE = 'aeterna';
const NAMESPACE = 'aeterna';

/** Throws for an id no export has, so a docs page naming one fails the build rather than showing nothing. */
export function presetExample({ id, preset, defaults, generatedSecrets, pin, repoUrl }: ExampleInput): PresetExample {
  const kind = EXPORT_KINDS.find((k) => k.id === id);
  if (!kind) throw new Error(`no export "${id}": the exports are ${EXPORT_KINDS.map((k) => k.id).join(', ')}`);
  const exportOf = (values: JsonObject) =>
    releaseExports({
      input: { pin, repoUrl, release: RELEASE, namespace: NAMESPACE, profile: PLAIN_CLUSTER, values, valuesIn: 'inline' },
      effective: coalesce(defaults, values),
      // The presets are values the chart accepts (test/chart/lint-and-scenarios.test.ts renders them).
      valid: true,
      generatedSecrets,
    }).find((e) => e.id === id)!;
  const first = exportOf(preset);
  if (first.ready || !first.refusal) return { result: first, refusal: null };
  const pending = pendingGeneratedSecrets(generatedSecrets, coalesce(defaults, preset), RELEASE, NAMESPACE);
  return { result: exportOf(withExistingSecretsNamed(preset, pending)), refusal: first.refusal };
}
