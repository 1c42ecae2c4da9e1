/**
 * The OCI path, end to end against a real registry on loopback: the publish script pushes the packaged chart and
 * signs it with cosign; Helm 4 and Helm 3 pull and template it from there; the archive pulled from OCI is the one
 * the HTTP repository's index.yaml lists (same digest); cosign verifies the signature with the public key and
 * refuses another key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { chartMetadata } from '../../lib/chart/files';
import { toolPath } from '../../lib/tools/bin';
import { run } from '../../lib/tools/run';
import { chartCopyWithStandIns, helm, helmPackage, removeChartCopy, type HelmBin } from '../support/chart-copy';
import { startRegistry, type OciRegistry } from '../support/oci-registry';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const PASSWORD = 'throwaway';

let registry: OciRegistry;
let chartDir: string;
let archive: string;
let indexDigest: string;
let work: string;
const version = chartMetadata().version;

/** cosign with its own HOME (it keeps a cache there) and the keys' password. */
const cosign = (args: string[]) =>
  run(toolPath('cosign'), args, {
    env: { ...process.env, HOME: path.join(work, 'home'), COSIGN_PASSWORD: PASSWORD },
    cwd: work,
    timeoutMs: 120_000,
  });

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'aeterna-oci-'));
  mkdirSync(path.join(work, 'home'));
  [registry, chartDir] = await Promise.all([startRegistry(), chartCopyWithStandIns({ withUnitTests: false })]);
  archive = await helmPackage(chartDir);
  // The HTTP repository's index for that archive, as publishing writes it.
  await helm(['repo', 'index', path.dirname(archive)]);
  const index = parse(readFileSync(path.join(path.dirname(archive), 'index.yaml'), 'utf8')) as {
    entries: { aeterna: Array<{ digest: string }> };
  };
  indexDigest = index.entries.aeterna[0]!.digest;
  for (const who of ['project', 'stranger']) {
    mkdirSync(path.join(work, who));
    const r = await run(toolPath('cosign'), ['generate-key-pair'], {
      cwd: path.join(work, who),
      env: { ...process.env, HOME: path.join(work, 'home'), COSIGN_PASSWORD: PASSWORD },
    });
    expect(r.code, r.stderr).toBe(0);
  }
  // Exactly what the publish workflow's OCI step runs.
  const publish = await run(path.resolve('node_modules/.bin/tsx'), ['scripts/repo/publish-oci.ts', archive], {
    env: {
      ...process.env,
      HOME: path.join(work, 'home'),
      OCI_REGISTRY: `${registry.host}/charts`,
      COSIGN_KEY: path.join(work, 'project', 'cosign.key'),
      COSIGN_PASSWORD: PASSWORD,
      OCI_PLAIN_HTTP: '1',
      OCI_SIGN_OFFLINE: '1',
    },
    timeoutMs: 300_000,
  });
  expect(publish.code, publish.stderr).toBe(0);
  expect(publish.stdout).toContain(`[oci] pushed ${registry.host}/charts/aeterna:${version}`);
  expect(publish.stdout).toMatch(/\[oci\] signed 127\.0\.0\.1:\d+\/charts\/aeterna@sha256:[0-9a-f]{64} with cosign/);
});

afterAll(async () => {
  await registry?.stop();
  if (chartDir) await removeChartCopy(chartDir);
  if (work) rmSync(work, { recursive: true, force: true });
});

describe.each<HelmBin>(['helm', 'helm3'])('%s and the OCI registry', (bin) => {
  it('pulls the archive the index lists: same digest', async () => {
    const dest = path.join(work, `pull-${bin}`);
    mkdirSync(dest);
    await helm(['pull', `oci://${registry.host}/charts/aeterna`, '--version', version, '--plain-http', '--destination', dest], { bin });
    const pulled = readFileSync(path.join(dest, `aeterna-${version}.tgz`));
    expect(sha256(pulled)).toBe(indexDigest);
    expect(sha256(pulled)).toBe(sha256(readFileSync(archive)));
  });

  it('templates the chart straight from oci://', async () => {
    const { stdout } = await helm(
      [
        'template',
        'aeterna',
        `oci://${registry.host}/charts/aeterna`,
        '--version',
        version,
        '--plain-http',
        '--namespace',
        'aeterna',
        '--set',
        'generatedSecrets.withoutCluster=generate',
      ],
      { bin },
    );
    const kinds = parseAllDocuments(stdout).map((d) => (d.toJS() as { kind?: string } | null)?.kind);
    expect(kinds).toContain('Deployment');
    expect(kinds).toContain('Job');
  });
});

describe('cosign signature of the pushed artifact', () => {
  /** `cosign verify` of the pushed chart with the public key of `signer` (a folder of the scratch space). */
  const verifyWith = (signer: 'project' | 'stranger') =>
    cosign([
      'verify',
      '--key',
      path.join(work, signer, 'cosign.pub'),
      '--allow-http-registry',
      '--insecure-ignore-tlog=true',
      `${registry.host}/charts/aeterna:${version}`,
    ]);

  it("verifies with the project's public key", async () => {
    const r = await verifyWith('project');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('The signatures were verified against the specified public key');
    const claims = JSON.parse(r.stdout) as Array<{ critical: { identity: { 'docker-reference': string } } }>;
    expect(claims[0]!.critical.identity['docker-reference']).toBe(`${registry.host}/charts/aeterna`);
  });

  it('refuses another key, saying no signature matches', async () => {
    const r = await verifyWith('stranger');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('no matching signatures');
  });
});
