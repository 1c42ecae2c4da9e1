import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiSchemaFor } from '@/lib/schema/form-schema';
import { chartSchema } from '@/lib/chart/files';

// The browser bundle replaces markdown-to-jsx with plain-markdown.tsx: right only while nothing asks rjsf to
// render Markdown.
describe('the configurator never asks rjsf for Markdown', () => {
  it('the uiSchema of the whole chart schema has no Markdown option', () => {
    expect(JSON.stringify(uiSchemaFor(chartSchema()))).not.toMatch(/enableMarkdown/);
  });

  it('no configurator source sets a Markdown option', () => {
    const dir = path.resolve('components/configurator');
    const sources = readdirSync(dir).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts') && f !== 'plain-markdown.tsx');
    for (const f of sources) expect(readFileSync(path.join(dir, f), 'utf8'), f).not.toMatch(/enableMarkdown/);
  });

  it('the alias is in next.config.mjs', () => {
    expect(readFileSync(path.resolve('next.config.mjs'), 'utf8')).toContain(
      "'markdown-to-jsx/react': './components/configurator/plain-markdown.tsx'",
    );
  });
});
