/**
 * The chart files generated from validation-rules.json, as they should read now: templates/_validation.tpl and
 * values.editor.schema.json. scripts/generate/validation.ts writes them; lib/rules/generated-files.test.ts fails
 * while either is stale.
 */
import { chartPath, chartSchema, validationRules, valuesYamlText, CHART_DIR } from '@/lib/chart/files';
import type { Schema } from '@/lib/schema/schema';
import { parseValuesYaml } from '@/lib/values/yaml-document';
import { ruleInstances } from './declaration';
import { validationTemplate } from './go-template';
import { editorRulesAllOf } from './json-schema';

export const EDITOR_SCHEMA_FILE = 'values.editor.schema.json';

export function generatedValidationFiles(chartDir = CHART_DIR): { file: string; text: string }[] {
  const rules = ruleInstances(validationRules(chartDir));
  const defaults = parseValuesYaml(valuesYamlText(chartDir));
  if (!defaults.ok) throw new Error(`${chartPath('values.yaml', chartDir)} does not parse`);
  const editorSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Aeterna chart values, with the chart\u2019s cross-field rules',
    description:
      'For editors: values.schema.json (next to this file) plus every rule of validation-rules.json, each with its message as errorMessage. A value the file does not write counts as its default. Point a values file at it with a first line `# yaml-language-server: $schema=<this file or its URL>`.',
    allOf: [{ $ref: 'values.schema.json' }, ...editorRulesAllOf(rules, chartSchema(chartDir) as Schema, defaults.values)],
  };
  return [
    { file: chartPath('templates/_validation.tpl', chartDir), text: validationTemplate(rules, defaults.values, 'validation-rules.json') },
    { file: chartPath(EDITOR_SCHEMA_FILE, chartDir), text: `${JSON.stringify(editorSchema, null, 2)}\n` },
  ];
}
