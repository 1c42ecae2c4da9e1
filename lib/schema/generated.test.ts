import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import chartSchema from '@/charts/aeterna/values.schema.json';
import { standaloneModule } from './compile';

describe('lib/schema/generated/chart-validators.js', () => {
  it('is compiled from the current values.schema.json (else run: npx tsx scripts/generate-schema-validators.ts)', () => {
    const current = readFileSync(path.join(__dirname, 'generated', 'chart-validators.js'), 'utf8');
    expect(current === standaloneModule(chartSchema as Record<string, unknown>, 'charts/aeterna/values.schema.json')).toBe(true);
  });
});
