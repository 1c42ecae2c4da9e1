import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page, type Response } from '@playwright/test';
import { listDocs } from '../lib/docs/content';
import { themeBootScript } from '../lib/site/theme';
import { chartYaml } from './support/helm';
import { openFresh, showAllSettings } from './support/configurator';

// The security policy of the production server (proxy.ts, lib/site/security-policy.ts): every page of the build
// runs under it without one violation, the engine's and the editor's workers included, every response carries the
// headers, and an injected inline script is blocked (the check below can fail).

/** Every page the build has: prerendered ones (the Pages Router's, with every docs page) and those rendered per request. */
function sitePages(): string[] {
  const prerendered = JSON.parse(readFileSync('.next/prerender-manifest.json', 'utf8')) as {
    routes: Record<string, { routeType?: string }>;
  };
  const appRoutes = JSON.parse(readFileSync('.next/app-path-routes-manifest.json', 'utf8')) as Record<string, string>;
  const pages = [
    ...Object.entries(prerendered.routes)
      .filter(([, r]) => r.routeType === 'page')
      .map(([p]) => p),
    ...Object.entries(appRoutes)
      .filter(([file, p]) => file.endsWith('/page') && !p.includes('['))
      .map(([, p]) => p),
  ];
  // Next's own error pages are visited through a URL that does not exist.
  return [...new Set(pages)].filter((p) => !p.startsWith('/_')).sort();
}

/** Collects violations in the page (the event, from an init script) and the browser's console reports of them. */
async function watchPolicy(page: Page): Promise<{ violations(): Promise<string[]>; workers: string[]; responses: Response[] }> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    window.addEventListener(
      'securitypolicyviolation',
      (e) =>
        w.__cspViolations.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}: ${e.sample}`,
        ),
      true,
    );
  });
  const reported: string[] = [];
  const workers: string[] = [];
  const responses: Response[] = [];
  const fromConsole = (where: string) => (m: { type(): string; text(): string }) => {
    if (/Content Security Policy/i.test(m.text())) reported.push(`${where} console ${m.type()}: ${m.text()}`);
  };
  page.on('console', fromConsole('page'));
  page.on('pageerror', (e) => {
    if (/Content Security Policy/i.test(e.message)) reported.push(`page error: ${e.message}`);
  });
  page.on('worker', (w) => {
    workers.push(w.url());
    w.on('console', fromConsole(`worker ${w.url()}`));
  });
  page.on('response', (r) => responses.push(r));
  return {
    workers,
    responses,
    async violations() {
      const inPage = await page.evaluate(
        () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['(no init script)'],
      );
      return [...inPage, ...reported];
    },
  };
}

/** What is wrong with a response's security headers ([] when nothing). */
function headerProblems(r: { url(): string; headers(): Record<string, string> }): string[] {
  const h = r.headers();
  const url = r.url();
  const problems: string[] = [];
  const expected: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'strict-transport-security': 'max-age=63072000; includeSubDomains',
    'x-frame-options': 'DENY',
  };
  for (const [k, v] of Object.entries(expected)) if (h[k] !== v) problems.push(`${url}: ${k} is ${JSON.stringify(h[k])}, want ${v}`);
  if (!/(^|, )camera=\(\)/.test(h['permissions-policy'] ?? '')) problems.push(`${url}: no Permissions-Policy turning the camera off`);
  const csp = h['content-security-policy'];
  if (!csp) return [...problems, `${url}: no Content-Security-Policy`];
  const d = new Map(csp.split(/;\s*/).map((x) => [x.split(' ')[0]!, x.split(' ').slice(1)]));
  const scripts = d.get('script-src') ?? [];
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'blob:'])
    if (scripts.includes(bad)) problems.push(`${url}: script-src allows ${bad}`);
  if (!scripts.some((s) => s.startsWith("'nonce-"))) problems.push(`${url}: script-src has no nonce`);
  if (!scripts.includes("'wasm-unsafe-eval'")) problems.push(`${url}: script-src lacks 'wasm-unsafe-eval' (the engine)`);
  for (const [name, value] of [
    ['default-src', "'self'"],
    ['worker-src', "'self'"],
    ['connect-src', "'self'"],
    ['frame-ancestors', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
  ])
    if (d.get(name!)?.join(' ') !== value) problems.push(`${url}: ${name} is ${JSON.stringify(d.get(name!)?.join(' '))}, want ${value}`);
  return problems;
}

const sameOrigin = (page: Page, responses: Response[]) => responses.filter((r) => new URL(r.url()).origin === new URL(page.url()).origin);

/**
 * The headers the server sends for each address the page loaded, asked again without the browser's cache (a
 * response the browser took from its cache no longer shows Strict-Transport-Security, which it drops over http).
 */
async function servedHeaderProblems(request: APIRequestContext, responses: (Response | string)[]): Promise<string[]> {
  const urls = [...new Set(responses.map((r) => (typeof r === 'string' ? r : r.url())))];
  const problems: string[] = [];
  for (const url of urls) problems.push(...headerProblems(await request.get(url, { maxRedirects: 0 })));
  return problems;
}

/** Uses the islands a page has, so that their code runs under the policy too. */
async function exerciseIslands(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: /^Switch to (dark|light) theme$/ });
  if (await toggle.count()) await toggle.first().click();
  const search = page.getByRole('searchbox', { name: 'Search docs and values' });
  if (await search.count()) {
    await search.fill('redis');
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
  }
  const filter = page.getByRole('searchbox', { name: 'Filter values' });
  if (await filter.count()) await filter.fill('redis');
  await page.waitForLoadState('networkidle');
}

test('every page of the site, and the not-found page, runs under the policy without a violation', async ({ page, request }) => {
  const pages = sitePages();
  // The list comes from the build: it must hold every docs page, the configurator and the Grafana dashboards page.
  for (const p of ['/', '/docs', '/reference', '/configure', '/docs/grafana-dashboard', ...listDocs().map((d) => `/docs/${d.slug}`)])
    expect(pages).toContain(p);
  const policy = await watchPolicy(page);
  const problems: string[] = [];
  for (const url of [...pages, '/no-such-page']) {
    const res = (await page.goto(url))!;
    expect(res.status(), url).toBe(url === '/no-such-page' ? 404 : 200);
    if (url === '/configure') await expect(page.getByRole('tab', { name: 'All settings' })).toBeVisible();
    await exerciseIslands(page);
    problems.push(...(await policy.violations()).map((v) => `${url}: ${v}`));
  }
  // Every response: the pages, the islands and their chunks, Next's chunks and styles, the search index, /charts/index.yaml.
  const responses = sameOrigin(page, policy.responses);
  expect(responses.some((r) => /\/islands\/search-/.test(r.url()))).toBe(true);
  expect(responses.some((r) => /\/_next\/static\/chunks\/.+\.js$/.test(r.url()))).toBe(true);
  problems.push(...(await servedHeaderProblems(request, responses)));
  expect(problems).toEqual([]);
});

test('the manifests view renders with Helm’s engine (WebAssembly in a worker) under the policy', async ({ page, request }) => {
  const policy = await watchPolicy(page);
  await page.goto('/configure');
  await showAllSettings(page);
  await page.getByRole('button', { name: /Show the manifests/ }).click();
  await expect(page.getByTestId('manifests-summary')).toHaveText(/^\d+ documents from \d+ templates$/, { timeout: 90_000 });
  expect(await policy.violations()).toEqual([]);
  // The worker is a file of the site and was served with the policy that lets it compile WebAssembly.
  expect(policy.workers.some((u) => /\/islands\/helm-worker-[A-Z0-9]+\.js$/.test(u))).toBe(true);
  expect(policy.workers.filter((u) => !u.startsWith(new URL(page.url()).origin))).toEqual([]);
  const responses = sameOrigin(page, policy.responses);
  const worker = responses.find((r) => /\/islands\/helm-worker-/.test(r.url()));
  const wasm = responses.find((r) => /\/helm-engine\/helm-[0-9a-f]+\.wasm$/.test(r.url()));
  expect(worker && wasm).toBeTruthy();
  expect([...(await servedHeaderProblems(request, [worker!])), ...headerProblems(await request.head(wasm!.url()))]).toEqual([]);
});

test('the YAML editor, its worker and monaco-yaml’s schema markers work under the policy', async ({ page, request }) => {
  const policy = await watchPolicy(page);
  await openFresh(page);
  // Typed for real, so that Monaco's editor worker and the YAML worker (monaco-yaml) start and answer.
  await page.evaluate(() => {
    const ed = (
      window as unknown as { __aeternaValuesEditor: { updateOptions(o: unknown): void; setValue(v: string): void; focus(): void } }
    ).__aeternaValuesEditor;
    ed.updateOptions({ autoIndent: 'none' });
    ed.setValue('');
    ed.focus();
  });
  await page.keyboard.type('readinesProbe: 1\n');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const w = window as unknown as {
          __aeternaValuesEditor: { getModel(): { uri: unknown } };
          __aeternaMonaco: { editor: { getModelMarkers(f: { resource: unknown }): { owner: string }[] } };
        };
        return w.__aeternaMonaco.editor
          .getModelMarkers({ resource: w.__aeternaValuesEditor.getModel().uri })
          .some((m) => m.owner === 'yaml');
      }),
    )
    .toBe(true);
  expect(await policy.violations()).toEqual([]);
  // Both of Monaco's workers come from the site, not from blob: or data: URLs, and run under the policy their
  // scripts were served with (a worker's own), as the page does under its own.
  expect(policy.workers.length).toBeGreaterThanOrEqual(2);
  expect(policy.workers.filter((u) => !u.startsWith(new URL(page.url()).origin))).toEqual([]);
  expect(await servedHeaderProblems(request, [page.url(), ...policy.workers])).toEqual([]);
});

test('the Helm repository files, the schema and the not-found answer carry the headers too', async ({ request }) => {
  const { version } = await chartYaml();
  const problems: string[] = [];
  for (const url of [
    '/charts/index.yaml',
    `/charts/aeterna-${version}.tgz`,
    '/charts/nothing.tgz',
    '/schema/values.schema.json',
    '/icon.svg',
  ]) {
    problems.push(...headerProblems(await request.get(url)));
  }
  const engine = JSON.parse(readFileSync('lib/site/generated/helm-engine.json', 'utf8')) as { wasm: string };
  problems.push(...headerProblems(await request.head(engine.wasm)));
  expect(problems).toEqual([]);
});

test('the configurator’s inline scripts carry this response’s nonce, new on every request', async ({ request }) => {
  const nonces: string[] = [];
  for (let i = 0; i < 2; i++) {
    const res = await request.get('/configure');
    const nonce = /'nonce-([^']+)'/.exec(res.headers()['content-security-policy'] ?? '')?.[1];
    expect(nonce).toBeTruthy();
    nonces.push(nonce!);
    const html = await res.text();
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc=/.test(m[1]!));
    expect(inline.length).toBeGreaterThan(3);
    // The theme script is allowed by its hash (the same on every page); each of Next's and React's by the nonce.
    expect(inline.filter((m) => !m[1]!.includes(`nonce="${nonce}"`)).map((m) => m[2])).toEqual([themeBootScript]);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

for (const url of ['/docs/networking', '/configure']) {
  test(`the check can fail: an inline script injected into ${url} is blocked and reported`, async ({ page }) => {
    const policy = await watchPolicy(page);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect(await policy.violations()).toEqual([]);
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injectedRan = true;';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 100));
      return (window as unknown as { __injectedRan?: boolean }).__injectedRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => policy.violations()).toContainEqual(expect.stringMatching(/^script-src-elem blocked inline/));
    await expect.poll(() => policy.violations()).toContainEqual(expect.stringMatching(/console error: .*Content Security Policy/));
  });
}
