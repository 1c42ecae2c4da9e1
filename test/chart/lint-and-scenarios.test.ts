/**
 * Real-helm proof of the chart as a whole:
 * - `helm lint --strict` of the chart folder and of the packaged archive, with Helm 4 and Helm 3, for the defaults,
 *   both presets and every scenario;
 * - every scenario rendered at the oldest and newest supported Kubernetes versions, each of our manifests validated
 *   strictly against the Kubernetes schemas (unknown fields are errors), the ServiceMonitor against its CRD schema,
 *   and every pod spec checked against the restricted Pod Security Standard.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatIssues, validateManifest, validateManifests } from '../support/k8s-schema';
import { CHART_DIR, chartCopyWithStandIns, helm, helmPackage, mapLimit, removeChartCopy, type HelmBin } from '../support/chart-copy';
import { restrictedViolations, type PodSpecLike } from '../support/pss';
import { get, isStandIn, one, parseManifests, render, templateRaw, valuesArgs, type Manifest } from '../support/render';
import { ALL_SCENARIOS, KUBE_VERSIONS, type Scenario } from '../support/scenarios';

const CONCURRENCY = 3;
const SERVICE_MONITOR_API = 'monitoring.coreos.com/v1/ServiceMonitor';
const PROMETHEUS_RULE_API = 'monitoring.coreos.com/v1/PrometheusRule';

let dir: string;
let tgz: string;

beforeAll(async () => {
  dir = await chartCopyWithStandIns({ withUnitTests: false });
  tgz = await helmPackage(dir);
});

afterAll(async () => {
  if (dir) await removeChartCopy(dir);
});

describe('packaged chart', () => {
  it('contains what users need and none of the repository-only files', async () => {
    const { stdout } = await helm(['show', 'chart', tgz]);
    const source = parse(await readFile(path.join(CHART_DIR, 'Chart.yaml'), 'utf8')) as { version: string; appVersion: string };
    expect(parse(stdout)).toMatchObject({ name: 'aeterna', version: source.version, appVersion: source.appVersion });
    const tar = await import('tar');
    const files: string[] = [];
    await tar.list({ file: tgz, onReadEntry: (e) => void files.push(e.path) });
    for (const f of [
      'README.md',
      'UPGRADING.md',
      'values.yaml',
      'values.schema.json',
      'values-local.yaml',
      'values-production.yaml',
      'values-eks.yaml',
      'values-gke.yaml',
      'values-aks.yaml',
      'dashboards/aeterna.json',
      'Chart.lock',
      'templates/tests/test-redis.yaml',
      'charts/redis/Chart.yaml',
      'charts/postgresql/Chart.yaml',
      'charts/qdrant/Chart.yaml',
    ]) {
      expect(files, f).toContain(`aeterna/${f}`);
    }
    expect(files.filter((f) => f.startsWith('aeterna/tests/'))).toEqual([]);
  });
});

describe('helm lint --strict', () => {
  const cases = [{ name: 'defaults' } as Scenario, ...ALL_SCENARIOS];
  const bins: HelmBin[] = ['helm', 'helm3'];
  it.each(bins)('passes with %s for the folder and the archive, for defaults, presets and every scenario', async (bin) => {
    const jobs = cases.flatMap((s) => [dir, tgz].map((target) => ({ s, target })));
    const failures = (
      await mapLimit(jobs, CONCURRENCY, async ({ s, target }) => {
        const args = ['lint', target, '--strict', ...(await valuesArgs(dir, s))];
        if (bin === 'helm3') args.push('--kube-version', KUBE_VERSIONS[0]);
        const r = await helm(args, { bin, check: false });
        return r.code === 0 ? '' : `${s.name} (${path.basename(target)}): ${r.stdout}${r.stderr}`;
      })
    ).filter(Boolean);
    expect(failures).toEqual([]);
  });
});

function podSpecs(manifests: Manifest[]): Array<{ name: string; spec: PodSpecLike }> {
  return manifests.flatMap((m) => {
    if (m.kind === 'Pod') return [{ name: m.metadata.name, spec: get<PodSpecLike>(m, 'spec') }];
    if (m.kind === 'Deployment') return [{ name: m.metadata.name, spec: get<PodSpecLike>(m, 'spec', 'template', 'spec') }];
    return [];
  });
}

describe('scenario matrix: rendered at the oldest and newest Kubernetes, validated strictly', () => {
  const jobs = ALL_SCENARIOS.flatMap((s) => KUBE_VERSIONS.flatMap((k) => (['helm', 'helm3'] as HelmBin[]).map((bin) => ({ s, k, bin }))));
  it(`renders ${jobs.length} combinations (scenarios x Kubernetes versions x Helm 4/3) to valid, restricted manifests`, async () => {
    const problems = (
      await mapLimit(jobs, CONCURRENCY, async ({ s, k, bin }) => {
        const r = await templateRaw(dir, {
          values: s.values,
          valuesFiles: s.valuesFiles,
          kubeVersion: k,
          bin,
          apiVersions: [SERVICE_MONITOR_API, PROMETHEUS_RULE_API],
        });
        if (r.code !== 0) return [`${s.name} k8s ${k} ${bin}: helm template failed: ${r.stderr}`];
        const manifests = parseManifests(r.stdout);
        const ours = manifests.filter((m) => !isStandIn(m));
        const results = await validateManifests(ours);
        const out: string[] = [];
        const issues = formatIssues(
          results,
          ours.map((m) => m.metadata.name),
        );
        if (issues) out.push(`${s.name} k8s ${k} ${bin}:\n${issues}`);
        for (const p of podSpecs(ours)) {
          for (const v of restrictedViolations(p.spec)) out.push(`${s.name} k8s ${k} ${bin}: ${p.name}: ${v}`);
        }
        if (!ours.some((m) => m.kind === 'Deployment')) out.push(`${s.name}: no Deployment rendered`);
        return out;
      })
    ).flat();
    expect(problems).toEqual([]);
  });

  it('refuses Kubernetes versions older than Chart.yaml kubeVersion (>=1.29.0-0)', async () => {
    for (const bin of ['helm', 'helm3'] as HelmBin[]) {
      const r = await helm(['template', 'rel', dir, '--kube-version', '1.28.9'], { bin, check: false });
      expect(r.code, bin).not.toBe(0);
      expect(r.stderr, bin).toMatch(/kubeVersion|Kubernetes version/i);
    }
  });

  it('the production preset renders every optional resource, the ServiceMonitor and PrometheusRule included', async () => {
    const m = await render(dir, { valuesFiles: ['values-production.yaml'], apiVersions: [SERVICE_MONITOR_API, PROMETHEUS_RULE_API] });
    for (const kind of ['HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Ingress', 'NetworkPolicy', 'ServiceMonitor', 'PrometheusRule']) {
      expect(() => one(m, kind), kind).not.toThrow();
    }
    expect((await validateManifest(one(m, 'ServiceMonitor'))).issues).toEqual([]);
    expect((await validateManifest(one(m, 'PrometheusRule'))).issues).toEqual([]);
    expect(get(one(m, 'Deployment'), 'spec', 'replicas')).toBeUndefined();
  });

  it('catches a misspelt field in a rendered manifest (readinessProbe -> readinesProbe)', async () => {
    const m = await render(dir);
    const deployment = structuredClone(one(m, 'Deployment'));
    const container = get<Record<string, unknown>[]>(deployment, 'spec', 'template', 'spec', 'containers')[0]!;
    container.readinesProbe = container.readinessProbe;
    delete container.readinessProbe;
    const r = await validateManifest(deployment);
    expect(r.valid).toBe(false);
    expect(r.issues).toContainEqual({ path: '/spec/template/spec/containers/0/readinesProbe', message: 'unknown field "readinesProbe"' });
  });

  it('catches a misspelt field passed through values into a manifest (extraEnv valu)', async () => {
    const m = await render(dir, { values: { aeterna: { extraEnv: [{ name: 'X', valu: 'y' }] } } });
    const r = await validateManifest(one(m, 'Deployment'));
    expect(r.issues.map((i) => i.message)).toContain('unknown field "valu"');
  });
});
