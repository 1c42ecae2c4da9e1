import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The publish workflow deploys a static export to GitHub Pages. Build it here, as the workflow does, so that
// a page that cannot be exported (or a /charts route leaking into it) is caught before a release.
describe('static export for GitHub Pages (NEXT_OUTPUT=export)', () => {
  it('exports every page, leaves /charts to the copied repository files, and honours BASE_PATH', () => {
    const out = '.cache/next-export'; // with a distDir, Next writes the export there instead of out/
    rmSync(out, { recursive: true, force: true });
    // As the workflow does: the generated files (islands, Helm's engine) first, then the export.
    const g = spawnSync('npm', ['run', 'generate'], { encoding: 'utf8', timeout: 600_000 });
    expect(g.status, g.stdout + g.stderr).toBe(0);
    const r = spawnSync('npx', ['next', 'build'], {
      env: {
        ...process.env,
        NEXT_OUTPUT: 'export',
        NEXT_DIST_DIR: out,
        BASE_PATH: '/aeterna',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    for (const page of [
      'index.html',
      'docs.html',
      'docs/getting-started.html',
      'reference.html',
      'configure.html',
      'dashboards/aeterna.json',
      'search-index.json',
      'schema/values.schema.json',
      'schema/values.editor.schema.json',
    ]) {
      expect(existsSync(`${out}/${page}`), page).toBe(true);
    }
    // The route handler is server-only; the workflow copies index.yaml and the archives to out/charts.
    expect(existsSync(`${out}/charts`)).toBe(false);
    expect(readFileSync(`${out}/dashboards/aeterna.json`, 'utf8')).toBe(readFileSync('charts/aeterna/dashboards/aeterna.json', 'utf8'));
    for (const f of ['values.schema.json', 'values.editor.schema.json'])
      expect(readFileSync(`${out}/schema/${f}`, 'utf8')).toBe(readFileSync(`charts/aeterna/${f}`, 'utf8'));
    // Links carry the base path of a project site.
    expect(readFileSync(`${out}/index.html`, 'utf8')).toContain('href="/aeterna/docs"');
    rmSync(out, { recursive: true, force: true });
  });
});
