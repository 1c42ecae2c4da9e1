/**
 * Builds the Helm repository the e2e server answers /charts from (HELM_REPO_DIR, set by playwright.config.ts):
 * the real chart packaged by the real pipeline, with stand-in subcharts in place of the ones that cannot be
 * downloaded here. It is a separate folder so stand-ins never reach the site's own repository.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { packStandInSubcharts } from '../../test/support/standin-archives';
import { throwawayKey, writeKeyInfo } from '../../test/support/throwaway-gpg';

/** Where the signing tests find the keys (e2e/support/signing.ts reads it). */
export const E2E_SIGNING_DIR = '.cache/e2e-signing';

async function main() {
  const repoDir = process.env.HELM_REPO_DIR;
  if (!repoDir) throw new Error('HELM_REPO_DIR must be set (playwright.config.ts sets it)');
  const subcharts = await mkdtemp(path.join(os.tmpdir(), 'aeterna-standins-'));
  try {
    await rm(repoDir, { recursive: true, force: true });
    await rm(E2E_SIGNING_DIR, { recursive: true, force: true });
    await packStandInSubcharts(subcharts);
    // The repository is signed the way publishing signs it, with a throwaway key (and a second key, which
    // signs nothing, for the wrong-key tests).
    const signer = await throwawayKey(
      path.join(E2E_SIGNING_DIR, 'signer'),
      'Aeterna e2e signer <e2e-signer@example.invalid>',
      'e2e passphrase',
    );
    const stranger = await throwawayKey(path.join(E2E_SIGNING_DIR, 'stranger'), 'Someone else <stranger@example.invalid>', 'other');
    await writeKeyInfo(path.join(E2E_SIGNING_DIR, 'signer.json'), signer);
    await writeKeyInfo(path.join(E2E_SIGNING_DIR, 'stranger.json'), stranger);
    const r = spawnSync('npx', ['tsx', 'scripts/repo/build-helm-repo.ts'], {
      stdio: 'inherit',
      env: {
        ...process.env,
        AETERNA_SUBCHARTS_DIR: subcharts,
        HELM_REPO_REQUIRE_PACKAGE: '1',
        HELM_SIGNING_KEY: signer.secretKey,
        HELM_SIGNING_KEY_PASSPHRASE: signer.passphrase,
      },
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
