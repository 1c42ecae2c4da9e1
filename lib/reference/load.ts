import { CHART_DIR, chartSchema, validationRules, valuesYamlText } from '@/lib/chart/files';
import { ruleInstances } from '@/lib/rules/declaration';
import { rulesFromDeclaration } from './rules';
import { buildReference, type ChartReference } from './reference';
import type { JsonSchema } from './schema';

export { CHART_DIR };

/** The reference of the chart in `chartDir` (default charts/aeterna), its rules from validation-rules.json. */
export function loadReference(chartDir = CHART_DIR): ChartReference {
  const rules = rulesFromDeclaration(ruleInstances(validationRules(chartDir)));
  return buildReference(chartSchema(chartDir) as JsonSchema, valuesYamlText(chartDir), rules);
}
