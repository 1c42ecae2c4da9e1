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

  it('the jobs that build the site and push to OCI get the repository from the packaging job, the one with the GPG key', async () => {
    type Step = { run?: string; uses?: string; with?: Record<string, string> };
    type Job = { needs?: string | string[]; steps: Step[] };
    const wf = parse(await readFile('.github/workflows/publish.yaml', 'utf8')) as {
      env: Record<string, string>;
      jobs: Record<string, Job>;
    };
    // upload-artifact leaves out anything under a folder whose name starts with a dot.
    expect(wf.env.HELM_REPO_DIR).not.toMatch(/(^|\/)\./);
    const [packName, pack] = Object.entries(wf.jobs).find(([, j]) => j.steps.some((st) => st.run?.includes('npm run helm-repo')))!;
    const upload = pack.steps.find((st) => st.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ path: '${{ env.HELM_REPO_DIR }}', 'if-no-files-found': 'error' });
    for (const marker of ['npx next build', 'scripts/repo/publish-oci.ts']) {
      const [name, job] = Object.entries(wf.jobs).find(([, j]) => j.steps.some((st) => st.run?.includes(marker)))!;
      expect(name).not.toBe(packName);
      expect([job.needs].flat()).toContain(packName);
      const download = job.steps.findIndex((st) => st.uses?.startsWith('actions/download-artifact@'));
      const use = job.steps.findIndex((st) => st.run?.includes(marker));
      expect(job.steps[download]?.with, marker).toEqual({ name: upload!.with!.name, path: '${{ env.HELM_REPO_DIR }}' });
      expect(download).toBeLessThan(use);
    }
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
    type Job = { needs?: string[]; permissions?: Record<string, string>; steps: { run?: string; env?: Record<string, string> }[] };
    const wf = parse(await readFile('.github/workflows/publish.yaml', 'utf8')) as { jobs: Record<string, Job> };
    const tagging = Object.entries(wf.jobs).find(([, j]) => j.steps.some((s) => s.run?.includes('-f ref="refs/tags/${tag}"')));
    expect(tagging, 'no job creates the release tag').toBeDefined();
    const [, job] = tagging!;
    expect(job.needs).toEqual(['deploy-pages', 'push-oci']);
    expect(job.permissions).toEqual({ contents: 'write' });
    const step = job.steps.find((s) => s.run?.includes('git/refs'))!;
    // The checkout keeps no token (see the least-privilege rules below): the tag goes through the API, with the token
    // in this one step's environment.
    expect(step.env).toEqual({ GH_TOKEN: '${{ github.token }}' });
    expect(step.run).toContain('tag="aeterna-${version}"');
    expect(step.run).toContain('gh api "repos/${GITHUB_REPOSITORY}/git/ref/tags/${tag}"');
    expect(step.run).toContain(
      'gh api --method POST "repos/${GITHUB_REPOSITORY}/git/refs" -f ref="refs/tags/${tag}" -f sha="${GITHUB_SHA}"',
    );
  });
});

// Least privilege (issue 23). The rules are checked on the workflows' own text, and each is shown able to fail on a
// small workflow that breaks it.
type WfStep = { uses?: string; run?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type WfJob = { permissions?: unknown; env?: Record<string, string>; steps?: WfStep[]; uses?: string };
type Wf = { permissions?: unknown; env?: Record<string, string>; jobs: Record<string, WfJob> };

/** The write scopes each job needs, per workflow: a new job, or a new write, must be declared here. */
const EXPECTED_WRITES: Record<string, Record<string, string[]>> = {
  'chart-lint.yaml': { lint: [] },
  'template-validation.yaml': { validate: [] },
  'publish.yaml': {
    package: [],
    site: [],
    'deploy-pages': ['id-token', 'pages'],
    'push-oci': ['packages'],
    'tag-release': ['contents'],
  },
};

/**
 * The secrets that hold private keys, and the folder under the runner's temp folder each key is written to
 * (the GnuPG home is made under TMPDIR, the cosign key is a file): a job that sees one must keep it there and
 * remove the folder in an `if: always()` step after the step that uses it.
 */
const KEY_SECRETS: Record<string, string> = {
  HELM_SIGNING_KEY: '$RUNNER_TEMP/signing',
  HELM_SIGNING_KEY_PASSPHRASE: '$RUNNER_TEMP/signing',
  COSIGN_PRIVATE_KEY: '$RUNNER_TEMP/cosign',
  COSIGN_PASSWORD: '$RUNNER_TEMP/cosign',
};

const secretsIn = (value: unknown): string[] =>
  Object.keys(KEY_SECRETS).filter((name) => new RegExp(`secrets\\.${name}\\b`).test(JSON.stringify(value ?? null)));

const isAlways = (step: WfStep) => /^(\$\{\{\s*)?always\(\)(\s*\}\})?$/.test(step.if ?? '');

function writeScopes(permissions: unknown): string[] {
  if (permissions === 'write-all') return ['write-all'];
  if (permissions === undefined || permissions === null || typeof permissions !== 'object') return [];
  return Object.entries(permissions)
    .filter(([, level]) => level === 'write')
    .map(([scope]) => scope)
    .sort();
}

function leastPrivilegeFindings(file: string, text: string, expected: Record<string, string[]>): string[] {
  const wf = parse(text) as Wf;
  const out: string[] = [];
  const top = wf.permissions;
  const readOnly =
    top === 'read-all' ||
    (top !== null && typeof top === 'object' && Object.values(top).every((level) => level === 'read' || level === 'none'));
  if (!readOnly) out.push(`${file}: top-level permissions must be {} or read-only, found ${JSON.stringify(top ?? null)}`);
  if (secretsIn(wf.env).length) out.push(`${file}: workflow-level env hands ${secretsIn(wf.env).join(', ')} to every job`);

  // Trailing comments are lost by parse(): the tag next to each pin is checked on the text.
  for (const [i, line] of text.split('\n').entries()) {
    const m = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
    if (!m || m[1]!.startsWith('./')) continue;
    if (!/^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/.test(m[1]!)) {
      out.push(`${file}:${i + 1}: ${m[1]} is not pinned by a full commit SHA (owner/repo@<40 hex> # <tag>)`);
    } else if (!/^\s+#\s*v\d[\w.-]*\s*$/.test(m[2]!)) {
      out.push(`${file}:${i + 1}: ${m[1]} has no trailing "# <tag>" comment naming the pinned version`);
    }
  }

  for (const [name, job] of Object.entries(wf.jobs)) {
    const where = `${file} job ${name}`;
    const want = expected[name];
    const has = writeScopes(job.permissions ?? top);
    if (!want) out.push(`${where}: not in the expected permissions map (it has write: ${JSON.stringify(has)})`);
    else if (JSON.stringify(has) !== JSON.stringify([...want].sort()))
      out.push(`${where}: write permissions ${JSON.stringify(has)}, expected ${JSON.stringify([...want].sort())}`);
    const steps = job.steps ?? [];
    for (const step of steps) {
      if (step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false)
        out.push(`${where}: actions/checkout keeps the token (set persist-credentials: false)`);
    }
    const keys = [...new Set([...secretsIn(job.env), ...steps.flatMap((s) => secretsIn(s))])];
    if (!keys.length) continue;
    for (const step of steps) {
      for (const install of (step.run ?? '').match(/\bnpm\s+(?:ci|install|i)\b[^\n;&|]*/g) ?? []) {
        if (!/\s--ignore-scripts\b/.test(install))
          out.push(`${where}: sees ${keys.join(', ')} but runs "${install.trim()}" (use npm ci --ignore-scripts)`);
      }
    }
    for (const folder of [...new Set(keys.map((k) => KEY_SECRETS[k]!))]) {
      const users = steps.map((s, i) => [s, i] as const).filter(([s]) => secretsIn(s).some((k) => KEY_SECRETS[k] === folder));
      const last = Math.max(-1, ...users.map(([, i]) => i));
      // With the key in the job's env every step sees it: then any step other than the removal may write it.
      const writers = users.length ? users.map(([s]) => s) : steps.filter((s) => !isAlways(s));
      const intoFolder = new RegExp(`${folder.replace(/\$/g, '\\$')}["/]`);
      if (!writers.some((s) => intoFolder.test(s.run ?? ''))) out.push(`${where}: no step keeps the key material in "${folder}"`);
      const removal = steps.findIndex((s, i) => i > last && isAlways(s) && (s.run ?? '').includes(`rm -rf "${folder}"`));
      if (removal < 0) out.push(`${where}: no "if: always()" step after the key is used runs rm -rf "${folder}"`);
    }
  }
  return out;
}

describe('workflows: least privilege', () => {
  it('every workflow passes every rule', async () => {
    const files = (await readdir('.github/workflows')).sort();
    expect(Object.keys(EXPECTED_WRITES).sort()).toEqual(files);
    const findings: string[] = [];
    for (const f of files) {
      findings.push(...leastPrivilegeFindings(f, await readFile(`.github/workflows/${f}`, 'utf8'), EXPECTED_WRITES[f]!));
    }
    expect(findings).toEqual([]);
  });

  const sha = 'actions/checkout@11d5960a326750d5838078e36cf38b85af677262 # v4.4.0';
  const check = (text: string, expected: Record<string, string[]> = { a: [] }) => leastPrivilegeFindings('t.yaml', text, expected);

  it('a good workflow passes (so the failures below are each the rule named)', () => {
    expect(
      check(`permissions: {}\njobs:\n  a:\n    steps:\n      - uses: ${sha}\n        with:\n          persist-credentials: false\n`),
    ).toEqual([]);
  });

  it('fails on missing or writable top-level permissions', () => {
    expect(check('jobs:\n  a:\n    steps: []\n')).toEqual(['t.yaml: top-level permissions must be {} or read-only, found null']);
    expect(check('permissions:\n  contents: read\n  packages: write\njobs:\n  a:\n    steps: []\n')).toEqual([
      't.yaml: top-level permissions must be {} or read-only, found {"contents":"read","packages":"write"}',
      't.yaml job a: write permissions ["packages"], expected []',
    ]);
    expect(check('permissions: write-all\njobs:\n  a:\n    steps: []\n')[0]).toBe(
      't.yaml: top-level permissions must be {} or read-only, found "write-all"',
    );
  });

  it('fails on a job write permission not in the map, and on a job missing from it', () => {
    expect(check('permissions: {}\njobs:\n  a:\n    permissions:\n      pages: write\n    steps: []\n')).toEqual([
      't.yaml job a: write permissions ["pages"], expected []',
    ]);
    expect(check('permissions: {}\njobs:\n  b:\n    permissions:\n      contents: write\n    steps: []\n')).toEqual([
      't.yaml job b: not in the expected permissions map (it has write: ["contents"])',
    ]);
  });

  it('fails on a checkout that keeps its token', () => {
    expect(check(`permissions: {}\njobs:\n  a:\n    steps:\n      - uses: ${sha}\n`)).toEqual([
      't.yaml job a: actions/checkout keeps the token (set persist-credentials: false)',
    ]);
  });

  it('fails on an action pinned by a tag, or by a SHA without its tag', () => {
    const text = [
      'permissions: {}',
      'jobs:',
      '  a:',
      '    steps:',
      '      - uses: actions/setup-go@v5',
      '      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020',
      '      - uses: ./.github/actions/local',
    ].join('\n');
    expect(check(text)).toEqual([
      't.yaml:5: actions/setup-go@v5 is not pinned by a full commit SHA (owner/repo@<40 hex> # <tag>)',
      't.yaml:6: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 has no trailing "# <tag>" comment naming the pinned version',
    ]);
  });

  const keyJob = (run: string, cleanup: string) =>
    [
      'permissions: {}',
      'jobs:',
      '  a:',
      '    steps:',
      `      - run: ${run}`,
      '      - env:',
      '          COSIGN_PRIVATE_KEY: ${{ secrets.COSIGN_PRIVATE_KEY }}',
      '        run: printf "%s" "$COSIGN_PRIVATE_KEY" > "$RUNNER_TEMP/cosign/cosign.key"',
      cleanup,
    ].join('\n');
  const removal = '      - if: always()\n        run: rm -rf "$RUNNER_TEMP/cosign"\n';

  it('fails on npm ci with install scripts in a job that sees a signing key', () => {
    expect(check(keyJob('npm ci --ignore-scripts', removal))).toEqual([]);
    expect(check(keyJob('npm ci', removal))).toEqual([
      't.yaml job a: sees COSIGN_PRIVATE_KEY but runs "npm ci" (use npm ci --ignore-scripts)',
    ]);
    expect(check(keyJob('npm install && npm ci --ignore-scripts', removal))).toEqual([
      't.yaml job a: sees COSIGN_PRIVATE_KEY but runs "npm install" (use npm ci --ignore-scripts)',
    ]);
  });

  it('fails when the key is not removed in an if: always() step after its use, or is kept elsewhere', () => {
    expect(check(keyJob('npm ci --ignore-scripts', ''))).toEqual([
      't.yaml job a: no "if: always()" step after the key is used runs rm -rf "$RUNNER_TEMP/cosign"',
    ]);
    expect(check(keyJob('npm ci --ignore-scripts', removal.replace('always()', 'success()')))).toEqual([
      't.yaml job a: no "if: always()" step after the key is used runs rm -rf "$RUNNER_TEMP/cosign"',
    ]);
    const elsewhere = keyJob('npm ci --ignore-scripts', removal).replace('$RUNNER_TEMP/cosign/cosign.key', '$RUNNER_TEMP/cosign.key');
    expect(check(elsewhere)).toEqual(['t.yaml job a: no step keeps the key material in "$RUNNER_TEMP/cosign"']);
    expect(check(`env:\n  K: \${{ secrets.HELM_SIGNING_KEY }}\n` + keyJob('npm ci --ignore-scripts', removal))).toContain(
      't.yaml: workflow-level env hands HELM_SIGNING_KEY to every job',
    );
  });
});
