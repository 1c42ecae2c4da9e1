/**
 * The backup CronJobs judged by a real API server in a namespace that enforces Pod Security "restricted": `helm
 * install --dry-run=server`, then every rendered object created with dryRun=All and strict field validation (the
 * way test/cluster/capabilities.test.ts judges the other scenarios). Pod Security only warns about a CronJob's pod
 * template and enforces on Pods, so each CronJob's pod is also dry-run created as a Pod. A probe shows that both
 * checks can fail.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { chartCopyWithStandIns, mapLimit, removeChartCopy } from '../support/chart-copy';
import { KubeApiError, type KubeObject } from '../support/kube-api';
import { startTestCluster, type TestCluster } from '../support/test-cluster';

const RESTRICTED = { 'pod-security.kubernetes.io/enforce': 'restricted' };

const SCENARIOS: Array<{ name: string; values: Record<string, unknown> }> = [
  { name: 'to the backup PVC, bundled PostgreSQL', values: { backup: { enabled: true } } },
  {
    name: 'to S3 with an access key, external PostgreSQL with TLS',
    values: {
      postgresql: { enabled: false },
      externalPostgresql: {
        host: 'pg.example.internal',
        existingSecret: 'pg',
        admin: { existingSecret: 'pg-admin' },
        tls: { sslMode: 'verify-full', existingSecret: 'pg-tls' },
      },
      backup: {
        enabled: true,
        timeZone: 'Europe/Paris',
        destination: { type: 's3', s3: { endpoint: 'https://minio.example:9000', bucket: 'aeterna-backups', existingSecret: 's3' } },
      },
    },
  },
  {
    name: 'to S3 with IRSA',
    values: {
      backup: {
        enabled: true,
        destination: { type: 's3', s3: { bucket: 'aeterna-backups', region: 'eu-west-1' } },
        serviceAccount: { annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::111122223333:role/aeterna-backup' } },
      },
    },
  },
];

type Doc = KubeObject & { apiVersion: string; kind: string; spec?: Record<string, unknown> };

let cluster: TestCluster;
let chartDir: string;
const results = new Map<string, { kinds: string[]; problems: string[] }>();
const ns = 'backup-dry-run';

/** The CronJob's pod, as the Job controller would create it. */
function podOf(cronJob: Doc): Doc {
  const template = (cronJob.spec as { jobTemplate: { spec: { template: { metadata?: object; spec: object } } } }).jobTemplate.spec.template;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { ...template.metadata, name: `${cronJob.metadata.name}-pod` },
    spec: template.spec as Record<string, unknown>,
  };
}

async function problemsOf(doc: Doc): Promise<string[]> {
  const id = `${doc.kind}/${doc.metadata.name}`;
  try {
    return (await cluster.api.dryRunCreate(doc, ns)).map((w) => `${id}: warning: ${w}`);
  } catch (e) {
    return [`${id}: ${e instanceof KubeApiError ? (JSON.parse(e.body) as { message: string }).message : String(e)}`];
  }
}

beforeAll(async () => {
  [cluster, chartDir] = await Promise.all([startTestCluster(), chartCopyWithStandIns({ withUnitTests: false })]);
  await cluster.namespace(ns, RESTRICTED);
  let n = 0;
  await mapLimit(SCENARIOS, 2, async (s) => {
    const file = path.join(path.dirname(chartDir), `backup-values-${n++}.json`);
    writeFileSync(file, JSON.stringify(s.values));
    const args = ['install', 'aeterna', chartDir, '-n', ns, '--dry-run=server', '-o', 'json', '-f', file];
    const release = JSON.parse((await cluster.helm(args)).stdout) as { manifest: string; hooks?: Array<{ manifest: string }> };
    const docs = [release.manifest, ...(release.hooks ?? []).map((h) => h.manifest)]
      .flatMap((text) => parseAllDocuments(text, { version: '1.1' }).map((d) => d.toJS() as Doc | null))
      .filter((d): d is Doc => !!d?.kind);
    const problems: string[] = [];
    // Admission needs a Pod's ServiceAccount to exist: create the release's for real, owned by the release as helm
    // would own them, so that the next scenario's dry run adopts them.
    for (const sa of docs.filter((d) => d.kind === 'ServiceAccount')) {
      const metadata = {
        name: sa.metadata.name,
        namespace: ns,
        labels: { 'app.kubernetes.io/managed-by': 'Helm' },
        annotations: { 'meta.helm.sh/release-name': 'aeterna', 'meta.helm.sh/release-namespace': ns },
      };
      await cluster.apply({ apiVersion: 'v1', kind: 'ServiceAccount', metadata }).catch((e: unknown) => {
        if (!(e instanceof KubeApiError && e.status === 409)) throw e;
      });
    }
    for (const doc of docs.filter((d) => d.kind !== 'ServiceAccount')) problems.push(...(await problemsOf(doc)));
    for (const cronJob of docs.filter((d) => d.kind === 'CronJob')) problems.push(...(await problemsOf(podOf(cronJob))));
    results.set(s.name, { kinds: docs.map((d) => `${d.kind}/${d.metadata.name}`), problems });
  });
});

afterAll(async () => {
  await cluster?.stop();
  if (chartDir) await removeChartCopy(chartDir);
});

describe('the backup CronJobs on a namespace enforcing Pod Security "restricted"', () => {
  it('a CronJob or Pod below restricted is warned about or refused there (so the checks below can fail)', async () => {
    const container = { name: 'c', image: 'busybox', command: ['true'] };
    const cronJob = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'unrestricted' },
      spec: { schedule: '0 3 * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'Never', containers: [container] } } } } },
    } as unknown as Doc;
    const problems = [...(await problemsOf(cronJob)), ...(await problemsOf(podOf(cronJob)))];
    expect(problems).toEqual([
      expect.stringMatching(
        /^CronJob\/unrestricted: warning: would violate PodSecurity \\?"restricted:latest\\?": allowPrivilegeEscalation != false/,
      ),
      expect.stringMatching(/^Pod\/unrestricted-pod: .*violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false/),
    ]);
  });

  it.each(SCENARIOS.map((s) => [s.name]))("%s: every object and each CronJob's pod are accepted without a warning", (name) => {
    const r = results.get(name)!;
    expect(r.kinds).toEqual(
      expect.arrayContaining(['CronJob/aeterna-backup-database', 'CronJob/aeterna-backup-knowledge', 'ConfigMap/aeterna-backup-scripts']),
    );
    expect(r.problems).toEqual([]);
  });

  it("creates the backup claim only for the PVC destination, and the backup pods' own ServiceAccount", () => {
    expect(results.get(SCENARIOS[0]!.name)!.kinds).toContain('PersistentVolumeClaim/aeterna-backup');
    expect(results.get(SCENARIOS[2]!.name)!.kinds).not.toContain('PersistentVolumeClaim/aeterna-backup');
    expect(results.get(SCENARIOS[2]!.name)!.kinds).toContain('ServiceAccount/aeterna-backup');
  });
});
