/**
 * The target-cluster profile says what helm says (lib/cluster/): the form's warnings are the words helm install
 * prints for the same values and cluster, and the gates the form evaluates are the ones the templates apply.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notesWarnings } from '../../lib/chart/notes-warnings';
import { chartMetadata, readChartText } from '../../lib/chart/files';
import { withPreset } from '../../lib/cluster/presets';
import { PLAIN_CLUSTER, type ClusterProfile } from '../../lib/cluster/profile';
import { CAPABILITY_GATES, clusterChecksOf, clusterWarnings } from '../../lib/cluster/warnings';
import { kubeVersionRangeOf } from '../../lib/cluster/kube-version-range';
import { chartCopyWithStandIns, helm, removeChartCopy } from '../support/chart-copy';
import { GENERATE_WITHOUT_CLUSTER, valuesArgs } from '../support/render';

let dir: string;
beforeAll(async () => {
  dir = await chartCopyWithStandIns();
});
afterAll(async () => {
  await removeChartCopy(dir);
});

const checks = clusterChecksOf(
  kubeVersionRangeOf(chartMetadata().kubeVersion as string),
  notesWarnings(readChartText('templates/NOTES.txt')!),
);

/**
 * `helm template` for this cluster (install takes no --kube-version or --api-versions), and the NOTES of `helm
 * install --dry-run=client`, whose cluster is Helm's default one: the plain cluster's APIs.
 */
async function template(values: Record<string, unknown>, profile: ClusterProfile) {
  return helm(
    [
      'template',
      'rel',
      dir,
      '--kube-version',
      profile.kubeVersion,
      ...profile.apiVersions.flatMap((v) => ['--api-versions', v]),
      ...(await valuesArgs(dir, { values: { ...GENERATE_WITHOUT_CLUSTER, ...values } })),
    ],
    { check: false },
  );
}

async function plainInstallNotes(values: Record<string, unknown>): Promise<string> {
  const r = await helm([
    'install',
    'rel',
    dir,
    '--dry-run=client',
    ...(await valuesArgs(dir, { values: { ...GENERATE_WITHOUT_CLUSTER, ...values } })),
  ]);
  // NOTES wrap their lines; the form shows a warning as one line.
  return r.stdout.slice(r.stdout.indexOf('NOTES:')).replace(/\s*\n\s*/g, ' ');
}

const MONITORING = { metrics: { serviceMonitor: { enabled: true }, prometheusRule: { enabled: true } } };
const MONITORING_FORCED = {
  metrics: { serviceMonitor: { enabled: true, forceRender: true }, prometheusRule: { enabled: true, forceRender: true } },
};

describe('the form warns as helm does', () => {
  it('a plain cluster with the ServiceMonitor and the PrometheusRule asked for: the NOTES warnings, word for word', async () => {
    const warnings = clusterWarnings(checks, PLAIN_CLUSTER, MONITORING);
    expect(warnings.map((w) => w.path.join('.'))).toEqual(['metrics.serviceMonitor.enabled', 'metrics.prometheusRule.enabled']);
    const notes = await plainInstallNotes(MONITORING);
    for (const w of warnings) expect(notes).toContain(w.message);
    expect((await template(MONITORING, PLAIN_CLUSTER)).stdout).not.toMatch(/^kind: (ServiceMonitor|PrometheusRule)$/m);
  });

  it('the Prometheus Operator preset: the resources render, and the form does not warn', async () => {
    const profile = withPreset(PLAIN_CLUSTER, 'prometheus-operator', true);
    expect(clusterWarnings(checks, profile, MONITORING)).toEqual([]);
    const r = await template(MONITORING, profile);
    expect(r.stdout).toMatch(/^kind: ServiceMonitor$/m);
    expect(r.stdout).toMatch(/^kind: PrometheusRule$/m);
  });

  it('forceRender: rendered without the API, no warning either side', async () => {
    expect(clusterWarnings(checks, PLAIN_CLUSTER, MONITORING_FORCED)).toEqual([]);
    expect((await template(MONITORING_FORCED, PLAIN_CLUSTER)).stdout).toMatch(/^kind: ServiceMonitor$/m);
    const notes = await plainInstallNotes(MONITORING_FORCED);
    for (const g of checks.gates) expect(notes).not.toContain(g.message);
  });

  it("a Kubernetes version below the chart's kubeVersion: helm's error, word for word", async () => {
    const old = { kubeVersion: '1.28.15', apiVersions: [] };
    const [w, ...more] = clusterWarnings(checks, old, {});
    expect(more).toEqual([]);
    const r = await template({}, old);
    expect(r.code).not.toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(`Error: ${w!.message}`);
    expect((await template({}, { kubeVersion: '1.29.0', apiVersions: [] })).code).toBe(0);
  });
});

describe('the gates the form evaluates are the templates’ own', () => {
  const tpl = readChartText('templates/_capabilities.tpl')!;
  it.each(CAPABILITY_GATES.map((g) => [g.value, g] as const))('%s', (_, g) => {
    const body = new RegExp(`define "${g.helper.replace(/\./g, '\\.')}"[\\s\\S]*?\\{\\{- end \\}\\}`).exec(tpl)?.[0] ?? '';
    expect(body).toContain(`.Values.${g.value}`);
    expect(body).toContain(`.Values.${g.force}`);
    expect(body).toContain(`.Capabilities.APIVersions.Has "${g.apiVersion}"`);
  });
});
