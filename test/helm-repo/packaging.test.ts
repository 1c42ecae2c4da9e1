import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { list } from 'tar';
import { parse, stringify } from 'yaml';
import { SubchartsUnavailableError, packageChart } from '@/lib/helm-repo/package-chart';
import { VersionAlreadyPublishedError, addArchive, sha256 } from '@/lib/helm-repo/publish';
import { archiveContentDigest } from '@/lib/helm-repo/archive-content';
import { writeIndex } from '@/lib/helm-repo/repo-index';
import { CHART_DIR } from '@/lib/chart/files';
import { toolPath } from '@/lib/tools/bin';
import { run } from '@/lib/tools/run';
import { versionHistory } from '@/lib/upgrade/history';
import { packStandInSubcharts } from '../support/standin-archives';

// Packaging and indexing with the real helm, on temporary copies of the chart.

let work: string;
let subcharts: string;
const tmp = (p: string) => mkdtemp(path.join(work, p));

async function chartCopy(edit?: (chart: Record<string, unknown>) => void): Promise<string> {
  const dir = path.join(await tmp('chart-'), 'aeterna');
  await cp(CHART_DIR, dir, { recursive: true, filter: (src) => !path.relative(CHART_DIR, src).startsWith(`charts${path.sep}`) });
  if (edit) {
    const file = path.join(dir, 'Chart.yaml');
    const chart = parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    edit(chart);
    await writeFile(file, stringify(chart));
  }
  return dir;
}

async function entries(archive: string): Promise<string[]> {
  const names: string[] = [];
  await list({ file: archive, onReadEntry: (e) => names.push(e.path) });
  return names;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'packaging-test-'));
  subcharts = path.join(work, 'subcharts');
  await packStandInSubcharts(subcharts);
});

afterAll(() => rm(work, { recursive: true, force: true }));

describe('packageChart', () => {
  it('puts every Chart.lock dependency inside the archive, and nothing from the tests', async () => {
    const lock = parse(await readFile('charts/aeterna/Chart.lock', 'utf8')) as { dependencies: Array<{ name: string; version: string }> };
    const archive = await packageChart({ helm: toolPath('helm'), chartDir: CHART_DIR, outDir: await tmp('out-'), subchartsDir: subcharts });
    const names = await entries(archive);
    // helm package stores subcharts expanded, one folder each.
    for (const d of lock.dependencies) expect(names).toContain(`aeterna/charts/${d.name}/Chart.yaml`);
    expect(names).toContain('aeterna/values.schema.json');
    expect(names.filter((n) => n.startsWith('aeterna/tests/'))).toEqual([]);
  });

  it('points the packaged chart’s icon and documentation links at the site it is published with, and the source at none that is missing', async () => {
    const source = parse(await readFile('charts/aeterna/Chart.yaml', 'utf8')) as { icon?: string; annotations: Record<string, string> };
    // The upstream repository has neither a docs/logo.png nor the chart's upgrade notes: no link may point there.
    expect(source.icon).toBeUndefined();
    expect(source.annotations['artifacthub.io/links']).not.toContain('UPGRADING.md');
    const site = 'https://charts.example.org/aeterna';
    const archive = await packageChart({
      helm: toolPath('helm'),
      chartDir: CHART_DIR,
      outDir: await tmp('out-'),
      subchartsDir: subcharts,
      siteUrl: `${site}/`,
    });
    const shown = await run(toolPath('helm'), ['show', 'chart', archive]);
    const packaged = parse(shown.stdout) as { icon: string; annotations: Record<string, string> };
    expect(packaged.icon).toBe(`${site}/icon.svg`);
    expect(parse(packaged.annotations['artifacthub.io/links']!)).toEqual([
      { name: 'Aeterna source', url: 'https://github.com/kikokikok/aeterna' },
      { name: 'Documentation', url: `${site}/docs` },
      { name: 'Upgrade notes', url: `${site}/docs/upgrading` },
      { name: 'Values reference', url: `${site}/reference` },
    ]);
  });

  it('is reproducible in content, even from a fresh checkout, and a repackaged version keeps its published bytes', async () => {
    // A copy has new file times, as a fresh clone has. helm may order subcharts differently between runs, so
    // the archives are compared by content; the repository then keeps the first archive's bytes.
    const a = await packageChart({ helm: toolPath('helm'), chartDir: await chartCopy(), outDir: await tmp('a-'), subchartsDir: subcharts });
    const b = await packageChart({ helm: toolPath('helm'), chartDir: CHART_DIR, outDir: await tmp('b-'), subchartsDir: subcharts });
    expect(await archiveContentDigest(a)).toBe(await archiveContentDigest(b));
    const repo = await tmp('repo-');
    await addArchive(repo, a, { immutable: true });
    expect((await addArchive(repo, b, { immutable: true })).kind).toBe('unchanged');
    expect(sha256(await readFile(path.join(repo, path.basename(a))))).toBe(sha256(await readFile(a)));
  });

  it('tells different charts apart by content', async () => {
    const a = await packageChart({ helm: toolPath('helm'), chartDir: await chartCopy(), outDir: await tmp('a-'), subchartsDir: subcharts });
    const b = await packageChart({
      helm: toolPath('helm'),
      chartDir: await chartCopy((c) => (c.description = 'changed')),
      outDir: await tmp('b-'),
      subchartsDir: subcharts,
    });
    expect(await archiveContentDigest(a)).not.toBe(await archiveContentDigest(b));
  });

  it('says plainly that subcharts could not be fetched, and how to fix it', async () => {
    // A repository that refuses connections stands for "no network to the registries".
    const dir = await chartCopy((c) => {
      for (const d of c.dependencies as Array<{ repository: string }>) d.repository = 'http://127.0.0.1:9/charts';
    });
    const err = await packageChart({ helm: toolPath('helm'), chartDir: dir, outDir: await tmp('out-') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SubchartsUnavailableError);
    expect((err as Error).message).toMatch(
      /^The chart could not be packaged: its subcharts \(Bitnami redis and postgresql, qdrant\) could not be fetched/,
    );
    expect((err as Error).message).toContain('set\nAETERNA_SUBCHARTS_DIR to a folder holding the subchart archives named in Chart.lock');
    expect((err as Error).message).toContain('127.0.0.1:9');
  });

  it('Chart.lock is in sync with Chart.yaml (helm gets past its digest check to the download)', async () => {
    const dir = await chartCopy();
    const home = await tmp('helm-home-');
    const chart = parse(await readFile(path.join(dir, 'Chart.yaml'), 'utf8')) as {
      dependencies: Array<{ name: string; repository: string }>;
    };
    const httpRepos = chart.dependencies.filter((d) => d.repository.startsWith('http'));
    // Offline: declare the http repositories with empty cached indexes so helm reaches its lock check.
    await mkdir(path.join(home, 'cache'), { recursive: true });
    await writeFile(
      path.join(home, 'repositories.yaml'),
      stringify({
        apiVersion: '',
        generated: '0001-01-01T00:00:00Z',
        repositories: httpRepos.map((d) => ({ name: d.name, url: d.repository })),
      }),
    );
    for (const d of httpRepos) await writeFile(path.join(home, 'cache', `${d.name}-index.yaml`), 'apiVersion: v1\nentries: {}\n');
    const res = await run(toolPath('helm'), ['dependency', 'build', dir, '--skip-refresh'], {
      env: {
        ...process.env,
        HELM_REPOSITORY_CONFIG: path.join(home, 'repositories.yaml'),
        HELM_REPOSITORY_CACHE: path.join(home, 'cache'),
      },
    });
    expect(res.stderr).not.toContain('out of sync');
    // Whatever happens next (offline: a download error; online: success), the lock was accepted.
    if (res.code !== 0) expect(res.stderr).toMatch(/download|could not|no such host|not found/i);
  });
});

describe('the repository keeps published versions', () => {
  it('adds a bumped version, leaving the older archive, digest and created time untouched', async () => {
    const helm = toolPath('helm');
    const repo = await tmp('repo-');
    const v1 = await packageChart({
      helm,
      chartDir: await chartCopy((c) => (c.version = '0.1.0')),
      outDir: await tmp('o-'),
      subchartsDir: subcharts,
    });
    expect((await addArchive(repo, v1, { immutable: true })).kind).toBe('added');
    const first = await writeIndex(helm, repo);
    const old = first.entries.aeterna!.find((e) => e.version === '0.1.0')!;
    expect(old.urls).toEqual(['aeterna-0.1.0.tgz']);
    expect(old.digest).toBe(sha256(await readFile(path.join(repo, 'aeterna-0.1.0.tgz'))));

    await new Promise((r) => setTimeout(r, 1100)); // so a re-stamped `created` would differ
    const v2 = await packageChart({
      helm,
      chartDir: await chartCopy((c) => (c.version = '0.2.0')),
      outDir: await tmp('o-'),
      subchartsDir: subcharts,
    });
    expect((await addArchive(repo, v2, { immutable: true })).kind).toBe('added');
    const second = await writeIndex(helm, repo);
    expect(second.entries.aeterna!.map((e) => e.version).sort()).toEqual(['0.1.0', '0.2.0']);
    const kept = second.entries.aeterna!.find((e) => e.version === '0.1.0')!;
    expect(kept.digest).toBe(old.digest);
    expect(kept.created).toBe(old.created);
    expect(sha256(await readFile(path.join(repo, 'aeterna-0.1.0.tgz')))).toBe(old.digest);
  });

  it('refuses to change a published version when publishing, and replaces it in local development', async () => {
    const helm = toolPath('helm');
    const repo = await tmp('repo-');
    const a = await packageChart({
      helm,
      chartDir: await chartCopy((c) => (c.description = 'one')),
      outDir: await tmp('o-'),
      subchartsDir: subcharts,
    });
    await addArchive(repo, a, { immutable: true });
    const b = await packageChart({
      helm,
      chartDir: await chartCopy((c) => (c.description = 'two')),
      outDir: await tmp('o-'),
      subchartsDir: subcharts,
    });
    const file = path.basename(b);
    await expect(addArchive(repo, b, { immutable: true })).rejects.toThrow(VersionAlreadyPublishedError);
    await expect(addArchive(repo, b, { immutable: true })).rejects.toThrow(
      `${file} is already published with digest ${sha256(await readFile(a))}, and the chart now packages to ${sha256(await readFile(b))}. A published version never changes: bump \`version\` in charts/aeterna/Chart.yaml and add its entry to UPGRADING.md.`,
    );
    expect((await addArchive(repo, b, { immutable: false })).kind).toBe('replaced');
    expect((await addArchive(repo, b, { immutable: true })).kind).toBe('unchanged');
  });
});

describe('npm run helm-repo (scripts/repo/build-helm-repo.ts)', () => {
  const script = (env: Record<string, string>) =>
    spawnSync('npx', ['tsx', 'scripts/repo/build-helm-repo.ts'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });

  it('without reachable subcharts, warns with the fix, still writes a valid index, and exits 0', async () => {
    const chart = await chartCopy((c) => {
      for (const d of c.dependencies as Array<{ repository: string }>) d.repository = 'http://127.0.0.1:9/charts';
    });
    // A repository folder that does not exist yet, as on a fresh clone.
    const repo = path.join(await tmp('repo-'), 'fresh');
    const r = script({ AETERNA_CHART_DIR: chart, HELM_REPO_DIR: repo });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('[helm-repo] WARNING');
    expect(r.stderr).toContain('AETERNA_SUBCHARTS_DIR');
    expect(parse(await readFile(path.join(repo, 'index.yaml'), 'utf8'))).toMatchObject({ apiVersion: 'v1', entries: {} });
    expect(r.stdout).toContain('lists: no versions yet');
  });

  it('fails when publishing requires a package and the subcharts are unavailable', async () => {
    const chart = await chartCopy((c) => {
      for (const d of c.dependencies as Array<{ repository: string }>) d.repository = 'http://127.0.0.1:9/charts';
    });
    const r = script({ AETERNA_CHART_DIR: chart, HELM_REPO_DIR: await tmp('repo-'), HELM_REPO_REQUIRE_PACKAGE: '1' });
    expect(r.status).toBe(1);
  });

  it('with subchart archives, packages the current version and rebuilds each earlier one from its recorded commit', async () => {
    const repo = await tmp('repo-');
    const r = script({ HELM_REPO_DIR: repo, AETERNA_SUBCHARTS_DIR: subcharts });
    expect(r.status, r.stderr).toBe(0);
    const { version } = parse(await readFile('charts/aeterna/Chart.yaml', 'utf8')) as { version: string };
    expect(r.stdout).toContain(`aeterna-${version}.tgz: added`);
    const earlier = versionHistory.versions.filter((e) => e.commit);
    for (const e of earlier) expect(r.stdout).toContain(`aeterna-${e.version}.tgz: rebuilt from ${e.commit!.slice(0, 12)}`);
    const index = parse(await readFile(path.join(repo, 'index.yaml'), 'utf8')) as { entries: { aeterna: Array<{ version: string }> } };
    expect(index.entries.aeterna.map((e) => e.version).sort()).toEqual([version, ...earlier.map((e) => e.version)].sort());
    // A second run keeps what the repository holds: an archive is never rebuilt over itself.
    const again = script({ HELM_REPO_DIR: repo, AETERNA_SUBCHARTS_DIR: subcharts });
    expect(again.stdout).not.toContain('rebuilt from');
  });
});
