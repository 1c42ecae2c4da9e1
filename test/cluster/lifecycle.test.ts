/**
 * A release's life on a real API server, Helm 4 and Helm 3: install, upgrade with changed values (the migration
 * Job as a pre-upgrade hook, finished by the test in the kubelet's place), rollback, a failed migration, and
 * uninstall. Generated secrets are read back from the API and compared byte for byte: losing the KMS key loses
 * every tenant secret, a new JWT key signs everyone out, new database passwords lock the server out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chartCopyWithStandIns, realSubchartArchivesDir, removeChartCopy, type HelmBin } from '../support/chart-copy';
import { startTestCluster, type TestCluster } from '../support/test-cluster';
import { finishPod, podOfJob } from '../support/fake-kubelet';
import { waitFor, type KubeObject } from '../support/kube-api';

const RESTRICTED = { 'pod-security.kubernetes.io/enforce': 'restricted' };

let cluster: TestCluster;
let chartDir: string;
let pluginValues: string;

beforeAll(async () => {
  [cluster, chartDir] = await Promise.all([
    startTestCluster({ controllers: true }),
    chartCopyWithStandIns({ withUnitTests: false, subchartArchivesDir: realSubchartArchivesDir() }),
  ]);
  // Plugin auth, so that the chart also generates the key that signs the users' tokens.
  pluginValues = path.join(path.dirname(chartDir), 'plugin-auth.json');
  writeFileSync(pluginValues, JSON.stringify({ auth: { mode: 'plugin', plugin: { github: { existingSecret: 'gh-oauth' } } } }));
});

afterAll(async () => {
  await cluster?.stop();
  if (chartDir) await removeChartCopy(chartDir);
});

/** The data of the Secrets the chart generates, as the API stores them (base64 strings). */
async function generatedSecrets(ns: string, release: string): Promise<Record<string, Record<string, string>>> {
  const names = [`${release}-aeterna-postgresql`, `${release}-aeterna-kms`, `${release}-aeterna-auth`];
  const out: Record<string, Record<string, string>> = {};
  for (const name of names) out[name] = (await cluster.api.get(`/api/v1/namespaces/${ns}/secrets/${name}`)).data ?? {};
  return out;
}

const deployment = (ns: string, name: string) => cluster.api.get(`/apis/apps/v1/namespaces/${ns}/deployments/${name}`);

describe.each<HelmBin>(['helm', 'helm3'])('%s: install, upgrade, rollback, uninstall', (bin) => {
  const release = 'life';
  const ns = `${bin}-life`;
  let installed: Record<string, Record<string, string>>;

  it('install generates the database passwords, the KMS key and the JWT signing key', async () => {
    await cluster.namespace(ns, RESTRICTED);
    await cluster.helm(['install', release, chartDir, '-n', ns, '-f', pluginValues], { bin });
    installed = await generatedSecrets(ns, release);
    expect(Object.keys(installed[`${release}-aeterna-postgresql`]!).sort()).toEqual(['password', 'postgres-password']);
    for (const data of Object.values(installed)) {
      for (const v of Object.values(data)) expect(Buffer.from(v, 'base64').length).toBeGreaterThanOrEqual(32);
    }
  });

  it('upgrade with changed values keeps every generated secret byte for byte', async () => {
    const upgrade = cluster.helm(['upgrade', release, chartDir, '-n', ns, '-f', pluginValues, '--set', 'podAnnotations.revision=two'], {
      bin,
    });
    await finishPod(cluster.api, await podOfJob(cluster.api, ns, `${release}-aeterna-migrate`), 0);
    const { stdout } = await upgrade;
    expect(stdout).toContain('STATUS: deployed');
    expect(stdout).toContain('REVISION: 2');
    expect((await deployment(ns, `${release}-aeterna`)).spec.template.metadata.annotations?.revision).toBe('two');
    expect(await generatedSecrets(ns, release)).toEqual(installed);
  });

  it("rollback restores revision 1's manifests, and the secrets stay", async () => {
    const { stdout } = await cluster.helm(['rollback', release, '1', '-n', ns], { bin });
    expect(stdout).toContain('Rollback was a success');
    const manifest = async (rev: number) =>
      (await cluster.helm(['get', 'manifest', release, '-n', ns, '--revision', String(rev)], { bin })).stdout;
    expect(await manifest(3)).toBe(await manifest(1));
    expect((await deployment(ns, `${release}-aeterna`)).spec.template.metadata.annotations?.revision).toBeUndefined();
    expect(await generatedSecrets(ns, release)).toEqual(installed);
  });

  it('uninstall removes the release and keeps what carries helm.sh/resource-policy: keep', async () => {
    const { stdout } = await cluster.helm(['uninstall', release, '-n', ns], { bin });
    const kept = [
      `secrets/${release}-aeterna-kms`,
      `secrets/${release}-aeterna-postgresql`,
      `persistentvolumeclaims/${release}-aeterna-data`,
    ];
    expect(stdout).toContain('These resources were kept due to the resource policy:');
    const core = (p: string) => `/api/v1/namespaces/${ns}/${p}`;
    for (const p of kept) expect(await cluster.api.find(core(p)), p).toBeDefined();
    // The KMS key and the passwords are the ones generated at install.
    const keptSecrets = await Promise.all(kept.slice(0, 2).map((p) => cluster.api.get(core(p))));
    expect(keptSecrets.map((s) => s.data)).toEqual([installed[`${release}-aeterna-kms`], installed[`${release}-aeterna-postgresql`]]);

    const gone = [
      `/apis/apps/v1/namespaces/${ns}/deployments/${release}-aeterna`,
      core(`services/${release}-aeterna`),
      core(`configmaps/${release}-aeterna`),
      core(`serviceaccounts/${release}-aeterna`),
      core(`secrets/${release}-aeterna-auth`),
    ];
    for (const p of gone) expect(await cluster.api.find(p), p).toBeUndefined();
    const releases = await cluster.api.list(core(`secrets?labelSelector=${encodeURIComponent(`owner=helm,name=${release}`)}`));
    expect(releases.items).toEqual([]);
  });

  it('reinstalling after uninstall reuses the kept KMS key and passwords', async () => {
    await cluster.helm(['install', release, chartDir, '-n', ns, '-f', pluginValues], { bin });
    const again = await generatedSecrets(ns, release);
    expect(again[`${release}-aeterna-kms`]).toEqual(installed[`${release}-aeterna-kms`]);
    expect(again[`${release}-aeterna-postgresql`]).toEqual(installed[`${release}-aeterna-postgresql`]);
  });
});

describe('GitOps: a render without the cluster cannot change the KMS key a release uses', () => {
  const release = 'gitops';
  const ns = 'gitops';
  const kms = `${release}-aeterna-kms`;

  it('helm template refuses to generate the key anew; with the release’s own Secret named, it renders none, and the key survives the switch', async () => {
    await cluster.namespace(ns, RESTRICTED);
    await cluster.helm(['install', release, chartDir, '-n', ns, '-f', pluginValues]);
    const installed = (await cluster.api.get(`/api/v1/namespaces/${ns}/secrets/${kms}`)).data as Record<string, string>;
    expect(Buffer.from(installed['kms-key']!, 'base64').length).toBeGreaterThanOrEqual(32);

    // What Argo CD does on every sync: render without the cluster. The chart refuses instead of printing a new key.
    const again = await cluster.helm(['template', release, chartDir, '-n', ns, '-f', pluginValues], { check: false });
    expect(again.code).not.toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('SECRETS THAT MUST NOT CHANGE:');
    expect(again.stderr).toContain(`- the local KMS key (Secret ${kms}, kept by helm when the chart stops creating it)`);
    expect(again.stderr).toContain(`set aeterna.kms.local.existingSecret=${kms}`);
    expect(again.stderr).toContain('- the plugin-auth signing key (Secret gitops-aeterna-auth)');
    expect(again.stderr).toContain("- the bundled PostgreSQL's passwords (Secret gitops-aeterna-postgresql)");

    // The way out the message gives: name the Secrets yourself. The render then holds no KMS Secret at all, so
    // applying it, again and again, cannot touch the key.
    const own = [
      '--set',
      `aeterna.kms.local.existingSecret=${kms}`,
      '--set',
      'auth.plugin.jwtSecret.existingSecret=gitops-signing-key',
      '--set',
      'postgresql.auth.existingSecret=gitops-postgresql-credentials',
    ];
    const rendered = await cluster.helm(['template', release, chartDir, '-n', ns, '-f', pluginValues, ...own]);
    expect(rendered.stdout).not.toContain(`name: ${kms}\n`);
    expect(rendered.stdout).not.toContain('"kms-key":');
    expect(rendered.stdout).toContain(`name: "${kms}"`);
    // An upgrade that stops creating it (helm keeps it: resource-policy keep), and the key is the one installed.
    await cluster.api.create(`/api/v1/namespaces/${ns}/secrets`, {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'gitops-signing-key' },
      data: { 'jwt-secret': Buffer.from('k'.repeat(48)).toString('base64') },
    });
    const upgrade = cluster.helm(['upgrade', release, chartDir, '-n', ns, '-f', pluginValues, ...own.slice(0, 4)]);
    await finishPod(cluster.api, await podOfJob(cluster.api, ns, `${release}-aeterna-migrate`), 0);
    await upgrade;
    expect((await cluster.api.get(`/api/v1/namespaces/${ns}/secrets/${kms}`)).data).toEqual(installed);
  });
});

describe.each<HelmBin>(['helm', 'helm3'])('%s: the migration Job', (bin) => {
  const release = 'hooks';
  const ns = `${bin}-hooks`;
  const server = `${release}-aeterna`;
  const hookJob = `${release}-aeterna-migrate`;
  const image = async () => (await deployment(ns, server)).spec.template.spec.containers[0].image as string;

  it('install: the Job waits for the PostgreSQL the release created, and the server waits for the Job', async () => {
    await cluster.namespace(ns, RESTRICTED);
    await cluster.helm(['install', release, chartDir, '-n', ns], { bin });
    const jobPod = await waitFor(
      'the install Job Pod',
      async () => (await cluster.api.list(`/api/v1/namespaces/${ns}/pods?labelSelector=job-name`)).items[0],
    );
    // Its first init container (prepare) waits for PostgreSQL before creating the roles the migrations need.
    const prepare = jobPod.spec.initContainers[0];
    expect(prepare.name).toBe('prepare');
    const pgHost = prepare.env.find((e: { name: string }) => e.name === 'PGHOST').value as string;
    // PGHOST names the bundled PostgreSQL's Service, which the release itself created.
    const pgService = await cluster.api.get(`/api/v1/namespaces/${ns}/services/${pgHost.split('.')[0]}`);
    expect(pgService.metadata.annotations?.['meta.helm.sh/release-name']).toBe(release);

    const serverPod = await waitFor(
      'a server Pod',
      async () =>
        (
          await cluster.api.list(
            `/api/v1/namespaces/${ns}/pods?labelSelector=${encodeURIComponent(`app.kubernetes.io/instance=${release},app.kubernetes.io/name=aeterna`)}`,
          )
        ).items[0],
    );
    expect(serverPod.spec.initContainers.map((c: { name: string }) => c.name).slice(0, 2)).toEqual([
      'wait-for-dependencies',
      'wait-for-migrations',
    ]);
  });

  it('upgrade: the migrations run before the new server version rolls out', async () => {
    const before = await image();
    let settled = false;
    const upgrade = cluster
      .helm(['upgrade', release, chartDir, '-n', ns, '--set', 'image.tag=v0.8.0-rc.13'], { bin })
      .finally(() => (settled = true));
    const pod = await podOfJob(cluster.api, ns, hookJob);
    // The hook Job runs the new version's migrations while the old server still serves.
    const migrate = pod.spec.initContainers.find((c: { name: string }) => c.name === 'migrate');
    expect(migrate.image).toMatch(/:v0\.8\.0-rc\.13$/);
    await new Promise((r) => setTimeout(r, 1500));
    expect(settled).toBe(false);
    expect(await image()).toBe(before);

    await finishPod(cluster.api, pod, 0);
    const { stdout } = await upgrade;
    expect(stdout).toContain('STATUS: deployed');
    expect(await image()).toMatch(/:v0\.8\.0-rc\.13$/);
    // hook-delete-policy hook-succeeded: nothing left behind.
    await waitFor('the succeeded hook Job to be deleted', async () =>
      (await cluster.api.find(`/apis/batch/v1/namespaces/${ns}/jobs/${hookJob}`)) ? undefined : true,
    );
  });

  it('a failed migration stops the upgrade: helm says so, the release is failed, the old server stays', async () => {
    const before = await image();
    const upgrade = cluster.helm(
      ['upgrade', release, chartDir, '-n', ns, '--set', 'image.tag=v0.8.0-rc.14', '--set', 'migrations.backoffLimit=0'],
      { bin, check: false },
    );
    await finishPod(cluster.api, await podOfJob(cluster.api, ns, hookJob), 1);
    const result = await upgrade;
    expect(result.code).not.toBe(0);
    // Each Helm version's own wording, naming the Job to look at.
    expect(result.stderr).toContain(
      bin === 'helm'
        ? `Error: UPGRADE FAILED: pre-upgrade hooks failed: resource Job/${ns}/${hookJob} not ready. status: Failed, message: Job Failed. failed: 1/1`
        : `Error: UPGRADE FAILED: pre-upgrade hooks failed: 1 error occurred:\n\t* job ${hookJob} failed: BackoffLimitExceeded`,
    );

    const status = await cluster.helm(['status', release, '-n', ns], { bin });
    expect(status.stdout).toContain('STATUS: failed');
    expect(await image()).toBe(before);
    // The failed Job stays for its logs (no hook-failed delete policy).
    const job: KubeObject = await cluster.api.get(`/apis/batch/v1/namespaces/${ns}/jobs/${hookJob}`);
    expect(job.status.conditions.map((c: { type: string; status: string }) => `${c.type}=${c.status}`)).toContain('Failed=True');
  });
});
