/**
 * The clusters people deploy to, as profiles to combine: a plain cluster, plus the Prometheus Operator, Gateway API,
 * cert-manager. Only the Prometheus Operator changes this chart's render today (ServiceMonitor, PrometheusRule);
 * the others exist because the exports (Argo CD, Flux) carry the cluster's APIs, and other charts of the same
 * Application may use them. Each lists its group versions and their kinds, as a cluster's discovery reports them
 * to helm install (see ./api-versions.ts for why the kinds).
 */
import { groupVersionOf, normalizeApiVersions } from './api-versions';
import type { ClusterProfile } from './profile';

export interface ClusterPreset {
  id: 'prometheus-operator' | 'gateway-api' | 'cert-manager';
  label: string;
  /** Where the APIs come from, for the control's description. */
  source: string;
  apiVersions: string[];
}

const kinds = (gv: string, names: string[]) => [gv, ...names.map((k) => `${gv}/${k}`)];

export const CLUSTER_PRESETS: readonly ClusterPreset[] = [
  {
    id: 'prometheus-operator',
    label: 'Prometheus Operator',
    source: 'monitoring.coreos.com (kube-prometheus-stack, prometheus-operator)',
    apiVersions: [
      ...kinds('monitoring.coreos.com/v1', [
        'Alertmanager',
        'PodMonitor',
        'Probe',
        'Prometheus',
        'PrometheusRule',
        'ServiceMonitor',
        'ThanosRuler',
      ]),
      ...kinds('monitoring.coreos.com/v1alpha1', ['AlertmanagerConfig', 'PrometheusAgent', 'ScrapeConfig']),
    ],
  },
  {
    id: 'gateway-api',
    label: 'Gateway API',
    source: 'gateway.networking.k8s.io (the standard channel)',
    apiVersions: [
      ...kinds('gateway.networking.k8s.io/v1', ['GatewayClass', 'Gateway', 'HTTPRoute', 'GRPCRoute']),
      ...kinds('gateway.networking.k8s.io/v1beta1', ['GatewayClass', 'Gateway', 'HTTPRoute', 'ReferenceGrant']),
    ],
  },
  {
    id: 'cert-manager',
    label: 'cert-manager',
    source: 'cert-manager.io, acme.cert-manager.io',
    apiVersions: [
      ...kinds('cert-manager.io/v1', ['Certificate', 'CertificateRequest', 'ClusterIssuer', 'Issuer']),
      ...kinds('acme.cert-manager.io/v1', ['Challenge', 'Order']),
    ],
  },
];

export type ClusterPresetId = ClusterPreset['id'];

/** Whether the profile serves everything the preset lists. */
export function hasPreset(profile: ClusterProfile, id: ClusterPresetId): boolean {
  const served = new Set(profile.apiVersions);
  return presetById(id).apiVersions.every((v) => served.has(v));
}

/** The presets the profile serves in full (what the control shows checked). */
export function presetsOf(profile: ClusterProfile): ClusterPresetId[] {
  return CLUSTER_PRESETS.filter((p) => hasPreset(profile, p.id)).map((p) => p.id);
}

/** The profile with the preset's APIs added (on) or removed (off); other APIs stay. */
export function withPreset(profile: ClusterProfile, id: ClusterPresetId, on: boolean): ClusterProfile {
  const own = new Set(presetById(id).apiVersions);
  const rest = profile.apiVersions.filter((v) => !own.has(v));
  return { ...profile, apiVersions: normalizeApiVersions(on ? [...rest, ...own] : rest) };
}

/**
 * The entries with the kinds of every group version a preset knows (`monitoring.coreos.com/v1` brings
 * `monitoring.coreos.com/v1/ServiceMonitor`, …): what the cluster's discovery would tell helm install.
 */
export function withKnownKinds(entries: readonly string[]): string[] {
  const listed = new Set(entries);
  const out = [...entries];
  for (const preset of CLUSTER_PRESETS) {
    for (const v of preset.apiVersions) if (listed.has(groupVersionOf(v))) out.push(v);
  }
  return normalizeApiVersions(out);
}

function presetById(id: ClusterPresetId): ClusterPreset {
  return CLUSTER_PRESETS.find((p) => p.id === id)!;
}

/** The API versions of the profile that no preset it serves in full lists: what a paste brought beyond them. */
export function otherApiVersions(profile: ClusterProfile): string[] {
  const inPresets = new Set(CLUSTER_PRESETS.filter((p) => hasPreset(profile, p.id)).flatMap((p) => p.apiVersions));
  return profile.apiVersions.filter((v) => !inPresets.has(v));
}

/**
 * The profile on one line, for the folded control: the version, the presets it serves and how many other API
 * versions a paste brought ("Kubernetes 1.31.4 with Prometheus Operator and 3 other API versions").
 */
export function describeProfile(profile: ClusterProfile): string {
  const parts = CLUSTER_PRESETS.filter((p) => hasPreset(profile, p.id)).map((p) => p.label);
  const others = otherApiVersions(profile).length;
  if (others > 0) parts.push(`${others} other API version${others === 1 ? '' : 's'}`);
  if (parts.length === 0) return `Kubernetes ${profile.kubeVersion}, a plain cluster`;
  const listed = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `Kubernetes ${profile.kubeVersion} with ${listed}`;
}
