import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { showAllSettings } from './support/configurator';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { toolPath } from '../lib/tools/bin';
import { run } from '../lib/tools/run';
import { presetFiles } from '../lib/chart/files';
import { chartYaml } from './support/helm';
import { PREVIEW_SET_FLAGS, PREVIEW_VALUES_DOCUMENT, type HelmRequest, type HelmResponse } from '../lib/engine/protocol';
import { GENERATED_VALUE } from '../lib/engine/manifest-diff';

// The manifests view renders the served chart with Helm's own engine in the browser. It must say exactly what
// `helm template` (Helm 4) says for the same archive, values, release and namespace: same documents in the same
// order, same errors. Generated secrets (randAlphaNum, randBytes) differ between any two renders, the CLI's
// own included: those values alone may differ, in length-preserving form.
const CORPUS = 'test/fixtures/values-corpus';

function differences(cli: string, browser: string): string[] {
  const a = cli.split('\n');
  const b = browser.split('\n');
  if (a.length !== b.length) return [`line count: CLI ${a.length}, browser ${b.length}`];
  const out: string[] = [];
  a.forEach((line, i) => {
    if (line === b[i]) return;
    const x = GENERATED_VALUE.exec(line);
    const y = GENERATED_VALUE.exec(b[i]!);
    if (x && y && x[1] === y[1] && x[2]!.length === y[2]!.length) return;
    out.push(`line ${i + 1}: CLI ${JSON.stringify(line)} / browser ${JSON.stringify(b[i])}`);
  });
  return out;
}

async function openView(page: Page): Promise<void> {
  await page.goto('/configure');
  await showAllSettings(page);
  await page.getByRole('button', { name: /Show the manifests/ }).click();
  await expect(page.getByTestId('manifests-summary')).toBeVisible({ timeout: 60_000 });
}

/** The archive the site serves, downloaded into a scratch folder (removed by the returned cleanup). */
async function servedArchive(http: APIRequestContext): Promise<{ work: string; archive: string; cleanup: () => Promise<void> }> {
  const { version } = await chartYaml();
  const work = await mkdtemp(path.join(os.tmpdir(), 'e2e-manifests-'));
  const archive = path.join(work, `aeterna-${version}.tgz`);
  await writeFile(archive, await (await http.get(`/charts/aeterna-${version}.tgz`)).body());
  return { work, archive, cleanup: () => rm(work, { recursive: true, force: true }) };
}

/** Renders in the page, through the view's own worker. */
const renderInPage = (page: Page, req: HelmRequest) =>
  page.evaluate((r) => (window as unknown as { __aeternaHelmRender: (x: unknown) => Promise<HelmResponse> }).__aeternaHelmRender(r), req);

const request = (values: string): HelmRequest => ({
  values,
  release: 'aeterna',
  namespace: 'aeterna',
  kubeVersion: '',
  apiVersions: [],
  isUpgrade: false,
  skipTests: false,
});

test('nothing of the engine loads before the view is opened; then it renders the served chart', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto('/configure');
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((u) => /helm-engine|helm-worker/.test(u))).toEqual([]);
  await page.getByRole('button', { name: /Show the manifests/ }).click();
  await expect(page.getByTestId('manifests-summary')).toHaveText(/^\d+ documents from \d+ templates$/, { timeout: 60_000 });
  expect(loaded.some((u) => /^\/helm-engine\/helm-[0-9a-f]{16}\.wasm$/.test(u))).toBe(true);
  const { version } = await chartYaml();
  expect(loaded).toContain(`/charts/aeterna-${version}.tgz`);
});

test('a later visit takes the engine from the browser cache, served compressed and cacheable for good', async ({
  playwright,
  baseURL,
}, info) => {
  // A browser profile on disk, as a returning visitor has (an off-the-record context keeps no 80 MB entry).
  const profile = await mkdtemp(path.join(os.tmpdir(), 'e2e-profile-'));
  const context = await playwright.chromium.launchPersistentContext(profile, { ...info.project.use.launchOptions, baseURL });
  try {
    const transferred = async (): Promise<number | undefined> => {
      const page = await context.newPage();
      await openView(page);
      const bytes = await page.evaluate(
        () =>
          (performance.getEntriesByName('helm-engine: load and compile')[0] as PerformanceMeasure).detail?.transferSize as
            number | undefined,
      );
      await page.close();
      return bytes;
    };
    const first = await transferred();
    // Compressed on the wire (the server compresses application/wasm): well under the 80 MB module.
    expect(first).toBeGreaterThan(1_000_000);
    expect(first).toBeLessThan(30_000_000);
    expect(await transferred()).toBe(0);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
  const engine = await (await fetch(`${baseURL}/configure`)).text();
  const wasm = /\/helm-engine\/helm-[0-9a-f]{16}\.wasm/.exec(engine)?.[0];
  const served = async (acceptEncoding: string) => {
    const res = await fetch(`${baseURL}${wasm}`, { headers: { 'accept-encoding': acceptEncoding } });
    // fetch decodes gzip and br: the bytes are what the worker compiles.
    const bytes = Buffer.from(await res.arrayBuffer());
    return {
      headers: [
        res.headers.get('content-type'),
        res.headers.get('content-encoding'),
        res.headers.get('cache-control'),
        res.headers.get('vary'),
      ],
      same: bytes.equals(engineBytes),
    };
  };
  const engineBytes = await readFile(path.join('public', wasm!));
  const kept = ['public, max-age=31536000, immutable', 'Accept-Encoding'];
  // Brotli (a third smaller) to a browser that accepts it; gzip to one that does not, or refuses br.
  expect(await served('gzip, deflate, br, zstd')).toEqual({ headers: ['application/wasm', 'br', ...kept], same: true });
  expect(await served('gzip')).toEqual({ headers: ['application/wasm', 'gzip', ...kept], same: true });
  expect(await served('gzip, br;q=0')).toEqual({ headers: ['application/wasm', 'gzip', ...kept], same: true });
});

test("an engine that cannot be loaded says so, with the server's answer", async ({ page }) => {
  await page.context().route(/\/helm-engine\/helm-[0-9a-f]{16}\.wasm$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/configure');
  await page.getByRole('button', { name: /Show the manifests/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'engine' })).toHaveText(
    /^Helm's engine could not be loaded: the server answered HTTP 404 for \/helm-engine\/helm-[0-9a-f]{16}\.wasm$/,
  );
});

test('exactly helm template: every corpus file and preset, documents, order and errors', async ({ page, request: http }) => {
  test.setTimeout(600_000);
  const { work, archive, cleanup } = await servedArchive(http);
  try {
    await openView(page);
    const cases: Array<{ name: string; file: string }> = [
      { name: 'chart defaults', file: '' },
      ...presetFiles().map((p) => ({ name: `preset ${p.file}`, file: path.resolve('charts/aeterna', p.file) })),
      ...(await readdir(`${CORPUS}/valid`)).map((f) => ({ name: `valid/${f}`, file: path.resolve(CORPUS, 'valid', f) })),
      ...(await readdir(`${CORPUS}/invalid`)).map((f) => ({ name: `invalid/${f}`, file: path.resolve(CORPUS, 'invalid', f) })),
    ];
    const problems: string[] = [];
    for (const c of cases) {
      const values = c.file ? await readFile(c.file, 'utf8') : '';
      // The file is named as the configurator names its values (values.yaml), so errors name it the same.
      await writeFile(path.join(work, 'values.yaml'), values);
      const cli = await run(toolPath('helm'), ['template', 'aeterna', archive, '--namespace', 'aeterna', '-f', 'values.yaml'], {
        cwd: work,
      });
      // Helm's log lines (coalescing warnings) are not part of its error.
      const cliError = cli.stderr
        .split('\n')
        .filter((l) => !l.startsWith('level='))
        .join('\n');
      const browser = await renderInPage(page, request(values));
      if (cli.code === 0) {
        if (browser.error) problems.push(`${c.name}: the CLI renders, the browser says: ${browser.error}`);
        else problems.push(...differences(cli.stdout, browser.output).map((d) => `${c.name}: ${d}`));
      } else {
        const expected = [`Error: ${browser.error}\n`, `Error: ${browser.error}\n\nUse --debug flag to render out invalid YAML\n`];
        if (!browser.error) problems.push(`${c.name}: the CLI fails (${cliError.trim()}), the browser renders`);
        else if (!expected.includes(cliError))
          problems.push(`${c.name}: CLI ${JSON.stringify(cliError)} / browser ${JSON.stringify(browser.error)}`);
      }
    }
    expect(cases.length).toBeGreaterThan(80);
    expect(problems).toEqual([]);
  } finally {
    await cleanup();
  }
});

test('exactly helm: release name, namespace, --kube-version and --api-versions, and the NOTES of helm install', async ({
  page,
  request: http,
}) => {
  test.setTimeout(300_000);
  const { work, archive, cleanup } = await servedArchive(http);
  try {
    await openView(page);
    const monitoring = ['monitoring.coreos.com/v1', 'monitoring.coreos.com/v1/ServiceMonitor', 'monitoring.coreos.com/v1/PrometheusRule'];
    const variants = [
      {
        name: 'other release and namespace, oldest supported Kubernetes',
        release: 'mem',
        namespace: 'ai',
        kubeVersion: '1.29.0',
        apiVersions: [] as string[],
      },
      { name: 'Prometheus Operator served', release: 'aeterna', namespace: 'aeterna', kubeVersion: '1.35.0', apiVersions: monitoring },
      {
        name: 'Kubernetes older than the chart allows',
        release: 'aeterna',
        namespace: 'aeterna',
        kubeVersion: '1.28.0',
        apiVersions: [] as string[],
      },
    ];
    const files = ['', ...presetFiles().map((p) => path.resolve('charts/aeterna', p.file))];
    const problems: string[] = [];
    for (const v of variants) {
      for (const file of files) {
        const values =
          (file ? await readFile(file, 'utf8') : '') +
          'metrics:\n  serviceMonitor:\n    enabled: true\n  prometheusRule:\n    enabled: true\n';
        await writeFile(path.join(work, 'values.yaml'), values);
        const flags = [
          '--namespace',
          v.namespace,
          '--kube-version',
          v.kubeVersion,
          ...v.apiVersions.flatMap((a) => ['--api-versions', a]),
          '-f',
          'values.yaml',
        ];
        const cli = await run(toolPath('helm'), ['template', v.release, archive, ...flags], { cwd: work });
        const browser = await renderInPage(page, {
          ...request(values),
          release: v.release,
          namespace: v.namespace,
          kubeVersion: v.kubeVersion,
          apiVersions: v.apiVersions,
        });
        const label = `${v.name} ${file ? path.basename(file) : 'defaults'}`;
        if (cli.code !== 0) {
          const expected = [`Error: ${browser.error}\n`, `Error: ${browser.error}\n\nUse --debug flag to render out invalid YAML\n`];
          if (!browser.error || !expected.includes(cli.stderr))
            problems.push(`${label}: CLI ${JSON.stringify(cli.stderr)} / browser ${JSON.stringify(browser.error)}`);
          continue;
        }
        problems.push(...differences(cli.stdout, browser.output).map((d) => `${label}: ${d}`));
      }
    }
    // NOTES are what `helm install` prints after "NOTES:" (Helm 4's client-only dry run needs no cluster; it takes
    // no --kube-version or --api-versions, so Helm's defaults here).
    for (const file of files) {
      const values = file ? await readFile(file, 'utf8') : '';
      await writeFile(path.join(work, 'values.yaml'), values);
      const install = await run(
        toolPath('helm'),
        ['install', 'mem', archive, '--namespace', 'ai', '-f', 'values.yaml', '--dry-run=client', ...PREVIEW_SET_FLAGS],
        { cwd: work },
      );
      expect(install.code, install.stderr).toBe(0);
      // The same explicit choice on both sides: the CLI's --set, the engine's first values document (the view's own).
      const browser = await renderInPage(page, { ...request(PREVIEW_VALUES_DOCUMENT + values), release: 'mem', namespace: 'ai' });
      const notes = install.stdout.slice(install.stdout.indexOf('NOTES:\n') + 'NOTES:\n'.length).trim();
      expect(notes.length).toBeGreaterThan(100);
      if (notes !== browser.notes.trim())
        problems.push(`NOTES of ${file ? path.basename(file) : 'defaults'} differ:\n${notes}\n---\n${browser.notes}`);
    }
    expect(problems).toEqual([]);
  } finally {
    await cleanup();
  }
});

test('the download is byte for byte what helm template prints for the editor values', async ({ page, request: http }) => {
  await openView(page);
  // One value that changes the manifests: the view follows the editor.
  await page.locator('[id="values.service.port"]').fill('8181');
  await expect(page.getByTestId('manifests-view')).toContainText('port: 8181', { timeout: 20_000 });
  // Against the chart defaults: generated secrets are not differences; the port is.
  await page.getByTestId('manifests-changed').locator('input').check();
  const services = page.locator('details', { has: page.locator('summary', { hasText: /^Service \(\d+\)$/ }) });
  await services.locator('summary').first().click();
  await services.getByText('Changes from the defaults').first().click();
  await expect(services.getByTestId('manifest-diff').first()).toContainText(/^-\s+port: 8080$/m);
  await expect(services.getByTestId('manifest-diff').first()).toContainText(/^\+\s+port: 8181$/m);
  await expect(page.locator('details summary', { hasText: /^Secret / })).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download manifests.yaml' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('manifests.yaml');
  const downloaded = await readFile((await download.path())!, 'utf8');
  const { archive, cleanup } = await servedArchive(http);
  try {
    const cli = await run(toolPath('helm'), [
      'template',
      'aeterna',
      archive,
      '--namespace',
      'aeterna',
      '--set',
      'service.port=8181',
      ...PREVIEW_SET_FLAGS,
    ]);
    expect(cli.code, cli.stderr).toBe(0);
    expect(differences(cli.stdout, downloaded)).toEqual([]);
  } finally {
    await cleanup();
  }
});

test("helm's own schema error is shown next to the configurator's", async ({ page }) => {
  await openView(page);
  await page.locator('[id="values.service.port"]').fill('0');
  await expect(page.getByTestId('helm-error')).toContainText("- at '/service/port': minimum: got 0, want 1", { timeout: 20_000 });
  await expect(page.getByTestId('verdict')).toContainText('problem');
});
