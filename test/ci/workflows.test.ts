import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toolPath } from '@/lib/tools/bin';
import { run } from '@/lib/tools/run';

// The workflows cannot run here; actionlint (which also runs shellcheck-free syntax and expression checks)
// is the closest real check.
describe('GitHub workflows', () => {
  it('has the lint, template-validation and publish workflows, and actionlint accepts them', async () => {
    const files = (await readdir('.github/workflows')).sort();
    expect(files).toEqual(['chart-lint.yaml', 'publish.yaml', 'template-validation.yaml']);
    const res = await run(toolPath('actionlint'), ['-shellcheck=', '-pyflakes=', ...files.map((f) => `.github/workflows/${f}`)]);
    expect(res.stdout + res.stderr).toBe('');
    expect(res.code).toBe(0);
  });

  it('actionlint really rejects a broken workflow (the check above can fail)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'actionlint-'));
    await mkdir(path.join(dir, '.github/workflows'), { recursive: true });
    const wf = path.join(dir, '.github/workflows/bad.yaml');
    await writeFile(wf, 'on: push\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ matrix.nope }}\n');
    const res = await run(toolPath('actionlint'), ['-shellcheck=', '-pyflakes=', wf]);
    await rm(dir, { recursive: true, force: true });
    expect(res.code).not.toBe(0);
    expect(res.stdout).toContain('matrix.nope');
  });

  it('the publish workflow restores the published archives first, then packages in the mode that refuses a changed version', async () => {
    // What the two modes do is tested on real packaging (test/helm-repo/packaging.test.ts); here: that the workflow
    // runs the packaging step with them, after restoring what is already published, in the same job.
    type Step = { name?: string; run?: string; env?: Record<string, string>; uses?: string };
    const wf = parse(await readFile('.github/workflows/publish.yaml', 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
    const job = Object.values(wf.jobs).find((j) => j.steps.some((st) => st.run?.includes('npm run helm-repo')));
    expect(job, 'no job packages the chart').toBeDefined();
    const steps = job!.steps;
    const pack = steps.findIndex((st) => st.run?.includes('npm run helm-repo'));
    const restore = steps.findIndex((st) => st.run?.includes('scripts/repo/restore-published-repo.ts'));
    expect(restore, 'the published repository is restored before packaging').toBeGreaterThanOrEqual(0);
    expect(restore).toBeLessThan(pack);
    expect(steps[pack]!.env).toMatchObject({ HELM_REPO_IMMUTABLE: '1', HELM_REPO_REQUIRE_PACKAGE: '1' });
    const all = Object.values(wf.jobs).flatMap((j) => j.steps);
    expect(all.some((st) => st.uses?.startsWith('actions/deploy-pages'))).toBe(true);
    // The OCI step runs the script the OCI test runs (test/chart/oci-registry.test.ts).
    expect(all.some((st) => /npx tsx scripts\/repo\/publish-oci\.ts /.test(st.run ?? ''))).toBe(true);
  });
});

describe('.ci/run', () => {
  it('runs exactly the README quick start test command after installing', async () => {
    const ci = await readFile('.ci/run', 'utf8');
    const readme = await readFile('README.md', 'utf8');
    const commands = ci.split('\n').filter((l) => l.trim() && !l.startsWith('#') && !/^(set|cd|export) /.test(l));
    expect(commands).toEqual(['npm ci', 'npm test']);
    expect(readme).toContain('npm test');
    expect(readme).toContain('npm ci');
  });
});

describe('release tags', () => {
  it('the publish workflow tags the published commit aeterna-<version> once, after the site and the OCI push', async () => {
    type Job = { needs?: string[]; permissions?: Record<string, string>; steps: { run?: string }[] };
    const wf = parse(await readFile('.github/workflows/publish.yaml', 'utf8')) as { jobs: Record<string, Job> };
    const tagging = Object.entries(wf.jobs).find(([, j]) => j.steps.some((s) => s.run?.includes('git push origin "refs/tags/${tag}"')));
    expect(tagging, 'no job pushes the release tag').toBeDefined();
    const [, job] = tagging!;
    expect(job.needs).toEqual(['deploy-pages', 'push-oci']);
    expect(job.permissions).toEqual({ contents: 'write' });
    const script = job.steps.map((s) => s.run ?? '').join('\n');
    expect(script).toContain('tag="aeterna-${version}"');
    expect(script).toContain('git ls-remote --exit-code --tags origin "refs/tags/${tag}"');
  });
});
