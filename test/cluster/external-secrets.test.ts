/**
 * The chart's ExternalSecrets judged by a real API server serving the External Secrets Operator's own CRD
 * (external-secrets.io/v1, from github.com/external-secrets/external-secrets at EXTERNAL_SECRETS_VERSION, fetched by
 * scripts/setup/setup-tools.sh into .tools/external-secrets-crds): before the CRD, the chart refuses through the
 * cluster's real API list; with it, `helm install --dry-run=server` renders them and each is created with dryRun=All
 * and strict field validation (an unknown or misplaced field is an error, not a warning); a real install creates
 * them next to the Deployment that reads their targets.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { REPO_ROOT } from '../support/chart-copy';
import { BUNDLED_FROM_STORE, EXTERNAL_FROM_STORE } from '../support/external-secrets';
import { KubeApiError, waitFor, type KubeObject } from '../support/kube-api';
import { type TestCluster } from '../support/test-cluster';
import { startClusterAndChart, stopClusterAndChart } from '../support/cluster-chart';

const CRD_DIR = path.join(REPO_ROOT, '.tools', 'external-secrets-crds');

let cluster: TestCluster;
let chartDir: string;
let n = 0;

beforeAll(async () => ([cluster, chartDir] = await startClusterAndChart()));
afterAll(() => stopClusterAndChart(cluster, chartDir));

function valuesFile(values: unknown): string {
  const file = path.join(path.dirname(chartDir), `es-values-${n++}.json`);
  writeFileSync(file, JSON.stringify(values));
  return file;
}

/** The ExternalSecrets of `helm install --dry-run=server` (Kubernetes reads manifests as YAML 1.1). */
async function renderedExternalSecrets(ns: string, values: unknown): Promise<KubeObject[]> {
  const args = ['install', 'aeterna', chartDir, '-n', ns, '--dry-run=server', '-o', 'json', '-f', valuesFile(values)];
  const release = JSON.parse((await cluster.helm(args)).stdout) as { manifest: string };
  return parseAllDocuments(release.manifest, { version: '1.1' })
    .map((d) => d.toJS() as KubeObject | null)
    .filter((d): d is KubeObject => d?.kind === 'ExternalSecret');
}

/** Each object created with dryRun=All and strict field validation: "<name>: <message>" for each refusal or warning. */
async function judge(objects: KubeObject[], ns: string): Promise<string[]> {
  const problems: string[] = [];
  for (const o of objects) {
    try {
      for (const w of await cluster.api.dryRunCreate(o as KubeObject & { apiVersion: string; kind: string }, ns)) {
        problems.push(`${o.metadata.name}: warning: ${w}`);
      }
    } catch (e) {
      problems.push(`${o.metadata.name}: ${e instanceof KubeApiError ? (JSON.parse(e.body) as { message: string }).message : String(e)}`);
    }
  }
  return problems;
}

describe('before the CRD is installed', () => {
  it('helm install --dry-run=server refuses: the cluster does not serve external-secrets.io/v1', async () => {
    await cluster.namespace('es-no-crd');
    const r = await cluster.helm(
      ['install', 'aeterna', chartDir, '-n', 'es-no-crd', '--dry-run=server', '-f', valuesFile(BUNDLED_FROM_STORE)],
      {
        check: false,
      },
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('externalSecrets.enabled: the cluster does not serve external-secrets.io/v1 ExternalSecret');
  });
});

describe('with the External Secrets Operator CRD', () => {
  beforeAll(async () => {
    for (const file of readdirSync(CRD_DIR).filter((f) => f.endsWith('.yaml'))) {
      await cluster.apply(parse(readFileSync(path.join(CRD_DIR, file), 'utf8')));
    }
    await waitFor('CRD externalsecrets established', async () => {
      const o = await cluster.api.get('/apis/apiextensions.k8s.io/v1/customresourcedefinitions/externalsecrets.external-secrets.io');
      return o.status?.conditions?.some((c: { type: string; status: string }) => c.type === 'Established' && c.status === 'True')
        ? true
        : undefined;
    });
    await waitFor('external-secrets.io/v1 in discovery', async () =>
      (await cluster.api.collectionPath('external-secrets.io/v1', 'ExternalSecret', 'x')) ? true : undefined,
    );
  });

  it.each([
    ['bundled PostgreSQL, every credential from the store', BUNDLED_FROM_STORE, 10],
    ['external PostgreSQL with admin and TLS from the store', EXTERNAL_FROM_STORE, 3],
  ] as const)('%s: the API server accepts every ExternalSecret (strict field validation)', async (_name, values, count) => {
    const ns = `es-dry-run-${n}`;
    await cluster.namespace(ns);
    const objects = await renderedExternalSecrets(ns, values);
    expect(objects).toHaveLength(count);
    expect(await judge(objects, ns)).toEqual([]);
  });

  it('the check can fail: a field the CRD does not know is refused', async () => {
    const ns = 'es-proof';
    await cluster.namespace(ns);
    const [first] = await renderedExternalSecrets(ns, EXTERNAL_FROM_STORE);
    const broken = structuredClone(first!);
    (broken.spec as { data: { remoteRef: Record<string, unknown> }[] }).data[0]!.remoteRef.path = 'not-a-field';
    expect((await judge([broken], ns)).join('\n')).toMatch(/unknown field "spec\.data\[0\]\.remoteRef\.path"/);
  });

  it('helm install creates the ExternalSecrets; the Deployment and the migration Job read their targets', async () => {
    const ns = 'es-install';
    await cluster.namespace(ns);
    await cluster.helm(['install', 'aeterna', chartDir, '-n', ns, '-f', valuesFile(EXTERNAL_FROM_STORE)]);
    const list = await cluster.api.get(`/apis/external-secrets.io/v1/namespaces/${ns}/externalsecrets`);
    const targets = (list.items as KubeObject[]).map((o) => (o.spec as { target: { name: string } }).target.name).sort();
    expect(targets).toEqual(['aeterna-postgresql', 'aeterna-postgresql-admin', 'aeterna-postgresql-tls']);
    const deployment = JSON.stringify((await cluster.api.get(`/apis/apps/v1/namespaces/${ns}/deployments/aeterna`)).spec);
    expect(deployment).toContain('"secretKeyRef":{"name":"aeterna-postgresql","key":"password"}');
    expect(deployment).toContain('"secretName":"aeterna-postgresql-tls"');
    const jobs = JSON.stringify((await cluster.api.get(`/apis/batch/v1/namespaces/${ns}/jobs`)).items);
    expect(jobs).toContain('"secretKeyRef":{"name":"aeterna-postgresql-admin","key":"password"}');
  });
});
