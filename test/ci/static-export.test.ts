import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * What is wrong with an exported page's policy ([] when nothing), read with a real HTML parser rather than the
 * regular expression lib/site/security-policy.ts uses to write it: the policy is the first thing in <head>, and
 * every inline script the browser would run is allowed by a hash it lists (no 'unsafe-inline', no nonce a
 * static file could not renew, no inline event handler that only 'unsafe-hashes' could allow).
 */
function metaPolicyProblems(file: string, html: string): string[] {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const problems: string[] = [];
  const [charset, meta] = [...doc.head.children];
  if (charset?.getAttribute('charset')?.toLowerCase() !== 'utf-8' || meta?.getAttribute('http-equiv') !== 'Content-Security-Policy') {
    problems.push(`${file}: <head> does not open with <meta charset> then the Content-Security-Policy <meta>`);
  }
  const policy = meta?.getAttribute('content') ?? '';
  const directives = new Map(policy.split(/;\s*/).map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
  const scripts = directives.get('script-src') ?? [];
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'strict-dynamic'"])
    if (scripts.includes(bad)) problems.push(`${file}: script-src has ${bad}`);
  if (scripts.some((s) => s.startsWith("'nonce-"))) problems.push(`${file}: a nonce in a static file is the same for everyone`);
  if (directives.has('frame-ancestors')) problems.push(`${file}: frame-ancestors, which browsers ignore in a <meta>`);
  for (const [name, value] of [
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['worker-src', "'self'"],
  ])
    if (directives.get(name!)?.join(' ') !== value) problems.push(`${file}: ${name} is not ${value}`);
  if (doc.querySelector('meta[name="referrer"]')?.getAttribute('content') !== 'no-referrer') problems.push(`${file}: no referrer policy`);
  const executable = /^(|module|text\/javascript|application\/javascript)$/i;
  for (const s of doc.querySelectorAll('script')) {
    if (s.hasAttribute('src') || !executable.test(s.getAttribute('type') ?? '')) continue;
    const hash = `'sha256-${createHash('sha256')
      .update(s.textContent ?? '', 'utf8')
      .digest('base64')}'`;
    if (!scripts.includes(hash)) problems.push(`${file}: inline script not allowed by a hash: ${(s.textContent ?? '').slice(0, 60)}`);
  }
  for (const el of doc.querySelectorAll('*'))
    for (const a of el.attributes)
      if (/^on/i.test(a.name)) problems.push(`${file}: inline handler ${a.name} on <${el.tagName.toLowerCase()}>`);
  void window.happyDOM.close();
  return problems;
}

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
    // As the workflow does right after the export (the check below that it does): the pages' policy as <meta>.
    const m = spawnSync('npx', ['tsx', 'scripts/export/add-meta-policy.ts', out], { encoding: 'utf8', timeout: 60_000 });
    expect(m.status, m.stdout + m.stderr).toBe(0);
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
    // Every exported page carries its policy; the configurator's many inline scripts (Next's flight data) included.
    const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages).toContain('configure.html');
    expect(pages.flatMap((f) => metaPolicyProblems(f, readFileSync(path.join(out, f), 'utf8')))).toEqual([]);
    rmSync(out, { recursive: true, force: true });
    // The steps' own time limits (generate, build, policy), not the chart project's default: on a shared 2-core
    // machine the export alone can pass 3 minutes.
  }, 960_000);

  it("the publish workflow writes the pages' policy right after the export, into the folder it deploys", () => {
    type Step = { uses?: string; run?: string; with?: { path?: string } };
    const wf = parse(readFileSync('.github/workflows/publish.yaml', 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
    // The job that builds the site (its name changed with the split of packaging and site).
    const steps = Object.values(wf.jobs).find((j) => j.steps.some((st) => /^\s*npx next build$/m.test(st.run ?? '')))!.steps;
    const build = steps.find((st) => /^\s*npx next build$/m.test(st.run ?? ''));
    const lines = (build?.run ?? '').split('\n').map((l) => l.trim());
    expect(lines[lines.indexOf('npx next build') + 1]).toBe('npx tsx scripts/export/add-meta-policy.ts out');
    expect(steps.find((st) => st.uses?.includes('upload-pages-artifact'))?.with?.path).toBe('out');
  });
});
