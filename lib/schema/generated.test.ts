import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartSchemaWithRules } from '@/lib/rules/chart-rules';
import { standaloneModules } from './compile';

describe('lib/schema/generated/chart-validators.js and chart-rules.js', () => {
  it('are compiled from the current values.schema.json and validation-rules.json (else run: npx tsx scripts/generate/schema-validators.ts)', () => {
    const expected = standaloneModules(chartSchemaWithRules, 'charts/aeterna/values.schema.json and validation-rules.json');
    expect(readFileSync(path.join(__dirname, 'generated', 'chart-validators.js'), 'utf8') === expected.validators).toBe(true);
    expect(readFileSync(path.join(__dirname, 'generated', 'chart-rules.js'), 'utf8') === expected.rules).toBe(true);
  });
});
