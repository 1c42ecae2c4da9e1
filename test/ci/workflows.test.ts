import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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

  it('the publish workflow builds dependencies, keeps published archives and refuses a changed version', async () => {
    const text = await readFile('.github/workflows/publish.yaml', 'utf8');
    expect(text).toContain('scripts/restore-published-repo.ts');
    expect(text).toContain('HELM_REPO_IMMUTABLE: "1"');
    expect(text).toContain('HELM_REPO_REQUIRE_PACKAGE: "1"');
    expect(text).toContain('actions/deploy-pages');
    expect(text).toMatch(/helm" push .*oci:\/\//);
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
