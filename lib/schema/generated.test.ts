import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import chartSchema from '@/charts/aeterna/values.schema.json';
import { standaloneModules } from './compile';

describe('lib/schema/generated/chart-validators.js and chart-rules.js', () => {
  it('are compiled from the current values.schema.json (else run: npx tsx scripts/generate-schema-validators.ts)', () => {
    const expected = standaloneModules(chartSchema as Record<string, unknown>, 'charts/aeterna/values.schema.json');
    expect(readFileSync(path.join(__dirname, 'generated', 'chart-validators.js'), 'utf8') === expected.validators).toBe(true);
    expect(readFileSync(path.join(__dirname, 'generated', 'chart-rules.js'), 'utf8') === expected.rules).toBe(true);
  });
});
