/**
 * The configurator's verdict on a values file, the same function the UI's checks are made of: the file must
 * parse (as Helm parses it), and the values coalesced over the chart defaults must pass the schema and the
 * chart's template-only rules.
 */
import { parseValuesYaml } from '@/lib/values/yaml-document';
import type { ValuesValidator } from '@/lib/schema/validate';

export interface Verdict {
  accepted: boolean;
  /** Human messages: syntax problems (with line and column) or validation issues. */
  messages: string[];
}

export function verdictForValuesFile(text: string, validator: ValuesValidator): Verdict {
  const parsed = parseValuesYaml(text);
  if (!parsed.ok) {
    return { accepted: false, messages: parsed.problems.map((p) => `line ${p.line}, column ${p.column}: ${p.message}`) };
  }
  const issues = validator.validateUserValues(parsed.values);
  return { accepted: issues.length === 0, messages: issues.map((i) => i.message) };
}
