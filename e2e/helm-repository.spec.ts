import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse, parseAllDocuments } from 'yaml';
import { chartYaml, isolatedHelm } from './support/helm';

// The user's journey with the real helm CLI against the running production server:
// repo add → update → search → pull (digest) → show → template / install --dry-run from the repository.

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

test.describe('the Helm repository under /charts', () => {
  // Helm 3 is what most users still run; both must work against the same repository.
  for (const bin of ['helm', 'helm3'] as const) {
    test(`${bin === 'helm' ? 'Helm 4' : 'Helm 3'}: repo add, update, search, pull, show and template work against the site`, async ({
      baseURL,
    }) => {
      const { helm, home, cleanup } = await isolatedHelm(bin);
      const { version, appVersion } = await chartYaml();
      const repo = `${baseURL}/charts`;

      const add = await helm(['repo', 'add', 'aeterna', repo]);
      expect(add.stderr).toBe('');
      expect(add.stdout).toContain('"aeterna" has been added to your repositories');

      const update = await helm(['repo', 'update', 'aeterna']);
      expect(update.code, update.stderr).toBe(0);
      expect(update.stdout).toContain('Successfully got an update from the "aeterna" chart repository');

      const search = await helm(['search', 'repo', 'aeterna', '--versions', '-o', 'json']);
      expect(search.code, search.stderr).toBe(0);
      const found = JSON.parse(search.stdout) as Array<{ name: string; version: string; app_version: string }>;
      expect(found).toContainEqual(expect.objectContaining({ name: 'aeterna/aeterna', version, app_version: appVersion }));

      const dest = path.join(home, 'pulled');
      await mkdir(dest, { recursive: true });
      const pull = await helm(['pull', 'aeterna/aeterna', '--version', version, '--destination', dest]);
      expect(pull.code, pull.stderr).toBe(0);
      const pulled = await readFile(path.join(dest, `aeterna-${version}.tgz`));
      const index = parse(await (await fetch(`${repo}/index.yaml`)).text()) as {
        entries: { aeterna: Array<{ version: string; digest: string; urls: string[] }> };
      };
      const entry = index.entries.aeterna.find((e) => e.version === version)!;
      expect(entry.urls).toEqual([`aeterna-${version}.tgz`]);
      expect(sha256(pulled)).toBe(entry.digest);

      const showChart = await helm(['show', 'chart', 'aeterna/aeterna', '--version', version]);
      expect(parse(showChart.stdout)).toMatchObject({ name: 'aeterna', version, appVersion });
      const showValues = await helm(['show', 'values', 'aeterna/aeterna', '--version', version]);
      expect(showValues.stdout.trim()).toBe((await readFile('charts/aeterna/values.yaml', 'utf8')).trim());
      const showReadme = await helm(['show', 'readme', 'aeterna/aeterna', '--version', version]);
      expect(showReadme.code, showReadme.stderr).toBe(0);
      expect(showReadme.stdout.trim()).toBe((await readFile('charts/aeterna/README.md', 'utf8')).trim());

      // The archive from the repository installs: the subcharts are inside it.
      const template = await helm([
        'template',
        'mem',
        'aeterna/aeterna',
        '--version',
        version,
        '--namespace',
        'ai',
        '--set',
        'generatedSecrets.withoutCluster=generate',
      ]);
      expect(template.code, template.stderr).toBe(0);
      const kinds = parseAllDocuments(template.stdout).map((d) => (d.toJS() as { kind?: string } | null)?.kind);
      expect(kinds).toContain('Deployment');
      // Helm 3's `install --dry-run=client` still asks a cluster for its version; there is none here, so the
      // install path is proven with Helm 4 and `template` (the same rendering) with both.
      if (bin === 'helm') {
        // A client-only dry run cannot read the cluster: the chart would refuse to generate its stable Secrets.
        const install = await helm([
          'install',
          'mem',
          'aeterna/aeterna',
          '--version',
          version,
          '--dry-run=client',
          '--namespace',
          'ai',
          '--set',
          'generatedSecrets.withoutCluster=generate',
        ]);
        expect(install.code, install.stderr).toBe(0);
        expect(install.stdout).toContain('STATUS: pending-install');
      }
      await cleanup();
    });
  }

  test('archives are served as their exact bytes, never re-encoded', async ({ request }) => {
    const { version } = await chartYaml();
    const res = await request.get(`/charts/aeterna-${version}.tgz`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/gzip');
    expect(res.headers()['content-encoding']).toBeUndefined();
    const body = await res.body();
    expect(body.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    const index = await request.get('/charts/index.yaml');
    expect(index.status()).toBe(200);
    expect(index.headers()['content-type']).toContain('application/yaml');
    const digest = (parse(await index.text()) as { entries: { aeterna: Array<{ version: string; digest: string }> } }).entries.aeterna.find(
      (e) => e.version === version,
    )!.digest;
    expect(sha256(body)).toBe(digest);
  });

  for (const [what, url] of [
    ['a missing archive', '/charts/aeterna-0.0.0-nope.tgz'],
    ['a file that is not part of the repository', '/charts/package.json'],
    ['a sub-folder', '/charts/sub/index.yaml'],
    ['a path traversal', '/charts/..%2Fpackage.json'],
    ['an unknown file type', '/charts/index.json'],
  ] as const) {
    test(`${what} is a plain-text 404, never an HTML page`, async ({ request }) => {
      const res = await request.get(url);
      expect(res.status()).toBe(404);
      expect(res.headers()['content-type']).toBe('text/plain; charset=utf-8');
      const text = await res.text();
      expect(text).not.toContain('<html');
      expect(text).toContain('is not a file of this Helm repository');
    });
  }

  test('HEAD answers like GET without a body', async ({ request }) => {
    expect((await request.head('/charts/index.yaml')).status()).toBe(200);
    expect((await request.head('/charts/missing.tgz')).status()).toBe(404);
  });
});
