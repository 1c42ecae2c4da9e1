import type { Metadata } from 'next';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import schema from '@/charts/aeterna/values.schema.json';
import { Configurator } from '@/components/configurator/Configurator';
import { schemaFingerprint } from '@/lib/schema/compile';
import { schemaSha256 } from '@/lib/schema/generated/chart-validators.js';
import { presetFromFile } from '@/lib/values/presets';

export const metadata: Metadata = {
  title: 'Configurator',
  description: 'Choose bundled or external Redis, PostgreSQL and Qdrant, check your values against the chart schema and download a values.yaml that installs.',
};

const CHART_DIR = path.join(process.cwd(), 'charts', 'aeterna');

/** Read when the page is built: the chart's own files are the single source of the form and the presets. */
export default async function ConfigurePage() {
  const [defaultsText, local, production] = await Promise.all(
    ['values.yaml', 'values-local.yaml', 'values-production.yaml'].map((f) => readFile(path.join(CHART_DIR, f), 'utf8')),
  );
  const presets = [
    { id: 'defaults', label: 'Chart defaults', description: 'Everything bundled, as values.yaml sets it.', text: '' },
    presetFromFile('values-local.yaml', local!),
    presetFromFile('values-production.yaml', production!),
  ];
  // The page validates with validators precompiled from the schema; say so loudly if they are out of date.
  const validatorsCurrent = schemaFingerprint(schema) === schemaSha256;
  if (!validatorsCurrent) {
    console.error('[configure] lib/schema/generated/chart-validators.js is stale: run npx tsx scripts/generate-schema-validators.ts');
  }
  return <Configurator schema={schema as Record<string, unknown>} defaultsText={defaultsText!} presets={presets} validatorsCurrent={validatorsCurrent} />;
}
