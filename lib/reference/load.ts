import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildReference, type ChartReference } from './reference';
import type { JsonSchema } from './schema';

/** The chart the site documents; read at build time, never copied into the site's sources. */
export const CHART_DIR = path.resolve(process.cwd(), 'charts', 'aeterna');

function loadSchema(chartDir = CHART_DIR): JsonSchema {
  return JSON.parse(readFileSync(path.join(chartDir, 'values.schema.json'), 'utf8')) as JsonSchema;
}

function loadValuesYaml(chartDir = CHART_DIR): string {
  return readFileSync(path.join(chartDir, 'values.yaml'), 'utf8');
}

/** The reference of the chart in `chartDir` (default charts/aeterna). */
export function loadReference(chartDir = CHART_DIR): ChartReference {
  return buildReference(loadSchema(chartDir), loadValuesYaml(chartDir));
}
