/**
 * What the chart asks of the cluster, answered by a real API server (Helm 4 and Helm 3): the default IngressClass
 * (lookup), the Prometheus Operator's kinds (Capabilities.APIVersions, with the CRDs from prometheus-operator's
 * own module), and a server-side dry run of every scenario: `helm install --dry-run=server`, then each rendered
 * object (hooks included) created with dryRun=All and strict field validation in a namespace enforcing Pod
 * Security "restricted", so the API's schemas, the CRDs' schemas and every admission plugin judge it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INGRESS_NAMESPACE } from '../support/rule-cases';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { chartCopyWithStandIns, realSubchartArchivesDir, mapLimit, removeChartCopy, REPO_ROOT, type HelmBin } from '../support/chart-copy';
import { startTestCluster, type TestCluster } from '../support/test-cluster';
import { createReleaseServiceAccounts, releaseObjects, type DryRunRelease } from '../support/dry-run-release';
import { BOOT_SCENARIOS, type BootScenario } from '../support/boot-scenarios';
import { waitFor, KubeApiError } from '../support/kube-api';

const BINS: HelmBin[] = ['helm', 'helm3'];
const RESTRICTED = { 'pod-security.kubernetes.io/enforce': 'restricted' };
const CRD_DIR = path.join(REPO_ROOT, '.tools', 'prometheus-operator-crds');
const MONITORING = { metrics: { serviceMonitor: { enabled: true }, prometheusRule: { enabled: true } } };
const PUBLISHED = {
  ingress: { enabled: true },
  auth: { acknowledgeUnauthenticatedExposure: true },
  networkPolicy: { allowedClients: [INGRESS_NAMESPACE] },
};

/**
 * Refusals the chart cannot fix, each documented: the real Qdrant chart's own test Pod (a `helm test` hook) sets no
 * security context, so a "restricted" namespace refuses it (content/docs/helm-test.md and security.md give the `helm test --filter`). Only the real
 * subchart has it (AETERNA_SUBCHART_ARCHIVES); the stand-ins do not.
 */
const KNOWN_REFUSALS = [/^Pod\/aeterna-qdrant-test-db-interaction: .*violates PodSecurity "restricted:latest"/];

let cluster: TestCluster;
let chartDir: string;
let n = 0;

beforeAll(async () => {
  [cluster, chartDir] = await Promise.all([
    startTestCluster(),
    chartCopyWithStandIns({ withUnitTests: false, subchartArchivesDir: realSubchartArchivesDir() }),
  ]);
});

afterAll(async () => {
  await cluster?.stop();
  if (chartDir) await removeChartCopy(chartDir);
});

function valuesFile(values: Record<string, unknown>): string {
  const file = path.join(path.dirname(chartDir), `values-${n++}.json`);
  writeFileSync(file, JSON.stringify(values));
  return file;
}

async function install(bin: HelmBin, ns: string, values: Record<string, unknown>): Promise<string> {
  await cluster.namespace(ns, RESTRICTED);
  return (await cluster.helm(['install', 'aeterna', chartDir, '-n', ns, '-f', valuesFile(values)], { bin })).stdout;
}

const ingress = (ns: string) => cluster.api.get(`/apis/networking.k8s.io/v1/namespaces/${ns}/ingresses/aeterna`);
const monitoringObjects = async (ns: string) => ({
  serviceMonitor: await cluster.api.find(`/apis/monitoring.coreos.com/v1/namespaces/${ns}/servicemonitors/aeterna`).catch(() => undefined),
  prometheusRule: await cluster.api.find(`/apis/monitoring.coreos.com/v1/namespaces/${ns}/prometheusrules/aeterna`).catch(() => undefined),
});

describe.each(BINS)('%s on a cluster without an IngressClass or the Prometheus Operator CRDs', (bin) => {
  it('sets no IngressClass and the NOTES warn about it', async () => {
    const ns = `${bin}-no-class`;
    const out = await install(bin, ns, PUBLISHED);
    expect((await ingress(ns)).spec.ingressClassName).toBeUndefined();
    expect(out).toContain('WARNING: the Ingress has no IngressClass (ingress.className is empty and no default IngressClass was found).');
  });

  it('creates no ServiceMonitor or PrometheusRule and the NOTES say why', async () => {
    const ns = `${bin}-no-crds`;
    const out = await install(bin, ns, MONITORING);
    const manifest = (await cluster.helm(['get', 'manifest', 'aeterna', '-n', ns], { bin })).stdout;
    expect(manifest).not.toMatch(/^kind: (ServiceMonitor|PrometheusRule)$/m);
    expect(out).toContain('WARNING: metrics.serviceMonitor.enabled is true but the cluster does not serve monitoring.coreos.com/v1');
    expect(out).toContain('WARNING: metrics.prometheusRule.enabled is true but the cluster does not serve monitoring.coreos.com/v1');
  });
});

describe('with IngressClass objects', () => {
  beforeAll(async () => {
    const ic = (name: string, isDefault: boolean) => ({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'IngressClass',
      metadata: { name, ...(isDefault ? { annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } } : {}) },
      spec: { controller: `example.com/${name}` },
    });
    await cluster.apply(ic('nginx', false));
    await cluster.apply(ic('traefik', true));
  });

  it.each(BINS)('%s: the Ingress takes the default class, not just any class', async (bin) => {
    const ns = `${bin}-default-class`;
    const out = await install(bin, ns, PUBLISHED);
    expect((await ingress(ns)).spec.ingressClassName).toBe('traefik');
    expect(out).toContain('IngressClass: traefik');
  });

  it.each(BINS)('%s: an explicit ingress.className wins over the default', async (bin) => {
    const ns = `${bin}-explicit-class`;
    await install(bin, ns, { ...PUBLISHED, ingress: { enabled: true, className: 'nginx' } });
    expect((await ingress(ns)).spec.ingressClassName).toBe('nginx');
  });
});

describe('with the Prometheus Operator CRDs installed', () => {
  beforeAll(async () => {
    for (const file of readdirSync(CRD_DIR).filter((f) => f.endsWith('.yaml'))) {
      await cluster.apply(parse(readFileSync(path.join(CRD_DIR, file), 'utf8')));
    }
    for (const crd of ['servicemonitors', 'prometheusrules']) {
      await waitFor(`CRD ${crd} established`, async () => {
        const o = await cluster.api.get(`/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${crd}.monitoring.coreos.com`);
        return o.status?.conditions?.some((c: { type: string; status: string }) => c.type === 'Established' && c.status === 'True')
          ? true
          : undefined;
      });
    }
    await waitFor('monitoring.coreos.com/v1 in discovery', async () =>
      (await cluster.api.collectionPath('monitoring.coreos.com/v1', 'ServiceMonitor', 'x')) ? true : undefined,
    );
  });

  it.each(BINS)('%s: the ServiceMonitor and the PrometheusRule are created, and no warning is printed', async (bin) => {
    const ns = `${bin}-crds`;
    const out = await install(bin, ns, MONITORING);
    const { serviceMonitor, prometheusRule } = await monitoringObjects(ns);
    expect(serviceMonitor?.spec.endpoints.length).toBeGreaterThan(0);
    expect(prometheusRule?.spec.groups.length).toBeGreaterThan(0);
    expect(out).not.toContain('does not serve monitoring.coreos.com/v1');
  });

  describe.each(BINS)('%s install --dry-run=server, then every object dry-run created on the API server', (bin) => {
    const ns = `${bin}-dry-run`;
    const scenarios: BootScenario[] = [
      ...BOOT_SCENARIOS.filter((s) => !s.extraArgs?.length),
      { name: 'ServiceMonitor and PrometheusRule (CRD schemas)', values: MONITORING },
    ];
    const results = new Map<string, { kinds: string[]; problems: string[] }>();

    beforeAll(async () => {
      await cluster.namespace(ns, RESTRICTED);
      // helm is CPU-bound; two at a time on 2 cores.
      await mapLimit(scenarios, 2, async (s) => {
        const args = ['install', 'aeterna', chartDir, '-n', ns, '--dry-run=server', '-o', 'json'];
        for (const f of s.valuesFiles ?? []) args.push('-f', path.join(chartDir, f));
        if (s.values) args.push('-f', valuesFile(s.values));
        const release = JSON.parse((await cluster.helm(args, { bin })).stdout) as DryRunRelease;
        const docs = releaseObjects(release);
        const problems: string[] = [];
        await createReleaseServiceAccounts(cluster, docs, ns);
        for (const doc of docs.filter((d) => d.kind !== 'ServiceAccount')) {
          const id = `${doc.kind}/${doc.metadata.name}`;
          try {
            for (const w of await cluster.api.dryRunCreate(doc, ns)) problems.push(`${id}: warning: ${w}`);
          } catch (e) {
            problems.push(`${id}: ${e instanceof KubeApiError ? (JSON.parse(e.body) as { message: string }).message : String(e)}`);
          }
        }
        results.set(s.name, { kinds: docs.map((d) => d.kind), problems });
      });
    });

    it.each(scenarios.map((s) => [s.name]))('%s: the API server accepts every object, without a warning', (name) => {
      const r = results.get(name)!;
      expect(r.kinds).toContain('Deployment');
      expect(r.problems.filter((p) => !KNOWN_REFUSALS.some((k) => k.test(p)))).toEqual([]);
    });

    it('validated the ServiceMonitor and PrometheusRule against the CRDs', () => {
      expect(results.get('ServiceMonitor and PrometheusRule (CRD schemas)')!.kinds).toEqual(
        expect.arrayContaining(['ServiceMonitor', 'PrometheusRule']),
      );
    });
  });
});
