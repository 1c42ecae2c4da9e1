import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiSchemaFor } from '@/lib/schema/form-schema';
import { chartSchema } from '@/lib/chart/files';

// The bundle replaces rjsf's layout-grid fields and its file, rating and alt-date widgets with
// unused-rjsf-part.tsx (next.config.mjs resolveAlias, by the relative request rjsf's registry makes): right only
// while nothing asks for them, and while no other package of the bundle imports a file of the same name.
const PARTS = ['LayoutGridField', 'LayoutMultiSchemaField', 'FileWidget', 'RatingWidget', 'AltDateWidget', 'AltDateTimeWidget'];

function sourcesUnder(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sourcesUnder(p, out);
    else if (/\.(c|m)?js$/.test(e.name)) out.push(p);
  }
  return out;
}

describe('the rjsf parts the configurator leaves out', () => {
  it('are never asked for: no data-url format, and no file, rating or alt-date widget, no ui:field', () => {
    expect(JSON.stringify(chartSchema())).not.toMatch(/"format"\s*:\s*"data-url"/);
    const widgets = (text: string) => [...text.matchAll(/["']ui:widget["']\]?\s*[:=]\s*["']([\w-]+)["']/g)].map((m) => m[1]);
    const left = (names: (string | undefined)[]) => names.filter((w) => /^(file|rating|alt-date|alt-datetime)$/.test(w ?? ''));
    const whole = widgets(JSON.stringify(uiSchemaFor(chartSchema())));
    expect(whole.length).toBeGreaterThan(0);
    expect(left(whole)).toEqual([]);
    const sources = ['components/configurator', 'lib/schema'].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.') && f !== 'unused-rjsf-part.tsx')
        .map((f) => path.join(dir, f)),
    );
    const used = sources.flatMap((f) => widgets(readFileSync(f, 'utf8')));
    expect(used.length).toBeGreaterThan(0);
    expect([...new Set(used)].sort()).toEqual(['hidden', 'password']);
    expect(left(used)).toEqual([]);
    for (const f of sources) expect(readFileSync(f, 'utf8'), f).not.toMatch(/ui:field|Layout(Grid|MultiSchema)Field/);
  });

  it('are requested by that name by @rjsf/core only, among the packages the site ships', () => {
    const deps = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    const request = new RegExp(`["'](?:\\./)+(?:[\\w-]+/)*(${PARTS.join('|')})\\.js["']`);
    const importers = deps
      .flatMap((d) => sourcesUnder(path.resolve('node_modules', d)))
      .filter((f) => request.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative('node_modules', f).split(path.sep).slice(0, 2).join('/'));
    expect([...new Set(importers)]).toEqual(['@rjsf/core']);
  });

  it('the aliases are in next.config.mjs', () => {
    const config = readFileSync(path.resolve('next.config.mjs'), 'utf8');
    expect(config).toContain(`[${PARTS.map((p) => `'${p}'`).join(', ')}]`);
    expect(config).toContain("'./components/configurator/unused-rjsf-part.tsx'");
  });
});
