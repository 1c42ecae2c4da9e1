import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { chartYaml, isolatedHelm } from './support/helm';
import { startTestCluster, type TestCluster } from '../test/support/test-cluster';

// Signed charts with the real helm CLI against the served repository. The e2e server's repository is signed by
// scripts/repo/prepare-e2e-helm-repo.ts with a throwaway key (GnuPG), as publishing signs with the project's key.
const SIGNING = '.cache/e2e-signing';
const keyInfo = async (who: 'signer' | 'stranger') =>
  JSON.parse(await readFile(path.join(SIGNING, `${who}.json`), 'utf8')) as { keyring: string; fingerprint: string };

test.describe('signed charts', () => {
  // Helm 3's `install --dry-run=client` asks a cluster for its version: a real API server on loopback answers.
  let cluster: TestCluster | undefined;
  test.beforeAll(async () => {
    cluster = await startTestCluster();
  });
  test.afterAll(async () => {
    await cluster?.stop();
  });

  test('the repository serves the .prov next to its archive, the public key and the Artifact Hub metadata', async ({
    request,
    baseURL,
  }) => {
    const { version } = await chartYaml();
    const prov = await request.get(`/charts/aeterna-${version}.tgz.prov`);
    expect(prov.status()).toBe(200);
    expect(prov.headers()['content-type']).toBe('text/plain; charset=utf-8');
    expect(await prov.text()).toMatch(/^-----BEGIN PGP SIGNED MESSAGE-----\n/);
    const missing = await request.get('/charts/aeterna-0.0.1.tgz.prov');
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('is not a file of this Helm repository');

    const signer = await keyInfo('signer');
    const key = await request.get('/charts/pubkey.asc');
    expect(key.headers()['content-type']).toBe('application/pgp-keys');
    // The published key is the one that signed (its fingerprint, read back by GnuPG).
    const listed = execFileSync('gpg', ['--batch', '--with-colons', '--show-keys'], { input: await key.text() }).toString();
    expect(listed).toContain(`fpr:::::::::${signer.fingerprint}:`);

    const ah = await request.get('/charts/artifacthub-repo.yml');
    expect(ah.status()).toBe(200);
    expect(await ah.text()).toContain(`# Charts are signed with OpenPGP key ${signer.fingerprint} (${baseURL}/charts/pubkey.asc).`);
  });

  /** `helm pull` of the served chart, checking its signature against `keyring`. */
  const pullVerified = (version: string, keyring: string, destination: string) => [
    'pull',
    'aeterna/aeterna',
    '--version',
    version,
    '--verify',
    '--keyring',
    keyring,
    '--destination',
    destination,
  ];

  for (const bin of ['helm', 'helm3'] as const) {
    const name = bin === 'helm' ? 'Helm 4' : 'Helm 3';

    test(`${name}: pull --verify and install --verify --dry-run=client succeed with the published key`, async ({ baseURL }) => {
      const { helm, home, cleanup } = await isolatedHelm(bin, { KUBECONFIG: cluster!.kubeconfig });
      try {
        const { version } = await chartYaml();
        const signer = await keyInfo('signer');
        expect((await helm(['repo', 'add', 'aeterna', `${baseURL}/charts`])).code).toBe(0);
        const dest = path.join(home, 'pulled');
        await mkdir(dest, { recursive: true });
        const pull = await helm(pullVerified(version, signer.keyring, dest));
        expect(pull.code, pull.stderr).toBe(0);
        expect(pull.stdout).toContain('Signed by: Aeterna e2e signer <e2e-signer@example.invalid>');
        expect(pull.stdout).toContain(`Using Key With Fingerprint: ${signer.fingerprint}`);

        const install = await helm([
          'install',
          'aeterna',
          'aeterna/aeterna',
          '--version',
          version,
          '--verify',
          '--keyring',
          signer.keyring,
          '--dry-run=client',
          '--namespace',
          'aeterna',
          // A client-only dry run cannot read the cluster: the chart would refuse to generate its stable Secrets.
          '--set',
          'generatedSecrets.withoutCluster=generate',
        ]);
        expect(install.code, install.stderr).toBe(0);
        expect(install.stdout).toContain('STATUS: pending-install');

        // The signed archive names its key for Artifact Hub.
        const chart = parse((await helm(['show', 'chart', 'aeterna/aeterna', '--version', version])).stdout) as {
          annotations: Record<string, string>;
        };
        expect(chart.annotations['artifacthub.io/signKey']).toBe(`fingerprint: ${signer.fingerprint}\nurl: ${baseURL}/charts/pubkey.asc\n`);
      } finally {
        await cleanup();
      }
    });

    test(`${name}: a wrong key is refused with the reason`, async ({ baseURL }) => {
      const { helm, home, cleanup } = await isolatedHelm(bin);
      try {
        const { version } = await chartYaml();
        const stranger = await keyInfo('stranger');
        expect((await helm(['repo', 'add', 'aeterna', `${baseURL}/charts`])).code).toBe(0);
        const pull = await helm(pullVerified(version, stranger.keyring, home));
        expect(pull.code).not.toBe(0);
        expect(pull.stderr).toContain('openpgp: signature made by unknown entity');
      } finally {
        await cleanup();
      }
    });

    test(`${name}: a tampered archive is refused with the reason`, async ({ request }) => {
      const { helm, cleanup } = await isolatedHelm(bin, { KUBECONFIG: cluster!.kubeconfig });
      const work = await mkdtemp(path.join(os.tmpdir(), 'e2e-tamper-'));
      try {
        const { version } = await chartYaml();
        const signer = await keyInfo('signer');
        const file = `aeterna-${version}.tgz`;
        // The served archive with one value changed, repacked: a valid chart, not the signed one.
        await writeFile(path.join(work, file), await (await request.get(`/charts/${file}`)).body());
        await writeFile(path.join(work, `${file}.prov`), await (await request.get(`/charts/${file}.prov`)).body());
        const unpacked = path.join(work, 'unpacked');
        await mkdir(unpacked);
        execFileSync('tar', ['-xzf', path.join(work, file), '-C', unpacked]);
        const values = path.join(unpacked, 'aeterna', 'values.yaml');
        await writeFile(values, (await readFile(values, 'utf8')).replace('replicaCount: 1', 'replicaCount: 9'));
        execFileSync('tar', ['-czf', path.join(work, file), '-C', unpacked, 'aeterna']);

        const verify = await helm(['verify', path.join(work, file), '--keyring', signer.keyring]);
        expect(verify.code).not.toBe(0);
        expect(verify.stderr).toMatch(new RegExp(`sha256 sum does not match for ${file.replace(/\./g, '\\.')}`));
        const install = await helm([
          'install',
          'aeterna',
          path.join(work, file),
          '--verify',
          '--keyring',
          signer.keyring,
          '--dry-run=client',
        ]);
        expect(install.code).not.toBe(0);
        expect(install.stderr).toMatch(/sha256 sum does not match/);
      } finally {
        await cleanup();
        await rm(work, { recursive: true, force: true });
      }
    });
  }
});
