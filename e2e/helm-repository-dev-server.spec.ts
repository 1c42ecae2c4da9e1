import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { toolPath } from '../lib/tools/bin';
import { run } from '../lib/tools/run';
import { E2E_HELM_REPO_DIR } from '../playwright.config';

// `npm run dev` serves the same repository as the production server: helm must work against it too.
const PORT = Number(process.env.E2E_DEV_PORT ?? 3190);

test.describe('the Helm repository on the dev server', () => {
  let dev: ChildProcess;
  let home: string;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    dev = spawn('npx', ['next', 'dev', '-p', String(PORT), '-H', '127.0.0.1'], {
      env: { ...process.env, HELM_REPO_DIR: E2E_HELM_REPO_DIR, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
      detached: true,
    });
    // The first request compiles the route; wait until the index answers.
    const deadline = Date.now() + 150_000;
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${PORT}/charts/index.yaml`).then((r) => r.status === 200, () => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error('next dev did not serve /charts/index.yaml within 150 s');
      await new Promise((r) => setTimeout(r, 1000));
    }
    home = await mkdtemp(path.join(os.tmpdir(), 'e2e-helm-dev-'));
  });

  test.afterAll(async () => {
    if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
    if (home) await rm(home, { recursive: true, force: true });
  });

  test('helm repo add, search and pull work, and a missing file is a plain 404', async () => {
    const env = { ...process.env, HELM_CONFIG_HOME: `${home}/c`, HELM_CACHE_HOME: `${home}/k`, HELM_DATA_HOME: `${home}/d` };
    const helm = (args: string[]) => run(toolPath('helm'), args, { env });
    const { version } = parse(await readFile('charts/aeterna/Chart.yaml', 'utf8')) as { version: string };

    expect((await helm(['repo', 'add', 'aeterna', `http://127.0.0.1:${PORT}/charts`])).code).toBe(0);
    const search = await helm(['search', 'repo', 'aeterna/aeterna', '--versions', '-o', 'json']);
    expect(JSON.parse(search.stdout)).toContainEqual(expect.objectContaining({ name: 'aeterna/aeterna', version }));
    await mkdir(`${home}/pulled`);
    const pull = await helm(['pull', 'aeterna/aeterna', '--version', version, '--destination', `${home}/pulled`]);
    expect(pull.code, pull.stderr).toBe(0);

    const missing = await fetch(`http://127.0.0.1:${PORT}/charts/aeterna-9.9.9.tgz`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });
});
