import { describe, expect, it } from 'vitest';
import { validationRules } from '@/lib/chart/files';
import { loadValidationMessages } from './chart-sources';

// The troubleshooting page says of each rule's message that the configurator and the editors flag it too: that
// needs each message of templates/_validation.tpl tied to its rule of validation-rules.json.
describe("the chart's refusal messages, as the troubleshooting page lists them", () => {
  it('tie every rule of validation-rules.json to its message, whole', () => {
    const rules = validationRules().rules;
    const byRule = new Map(loadValidationMessages().flatMap((m) => (m.ruleId ? [[m.ruleId, m.message] as const] : [])));
    expect([...byRule.keys()].sort()).toEqual(Object.keys(rules).sort());
    for (const [id, message] of byRule)
      expect(message, id).toBe(rules[id]!.message.replace(/%[-+# 0]*\d*(?:\.\d+)?[svdqf]/g, '<…>').replace(/%%/g, '%'));
  });
});
