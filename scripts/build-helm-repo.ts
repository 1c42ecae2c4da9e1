/**
 * Packages charts/aeterna into the Helm repository folder served under /charts and re-indexes it.
 * Runs before `next dev` and `next build`.
 *
 * Environment:
 *   HELM_REPO_DIR            repository folder (default .helm-repo)
 *   AETERNA_CHART_DIR        chart to package (default charts/aeterna)
 *   AETERNA_SUBCHARTS_DIR    folder of subchart archives to use instead of `helm dependency build`
 *   HELM_REPO_IMMUTABLE=1    refuse to change an already published version (publishing)
 *   HELM_REPO_REQUIRE_PACKAGE=1  fail when the chart cannot be packaged (publishing)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chartDir, helmRepoDir } from '@/lib/helm-repo/paths';
import { SubchartsUnavailableError, packageChart } from '@/lib/helm-repo/package-chart';
import { addArchive } from '@/lib/helm-repo/publish';
import { writeIndex } from '@/lib/helm-repo/repo-index';
import { toolPath } from '@/lib/tools/bin';

const log = (msg: string) => console.log(`[helm-repo] ${msg}`);

async function main(): Promise<number> {
  const helm = toolPath('helm');
  const repoDir = helmRepoDir();
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'aeterna-pkg-out-'));
  try {
    const archive = await packageChart({
      helm,
      chartDir: chartDir(),
      outDir: tmp,
      subchartsDir: process.env.AETERNA_SUBCHARTS_DIR || undefined,
    });
    const res = await addArchive(repoDir, archive, { immutable: process.env.HELM_REPO_IMMUTABLE === '1' });
    log(
      res.kind === 'replaced'
        ? `${res.file}: replaced the unreleased local build of this version (was ${res.previousDigest.slice(0, 12)})`
        : `${res.file}: ${res.kind}`,
    );
  } catch (err) {
    if (!(err instanceof SubchartsUnavailableError)) throw err;
    console.warn(`\n[helm-repo] WARNING\n${err.message}\n`);
    if (process.env.HELM_REPO_REQUIRE_PACKAGE === '1') return 1;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  const index = await writeIndex(helm, repoDir);
  const versions = (index.entries.aeterna ?? []).map((e) => e.version);
  log(`index.yaml in ${path.relative(process.cwd(), repoDir) || repoDir} lists: ${versions.join(', ') || 'no versions yet'}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`[helm-repo] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
