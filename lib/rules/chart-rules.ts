/**
 * The chart's own rules, from its declaration file, and the schema the configurator validates with (the chart's
 * values.schema.json plus the rules in their strict JSON Schema form). Pure: the files come in as JSON imports,
 * so the page, scripts and tests share one answer.
 */
import types from '@/charts/aeterna/values.schema.json';
import declaration from '@/charts/aeterna/validation-rules.json';
import type { Schema } from '@/lib/schema/schema';
import { ruleInstances, type RuleInstance, type ValidationRules } from './declaration';
import { schemaWithRules } from './json-schema';

export const chartRules = declaration as unknown as ValidationRules;

export const chartRuleInstances: RuleInstance[] = ruleInstances(chartRules);

/** values.schema.json with the chart's rules as its root allOf (strict form, see ./json-schema). */
export const chartSchemaWithRules: Schema = schemaWithRules(types as Schema, chartRuleInstances);
