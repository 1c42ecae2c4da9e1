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
 *   HELM_SIGNING_KEY         ASCII-armored OpenPGP secret key: sign with `helm package --sign` (.prov files)
 *   HELM_SIGNING_KEY_PASSPHRASE  its passphrase, if any
 *   AETERNA_SITE_URL         where the site is published (https://host[/base]): the chart's
 *                            artifacthub.io/signKey annotation points at <site>/charts/pubkey.asc, its icon
 *                            and documentation links at the site
 *   ARTIFACTHUB_REPOSITORY_ID  Artifact Hub's id of this repository, for artifacthub-repo.yml
 *   ARTIFACTHUB_OWNERS       "Name <email>, ..." owners for artifacthub-repo.yml (besides maintainers with an email)
 *   COSIGN_PUBLIC_KEY        the cosign public key (PEM) that signs the OCI artifacts: served as cosign.pub
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { artifactHubRepoYaml, parseOwners, type Owner } from '@/lib/helm-repo/artifacthub';
import { chartDir, helmRepoDir } from '@/lib/helm-repo/paths';
import { signingKeyFromEnv } from '@/lib/helm-repo/signing';
import { SubchartsUnavailableError, packageChart } from '@/lib/helm-repo/package-chart';
import { addArchive } from '@/lib/helm-repo/publish';
import { writeIndex } from '@/lib/helm-repo/repo-index';
import { toolPath } from '@/lib/tools/bin';
import { checkOutChart } from '@/lib/upgrade/earlier-versions';
import { versionHistory } from '@/lib/upgrade/history';

const log = (msg: string) => console.log(`[helm-repo] ${msg}`);

async function main(): Promise<number> {
  const helm = toolPath('helm');
  const repoDir = helmRepoDir();
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'aeterna-pkg-out-'));
  const signing = await signingKeyFromEnv();
  const siteUrl = process.env.AETERNA_SITE_URL?.replace(/\/+$/, '');
  if (!signing) log('no signing key (HELM_SIGNING_KEY): packaging unsigned, no .prov file');
  try {
    const archive = await packageChart({
      helm,
      chartDir: chartDir(),
      outDir: tmp,
      subchartsDir: process.env.AETERNA_SUBCHARTS_DIR || undefined,
      signing: signing ?? undefined,
      publicKeyUrl: siteUrl ? `${siteUrl}/charts/pubkey.asc` : undefined,
      siteUrl,
    });
    if (signing) {
      await mkdir(repoDir, { recursive: true });
      await writeFile(path.join(repoDir, 'pubkey.asc'), signing.publicKey);
      log(`signed with key ${signing.fingerprint} (${signing.name}); public key in pubkey.asc`);
    }
    const res = await addArchive(repoDir, archive, { immutable: process.env.HELM_REPO_IMMUTABLE === '1' });
    log(
      res.kind === 'replaced'
        ? `${res.file}: replaced the unreleased local build of this version (was ${res.previousDigest.slice(0, 12)})`
        : `${res.file}: ${res.kind}`,
    );
    // Earlier versions the repository lacks (a fresh machine, a first publication): rebuilt from the commit
    // version-history.json records for each, so that the upgrade assistant and the manifests view can compare.
    // A published archive is never rebuilt: restore-published-repo.ts brings those back first.
    for (const entry of versionHistory.versions.filter((e) => e.commit)) {
      if (existsSync(path.join(repoDir, `aeterna-${entry.version}.tgz`))) continue;
      let source: string;
      try {
        source = await checkOutChart(entry);
      } catch (err) {
        log(`aeterna-${entry.version}.tgz: not rebuilt (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
        continue;
      }
      try {
        const earlier = await packageChart({
          helm,
          chartDir: source,
          outDir: tmp,
          subchartsDir: process.env.AETERNA_SUBCHARTS_DIR || undefined,
          signing: signing ?? undefined,
          publicKeyUrl: siteUrl ? `${siteUrl}/charts/pubkey.asc` : undefined,
        });
        log(`${(await addArchive(repoDir, earlier, { immutable: true })).file}: rebuilt from ${entry.commit!.slice(0, 12)}`);
      } finally {
        await rm(path.dirname(source), { recursive: true, force: true });
      }
    }
  } catch (err) {
    if (!(err instanceof SubchartsUnavailableError)) throw err;
    console.warn(`\n[helm-repo] WARNING\n${err.message}\n`);
    if (process.env.HELM_REPO_REQUIRE_PACKAGE === '1') return 1;
  } finally {
    await rm(tmp, { recursive: true, force: true });
    await signing?.cleanup();
  }
  if (process.env.COSIGN_PUBLIC_KEY?.trim()) {
    await mkdir(repoDir, { recursive: true });
    await writeFile(path.join(repoDir, 'cosign.pub'), `${process.env.COSIGN_PUBLIC_KEY.trim()}\n`);
  }
  const chart = parse(await readFile(path.join(chartDir(), 'Chart.yaml'), 'utf8')) as { maintainers?: Owner[] };
  await mkdir(repoDir, { recursive: true });
  await writeFile(
    path.join(repoDir, 'artifacthub-repo.yml'),
    artifactHubRepoYaml({
      owners: [...(chart.maintainers ?? []), ...parseOwners(process.env.ARTIFACTHUB_OWNERS)],
      repositoryId: process.env.ARTIFACTHUB_REPOSITORY_ID || undefined,
      signKey: signing ? { fingerprint: signing.fingerprint, url: siteUrl ? `${siteUrl}/charts/pubkey.asc` : undefined } : undefined,
    }),
  );
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
