import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_HELM_REPO_DIR } from '../playwright.config';
import { waitForUrl } from '../scripts/bench/support';
import { chartYaml, isolatedHelm, type IsolatedHelm } from './support/helm';

// `npm run dev` serves the same repository as the production server: helm must work against it too.
const PORT = Number(process.env.E2E_DEV_PORT ?? 3190);

test.describe('the Helm repository on the dev server', () => {
  let dev: ChildProcess;
  let isolated: IsolatedHelm;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    dev = spawn('npx', ['next', 'dev', '-p', String(PORT), '-H', '127.0.0.1'], {
      env: { ...process.env, HELM_REPO_DIR: E2E_HELM_REPO_DIR, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
      detached: true,
    });
    // The first request compiles the route; wait until the index answers.
    await waitForUrl(`http://127.0.0.1:${PORT}/charts/index.yaml`, 150_000, 1000);
    isolated = await isolatedHelm('helm');
  });

  test.afterAll(async () => {
    if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
    await isolated?.cleanup();
  });

  test('helm repo add, search and pull work, and a missing file is a plain 404', async () => {
    const { helm, home } = isolated;
    const { version } = await chartYaml();

    expect((await helm(['repo', 'add', 'aeterna', `http://127.0.0.1:${PORT}/charts`])).code).toBe(0);
    const search = await helm(['search', 'repo', 'aeterna/aeterna', '--versions', '-o', 'json']);
    expect(JSON.parse(search.stdout)).toContainEqual(expect.objectContaining({ name: 'aeterna/aeterna', version }));
    const dest = path.join(home, 'pulled');
    await mkdir(dest);
    const pull = await helm(['pull', 'aeterna/aeterna', '--version', version, '--destination', dest]);
    expect(pull.code, pull.stderr).toBe(0);

    const missing = await fetch(`http://127.0.0.1:${PORT}/charts/aeterna-9.9.9.tgz`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });
});
