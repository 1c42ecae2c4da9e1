import { describe, expect, it } from 'vitest';
import chartSchema from '@/charts/aeterna/values.schema.json';

/** Keywords that make rjsf call its validator while laying out a form. */
const CONDITIONAL = new Set(['if', 'oneOf', 'anyOf', 'dependencies', 'allOf', '$ref', 'not']);

function conditionalsIn(node: unknown, path: string, out: string[]): string[] {
  if (Array.isArray(node)) node.forEach((n, i) => conditionalsIn(n, `${path}/${i}`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (CONDITIONAL.has(k)) out.push(`${path}/${k}`);
      conditionalsIn(v, `${path}/${k}`, out);
    }
  }
  return out;
}

// createFormValidator answers nothing of its own; what makes that enough is the chart's schema, checked here.
describe('the form validator', () => {
  it('is enough for the chart: no property schema uses conditionals rjsf would need to evaluate', () => {
    expect(conditionalsIn((chartSchema as { properties: unknown }).properties, '#/properties', [])).toEqual([]);
  });
});
