import { describe, expect, it } from 'vitest';
import { CLUSTER_PRESETS, describeProfile, otherApiVersions, presetsOf, withKnownKinds, withPreset } from './presets';
import { isApiVersion, isKubernetesBuiltIn } from './api-versions';
import { PLAIN_CLUSTER } from './profile';

describe('cluster presets', () => {
  it('the plain cluster serves none of them', () => {
    expect(presetsOf(PLAIN_CLUSTER)).toEqual([]);
  });

  it('the Prometheus Operator brings the kinds the chart gates on', () => {
    const p = withPreset(PLAIN_CLUSTER, 'prometheus-operator', true);
    expect(p.kubeVersion).toBe(PLAIN_CLUSTER.kubeVersion);
    expect(p.apiVersions).toEqual(
      expect.arrayContaining([
        'monitoring.coreos.com/v1',
        'monitoring.coreos.com/v1/ServiceMonitor',
        'monitoring.coreos.com/v1/PrometheusRule',
      ]),
    );
    expect(presetsOf(p)).toEqual(['prometheus-operator']);
  });

  it('combine, and each comes off alone', () => {
    let p = withPreset(PLAIN_CLUSTER, 'cert-manager', true);
    p = withPreset(p, 'gateway-api', true);
    p = withPreset(p, 'prometheus-operator', true);
    expect(presetsOf(p)).toEqual(['prometheus-operator', 'gateway-api', 'cert-manager']);
    p = withPreset(p, 'gateway-api', false);
    expect(presetsOf(p)).toEqual(['prometheus-operator', 'cert-manager']);
    expect(p.apiVersions.some((v) => v.startsWith('gateway.networking.k8s.io'))).toBe(false);
    expect(withPreset(withPreset(p, 'prometheus-operator', false), 'cert-manager', false)).toEqual(PLAIN_CLUSTER);
  });

  it('keep APIs that came from elsewhere (a paste) when one is turned off', () => {
    const p = withPreset({ kubeVersion: '1.30.0', apiVersions: ['example.com/v1'] }, 'prometheus-operator', true);
    expect(withPreset(p, 'prometheus-operator', false).apiVersions).toEqual(['example.com/v1']);
  });

  it('list only entries --api-versions takes, none of Kubernetes’ own, sorted order does not matter', () => {
    for (const preset of CLUSTER_PRESETS) {
      for (const v of preset.apiVersions) {
        expect(isApiVersion(v), v).toBe(true);
        expect(isKubernetesBuiltIn(v), v).toBe(false);
      }
    }
  });

  it('a listed group version brings the kinds of its preset, and only those', () => {
    expect(withKnownKinds(['cert-manager.io/v1'])).toEqual([
      'cert-manager.io/v1',
      'cert-manager.io/v1/Certificate',
      'cert-manager.io/v1/CertificateRequest',
      'cert-manager.io/v1/ClusterIssuer',
      'cert-manager.io/v1/Issuer',
    ]);
    expect(withKnownKinds(['example.com/v1'])).toEqual(['example.com/v1']);
  });

  it('says the profile on one line: version, presets, and what else a paste brought', () => {
    expect(describeProfile(PLAIN_CLUSTER)).toBe('Kubernetes 1.36.0, a plain cluster');
    let p = withPreset({ ...PLAIN_CLUSTER, kubeVersion: '1.31.4' }, 'prometheus-operator', true);
    expect(describeProfile(p)).toBe('Kubernetes 1.31.4 with Prometheus Operator');
    p = withPreset(p, 'cert-manager', true);
    p = { ...p, apiVersions: [...p.apiVersions, 'example.com/v1'] };
    expect(describeProfile(p)).toBe('Kubernetes 1.31.4 with Prometheus Operator, cert-manager and 1 other API version');
    expect(otherApiVersions(p)).toEqual(['example.com/v1']);
    // Half a preset is not the preset: its entries count as other API versions.
    const half = { ...PLAIN_CLUSTER, apiVersions: ['gateway.networking.k8s.io/v1', 'x.io/v1'] };
    expect(otherApiVersions(half)).toEqual(['gateway.networking.k8s.io/v1', 'x.io/v1']);
    expect(describeProfile(half)).toBe('Kubernetes 1.36.0 with 2 other API versions');
  });
});
