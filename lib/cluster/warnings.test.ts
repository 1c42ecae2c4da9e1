import { describe, expect, it } from 'vitest';
import { chartMetadata, readChartText } from '@/lib/chart/files';
import { notesWarnings } from '@/lib/chart/notes-warnings';
import { withPreset } from './presets';
import { PLAIN_CLUSTER } from './profile';
import { clusterChecksOf, clusterWarnings } from './warnings';
import { kubeVersionRangeOf } from './kube-version-range';

// test/chart/cluster-profile.test.ts proves these texts are what helm prints for the same values and cluster.
const checks = clusterChecksOf(
  kubeVersionRangeOf(chartMetadata().kubeVersion as string),
  notesWarnings(readChartText('templates/NOTES.txt')!),
);
const SM =
  'WARNING: metrics.serviceMonitor.enabled is true but the cluster does not serve monitoring.coreos.com/v1: no ServiceMonitor was created. Install the Prometheus Operator CRDs, or set metrics.serviceMonitor.forceRender=true.';
const PR =
  'WARNING: metrics.prometheusRule.enabled is true but the cluster does not serve monitoring.coreos.com/v1 PrometheusRule: no alert rules were created. Install the Prometheus Operator CRDs, or set metrics.prometheusRule.forceRender=true.';

describe('the target cluster’s warnings', () => {
  it('a ServiceMonitor asked for on a plain cluster: the NOTES warning, at the value', () => {
    expect(clusterWarnings(checks, PLAIN_CLUSTER, { metrics: { serviceMonitor: { enabled: true } } })).toEqual([
      { path: ['metrics', 'serviceMonitor', 'enabled'], message: SM },
    ]);
    expect(clusterWarnings(checks, PLAIN_CLUSTER, { metrics: { prometheusRule: { enabled: true } } })).toEqual([
      { path: ['metrics', 'prometheusRule', 'enabled'], message: PR },
    ]);
  });

  it('none with the Prometheus Operator, none with forceRender, none when not asked for', () => {
    const on = { metrics: { serviceMonitor: { enabled: true }, prometheusRule: { enabled: true } } };
    expect(clusterWarnings(checks, withPreset(PLAIN_CLUSTER, 'prometheus-operator', true), on)).toEqual([]);
    expect(clusterWarnings(checks, PLAIN_CLUSTER, { metrics: { serviceMonitor: { enabled: true, forceRender: true } } })).toEqual([]);
    expect(clusterWarnings(checks, PLAIN_CLUSTER, {})).toEqual([]);
  });

  it('Kubernetes below the chart’s kubeVersion: helm’s refusal', () => {
    expect(clusterWarnings(checks, { kubeVersion: '1.28.15', apiVersions: [] }, {})).toEqual([
      { path: [], message: 'chart requires kubeVersion: >=1.29.0-0 which is incompatible with Kubernetes v1.28.15' },
    ]);
  });

  it('stops the build when NOTES.txt no longer has a warning the form shows', () => {
    expect(() => clusterChecksOf(kubeVersionRangeOf('>=1.29.0-0'), [])).toThrow(
      'NOTES.txt has no warning under {{- if and .Values.metrics.serviceMonitor.enabled (not (include "aeterna.serviceMonitor.render" .)) }}',
    );
  });
});
