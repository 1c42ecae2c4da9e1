import { CHART_DIR, chartSchema, valuesYamlText } from '@/lib/chart/files';
import { buildReference, type ChartReference } from './reference';
import type { JsonSchema } from './schema';

export { CHART_DIR };

/** The reference of the chart in `chartDir` (default charts/aeterna). */
export function loadReference(chartDir = CHART_DIR): ChartReference {
  return buildReference(chartSchema(chartDir) as JsonSchema, valuesYamlText(chartDir));
}
