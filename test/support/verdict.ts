/**
 * The configurator's verdict on a values file, the same function the UI's checks are made of: the file must
 * parse (as Helm parses it), and the values coalesced over the chart defaults must pass the schema and the
 * chart's template-only rules.
 */
import { parseValuesYaml } from '@/lib/values/yaml-document';
import type { ValuesValidator } from '@/lib/schema/validate';

export interface Verdict {
  accepted: boolean;
  /** Human messages: syntax problems (with line and column) or validation issues, and the chart's own wording of
   * each broken rule (what the error list shows under the field's message). */
  messages: string[];
  /** Some values have the wrong type or name (not a rule between values): the templates' messages then say nothing. */
  typeErrors: boolean;
}

export function verdictForValuesFile(text: string, validator: ValuesValidator): Verdict {
  const parsed = parseValuesYaml(text);
  if (!parsed.ok) {
    return { accepted: false, messages: parsed.problems.map((p) => `line ${p.line}, column ${p.column}: ${p.message}`), typeErrors: true };
  }
  const issues = validator.validateUserValues(parsed.values);
  return {
    accepted: issues.length === 0,
    messages: [...new Set(issues.flatMap((i) => [i.message, ...(i.rule ? [i.rule] : [])]))],
    typeErrors: issues.some((i) => !i.rule),
  };
}
