/**
 * Pushes a packaged chart to an OCI registry and signs the pushed artifact with cosign. The publish workflow's OCI
 * step runs exactly this; test/chart/oci-registry.test.ts runs the same functions against a loopback registry.
 *
 *   npx tsx scripts/repo/publish-oci.ts <archive.tgz>
 *
 * Environment:
 *   OCI_REGISTRY      where to push, e.g. ghcr.io/<owner>/charts (the chart lands at <registry>/aeterna:<version>)
 *   COSIGN_KEY        path of the cosign private key; unset: pushed unsigned, and the script says so
 *   COSIGN_PASSWORD   its password
 *   OCI_PLAIN_HTTP=1  a registry without TLS (loopback tests only)
 *   OCI_SIGN_OFFLINE=1  no transparency-log upload (loopback tests only, which have no network)
 */
import { pushChart, signPushed } from '@/lib/helm-repo/oci';
import { toolPath } from '@/lib/tools/bin';

async function main(): Promise<void> {
  const archive = process.argv[2];
  const registry = process.env.OCI_REGISTRY;
  if (!archive || !registry) throw new Error('usage: OCI_REGISTRY=<registry/path> npx tsx scripts/repo/publish-oci.ts <archive.tgz>');
  const plainHttp = process.env.OCI_PLAIN_HTTP === '1';
  const pushed = await pushChart({ helm: toolPath('helm'), archive, registry, plainHttp });
  console.log(`[oci] pushed ${pushed.repository}:${pushed.tag} (${pushed.manifestDigest})`);
  const key = process.env.COSIGN_KEY;
  if (!key) {
    console.log('[oci] no COSIGN_KEY: the artifact is not signed');
    return;
  }
  await signPushed(pushed, {
    cosign: toolPath('cosign'),
    key,
    password: process.env.COSIGN_PASSWORD ?? '',
    plainHttp,
    offline: process.env.OCI_SIGN_OFFLINE === '1',
  });
  console.log(`[oci] signed ${pushed.repository}@${pushed.manifestDigest} with cosign`);
}

main().catch((err: unknown) => {
  console.error(`[oci] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
