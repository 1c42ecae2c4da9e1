import type { Metadata } from 'next';
import { Configurator } from '@/components/configurator/Configurator';
import { ConfiguratorHeading } from '@/components/configurator/ConfiguratorHeading';
import { sizeFiguresByPath } from '@/lib/chart/sizes';
import type { EngineSource } from '@/lib/engine/protocol';
import { chartMetadata, presetFiles, readChartText, valuesYamlText } from '@/lib/chart/files';
import { notesWarnings } from '@/lib/chart/notes-warnings';
import { clusterChecksOf } from '@/lib/cluster/warnings';
import { kubeVersionRangeOf } from '@/lib/cluster/kube-version-range';
import { parseGeneratedSecretsTemplate } from '@/lib/chart/generated-secrets';
import { servedDigest } from '@/lib/helm-repo/served-digest';
import { helmEngineFiles, helmWorkerFile } from '@/lib/site/islands';
import { schemaFingerprint } from '@/lib/schema/compile';
import { schemaSha256 } from '@/lib/schema/generated/chart-validators.js';
import { presetFromFile } from '@/lib/values/presets';
import { chartSchemaWithRules as schema } from '@/lib/rules/chart-rules';
import { configuratorLayout } from '@/lib/schema/groups';
import { topLevelKeys, type Schema } from '@/lib/schema/form-schema';

export const metadata: Metadata = {
  title: 'Configurator',
  description:
    'Choose bundled or external Redis, PostgreSQL and Qdrant, check your values against the chart schema and download a values.yaml that installs.',
};

/**
 * The chart's own files are the single source of the form and the presets. The page is rendered per request (the
 * security policy's nonce, app/layout.tsx), so what it reads from the chart is worked out once per server process.
 */
let cached: Parameters<typeof Configurator>[0] | undefined;

/** npm run dev keeps reading the chart, so that edits to it show on the next reload. */
function propsForRequest(): Parameters<typeof Configurator>[0] {
  if (process.env.NODE_ENV !== 'production') return configuratorProps();
  cached ??= configuratorProps();
  return cached;
}

export default function ConfigurePage() {
  return (
    <div className="space-y-6">
      <ConfiguratorHeading />
      <Configurator {...propsForRequest()} />
    </div>
  );
}

function configuratorProps(): Parameters<typeof Configurator>[0] {
  const defaultsText = valuesYamlText();
  const presets = [
    { id: 'defaults', label: 'Chart defaults', description: 'The chart as values.yaml sets it.', text: '' },
    ...presetFiles().map((p) => presetFromFile(p.file, p.text)),
  ];
  // The page validates with validators precompiled from the schema; say so loudly if they are out of date.
  const validatorsCurrent = schemaFingerprint(schema) === schemaSha256;
  if (!validatorsCurrent) {
    console.error('[configure] lib/schema/generated/chart-validators.js is stale: run npx tsx scripts/generate/schema-validators.ts');
  }
  const base = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
  const engine = helmEngineFiles();
  // The archive this site serves: what you see is what `helm install` of that version gives.
  const archiveUrl = `${base}/charts/aeterna-${chartMetadata().version}.tgz`;
  const engineFiles: EngineSource = engine
    ? {
        worker: `${base}${engine.worker}`,
        wasm: `${base}${engine.wasm}`,
        wasmExec: `${base}${engine.wasmExec}`,
        bytes: engine.bytes,
        downloadBytes: engine.downloadBytes,
        archiveUrl,
      }
    : // npm run dev's first run builds the engine in the background: the view waits for it.
      { pending: `${base}/helm-engine/engine.json`, worker: `${base}${helmWorkerFile()}`, base, archiveUrl };
  return {
    schema: schema as Record<string, unknown>,
    defaultsText,
    layout: configuratorLayout(topLevelKeys(schema as Schema), defaultsText),
    sizeFigures: sizeFiguresByPath(),
    presets,
    validatorsCurrent,
    engine: engineFiles,
    chart: { version: chartMetadata().version, appVersion: chartMetadata().appVersion, digest: servedDigest(chartMetadata().version) },
    generatedSecrets: parseGeneratedSecretsTemplate(readChartText('templates/_generated-secrets.tpl') ?? ''),
    // The form's cluster warnings in helm's words: Chart.yaml's kubeVersion and the NOTES warnings.
    clusterChecks: clusterChecksOf(
      kubeVersionRangeOf(chartMetadata().kubeVersion as string | undefined),
      notesWarnings(readChartText('templates/NOTES.txt') ?? ''),
    ),
  };
}
