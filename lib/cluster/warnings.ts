/**
 * What the form warns of for the target cluster, in the words the helm command line prints:
 * - a value that asks for a resource of an API the cluster does not serve (metrics.serviceMonitor.enabled without
 *   monitoring.coreos.com/v1/ServiceMonitor): the chart then skips the resource and its NOTES say so; the text is
 *   the NOTES warning itself (lib/chart/notes-warnings.ts), found by its condition;
 * - a Kubernetes version outside the chart's `kubeVersion`, which helm refuses (./kube-version.ts).
 * The page works the texts out from the chart on the server (clusterChecksOf) and the form evaluates them.
 */
import type { NotesWarning } from '@/lib/chart/notes-warnings';
import { getIn, type JsonObject } from '@/lib/values/coalesce';
import { kubeVersionIncompatible, type KubeVersionRange } from './kube-version';
import type { ClusterProfile } from './profile';

/**
 * The chart's resources gated on an API (templates/_capabilities.tpl): rendered when `value` is true and the
 * cluster serves `apiVersion`, or `force` is true. The chart tests check this table against the template.
 */
export const CAPABILITY_GATES = [
  {
    value: 'metrics.serviceMonitor.enabled',
    force: 'metrics.serviceMonitor.forceRender',
    apiVersion: 'monitoring.coreos.com/v1/ServiceMonitor',
    helper: 'aeterna.serviceMonitor.render',
  },
  {
    value: 'metrics.prometheusRule.enabled',
    force: 'metrics.prometheusRule.forceRender',
    apiVersion: 'monitoring.coreos.com/v1/PrometheusRule',
    helper: 'aeterna.prometheusRule.render',
  },
] as const;

type CapabilityGate = (typeof CAPABILITY_GATES)[number];

/** What the form needs from the chart to warn: its kubeVersion range, and each gate's NOTES warning. */
export interface ClusterChecks {
  kubeVersion?: KubeVersionRange;
  gates: (CapabilityGate & { message: string })[];
}

/** The NOTES condition of a gate's warning: asked for, and not rendered. */
const gateCondition = (g: CapabilityGate) => `and .Values.${g.value} (not (include "${g.helper}" .))`;

/** Fails the build when NOTES.txt no longer warns of a gate as the form expects (the page would otherwise go quiet). */
export function clusterChecksOf(kubeVersion: KubeVersionRange | undefined, notes: readonly NotesWarning[]): ClusterChecks {
  return {
    kubeVersion,
    gates: CAPABILITY_GATES.map((g) => {
      const found = notes.find((n) => n.condition === gateCondition(g));
      if (!found)
        throw new Error(`NOTES.txt has no warning under {{- if ${gateCondition(g)} }}: the form's warning for ${g.value} has no text`);
      return { ...g, message: found.text };
    }),
  };
}

export interface ClusterWarning {
  /** The value the warning is about (empty: the cluster itself). */
  path: string[];
  message: string;
}

export function clusterWarnings(checks: ClusterChecks, profile: ClusterProfile, effective: JsonObject): ClusterWarning[] {
  const out: ClusterWarning[] = [];
  const refused = kubeVersionIncompatible(checks.kubeVersion, profile.kubeVersion);
  if (refused) out.push({ path: [], message: refused });
  const served = new Set(profile.apiVersions);
  for (const g of checks.gates) {
    const on = (p: string) => getIn(effective, p.split('.')) === true;
    if (on(g.value) && !on(g.force) && !served.has(g.apiVersion)) out.push({ path: g.value.split('.'), message: g.message });
  }
  return out;
}
