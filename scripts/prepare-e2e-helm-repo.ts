/**
 * Builds the Helm repository the e2e server answers /charts from (HELM_REPO_DIR, set by playwright.config.ts):
 * the real chart packaged by the real pipeline, with stand-in subcharts in place of the ones that cannot be
 * downloaded here. It is a separate folder so stand-ins never reach the site's own repository.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { packStandInSubcharts } from '../test/support/standin-archives';

async function main() {
  const repoDir = process.env.HELM_REPO_DIR;
  if (!repoDir) throw new Error('HELM_REPO_DIR must be set (playwright.config.ts sets it)');
  const subcharts = await mkdtemp(path.join(os.tmpdir(), 'aeterna-standins-'));
  try {
    await rm(repoDir, { recursive: true, force: true });
    await packStandInSubcharts(subcharts);
    const r = spawnSync('npx', ['tsx', 'scripts/build-helm-repo.ts'], {
      stdio: 'inherit',
      env: { ...process.env, AETERNA_SUBCHARTS_DIR: subcharts, HELM_REPO_REQUIRE_PACKAGE: '1' },
    });
    if (r.status !== 0) throw new Error('packaging the chart with stand-in subcharts failed');
  } finally {
    await rm(subcharts, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`[e2e-helm-repo] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
