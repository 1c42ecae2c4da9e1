/**
 * The chart's rules that JSON Schema cannot express (comparisons of two values, quantities, host lists), checked in
 * the configurator by evaluating their declaration (validation-rules.json) with the templates' semantics
 * (lib/rules/evaluate.ts); helm checks them in the generated templates/_validation.tpl. The corpus test
 * (test/configurator-verdict.test.ts) runs helm on the same files and fails if the two ever disagree.
 */
import { chartRuleInstances } from '@/lib/rules/chart-rules';
import { schemaExpressible } from '@/lib/rules/declaration';
import { violations } from '@/lib/rules/evaluate';
import type { JsonObject } from '@/lib/values/coalesce';
import type { SchemaIssue } from './messages';

const templateOnly = chartRuleInstances.filter((r) => !schemaExpressible(r));

export function templateRuleIssues(values: JsonObject): SchemaIssue[] {
  return templateOnly.flatMap((r) =>
    violations(r, values).map((v) => ({ path: v.path, message: v.message, keyword: 'chartRule', rule: v.message, ruleId: r.id })),
  );
}
