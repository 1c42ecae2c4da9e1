/**
 * `helm install` on a real API server, Helm 4 and Helm 3: the defaults, each preset and the all-external setup,
 * each into a namespace that enforces Pod Security "restricted". The controllers turn the release's Deployments,
 * StatefulSets and Jobs into Pods, so every Pod goes through the real PodSecurity admission; a refused Pod is
 * named with the cluster's reason. The NOTES' commands are checked against what the cluster holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chartCopyWithStandIns, realSubchartArchivesDir, removeChartCopy, type HelmBin } from '../support/chart-copy';
import { startTestCluster, type TestCluster } from '../support/test-cluster';
import { notAdmitted, workloadPods } from '../support/cluster-workloads';
import { KubeApiError } from '../support/kube-api';
import { chartMetadata } from '../../lib/chart/files';
import { PRESET_SCENARIOS, type Scenario } from '../support/scenarios';

const RESTRICTED = {
  'pod-security.kubernetes.io/enforce': 'restricted',
  'pod-security.kubernetes.io/enforce-version': 'latest',
};

const ALL_EXTERNAL: Scenario = {
  name: 'all external',
  values: {
    postgresql: { enabled: false },
    redis: { enabled: false },
    qdrant: { enabled: false },
    externalPostgresql: {
      host: 'pg.example.internal',
      existingSecret: 'aeterna-pg',
      existingSecretPasswordKey: 'password',
      admin: { existingSecret: 'aeterna-pg-admin' },
    },
    externalRedis: { host: 'redis.example.internal' },
  },
};

const INSTALLS: Scenario[] = [{ name: 'defaults' }, ...PRESET_SCENARIOS, ALL_EXTERNAL];

let cluster: TestCluster;
let chartDir: string;

beforeAll(async () => {
  [cluster, chartDir] = await Promise.all([
    startTestCluster({ controllers: true }),
    chartCopyWithStandIns({ withUnitTests: false, subchartArchivesDir: realSubchartArchivesDir() }),
  ]);
});

afterAll(async () => {
  await cluster?.stop();
  if (chartDir) await removeChartCopy(chartDir);
});

function valuesArgs(s: Scenario, tag: string): string[] {
  const args = (s.valuesFiles ?? []).flatMap((f) => ['-f', path.join(chartDir, f)]);
  if (s.values) {
    const file = path.join(path.dirname(chartDir), `values-${tag}.json`);
    writeFileSync(file, JSON.stringify(s.values));
    args.push('-f', file);
  }
  return args;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);

describe('the namespaces enforce Pod Security "restricted"', () => {
  it('refuses a Pod without the restricted settings (so an admitted Pod below really passed the check)', async () => {
    const ns = await cluster.namespace('admission-probe', RESTRICTED);
    const probe = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'unrestricted', namespace: ns },
      spec: { containers: [{ name: 'c', image: 'busybox' }] },
    };
    const err = await cluster.api.create(`/api/v1/namespaces/${ns}/pods`, probe).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KubeApiError);
    expect((err as KubeApiError).status).toBe(403);
    expect((JSON.parse((err as KubeApiError).body) as { message: string }).message).toContain(
      'violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false',
    );
  });
});

describe.each<HelmBin>(['helm', 'helm3'])('%s install', (bin) => {
  it.each(INSTALLS.map((s) => [s.name, s] as const))(
    '%s: installs, and the cluster admits every Pod of the release',
    async (_name, scenario) => {
      const ns = await cluster.namespace(`${bin}-${slug(scenario.name)}`, RESTRICTED);
      const { stdout } = await cluster.helm(
        ['install', 'aeterna', chartDir, '-n', ns, ...valuesArgs(scenario, `${bin}-${slug(scenario.name)}`)],
        { bin },
      );
      expect(stdout).toContain('STATUS: deployed');

      const workloads = await workloadPods(cluster.api, ns);
      const controllers = workloads.map((w) => w.controller.split('/')[0]);
      // The server's Deployment (through its ReplicaSet) and the migration Job are always there.
      expect(controllers).toContain('ReplicaSet');
      expect(controllers).toContain('Job');
      expect(notAdmitted(workloads)).toEqual([]);
    },
  );
});

describe.each<HelmBin>(['helm', 'helm3'])('%s: NOTES and helm status', (bin) => {
  it('NOTES name objects the cluster really holds, and helm status prints them again', async () => {
    const ns = await cluster.namespace(`${bin}-notes`, RESTRICTED);
    const install = await cluster.helm(['install', 'notes', chartDir, '-n', ns], { bin });
    const notes = install.stdout.slice(install.stdout.indexOf('NOTES:'));
    expect(notes).toContain(`Aeterna ${chartMetadata().appVersion} is deployed as release notes in namespace ${ns}.`);

    // Service and port of "From inside the cluster".
    const url = /From inside the cluster: http:\/\/([^.]+)\.([^.]+)\.svc:(\d+)/.exec(notes);
    expect(url, notes).not.toBeNull();
    const svc = await cluster.api.get(`/api/v1/namespaces/${url![2]}/services/${url![1]}`);
    expect(svc.spec.ports.map((p: { port: number }) => p.port)).toContain(Number(url![3]));

    // The password command reads a key the Secret really has.
    const pw = /kubectl get secret --namespace (\S+) (\S+) -o jsonpath="\{\.data\.([^}]+)\}" \| base64 -d/.exec(notes);
    expect(pw, notes).not.toBeNull();
    const pgSecret = await cluster.api.get(`/api/v1/namespaces/${pw![1]}/secrets/${pw![2]}`);
    expect(Object.keys(pgSecret.data ?? {})).toContain(pw![3]!.replace(/\\\./g, '.'));

    // The KMS backup command names the Secret that holds the key.
    const kms = /kubectl get secret --namespace (\S+) (\S+) -o yaml > \S+\.backup\.yaml/.exec(notes);
    expect(kms, notes).not.toBeNull();
    const kmsSecret = await cluster.api.get(`/api/v1/namespaces/${kms![1]}/secrets/${kms![2]}`);
    expect(Object.keys(kmsSecret.data ?? {}).length).toBeGreaterThan(0);

    // The migration Job is found by the label selector the NOTES give.
    const sel = /get jobs -l (\S+)/.exec(notes);
    expect(sel, notes).not.toBeNull();
    const jobs = await cluster.api.list(`/apis/batch/v1/namespaces/${ns}/jobs?labelSelector=${encodeURIComponent(sel![1]!)}`);
    expect(jobs.items.map((j) => j.metadata.name)).toEqual([expect.stringMatching(/^notes-aeterna-migrate-[0-9a-f]{8}$/)]);

    const status = await cluster.helm(['status', 'notes', '-n', ns], { bin });
    expect(status.stdout).toContain('STATUS: deployed');
    expect(status.stdout).toContain('REVISION: 1');
    expect(status.stdout.slice(status.stdout.indexOf('NOTES:'))).toBe(notes);
  });
});
