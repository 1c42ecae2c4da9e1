/**
 * The cluster a release is meant for, as `helm template --kube-version … --api-versions …` needs it: without it a
 * render cannot know which optional APIs (ServiceMonitor, PrometheusRule, …) the cluster serves, and resources that
 * depend on them vanish silently (cert-manager#5162, Kong/charts#478). The manifests view, the exports and the form's
 * warnings all read this one object.
 */
export interface ClusterProfile {
  /** Kubernetes version, `major.minor.patch` without a leading "v" (what `--kube-version` takes). */
  kubeVersion: string;
  /**
   * API group versions and `group/version/Kind` entries the cluster serves beyond Kubernetes' built-in ones, as
   * `--api-versions` takes them (and as `kubectl api-versions` prints the group versions).
   */
  apiVersions: string[];
}

/** A plain cluster at the newest Kubernetes minor the chart is tested against, serving no optional API. */
export const PLAIN_CLUSTER: ClusterProfile = { kubeVersion: '1.36.0', apiVersions: [] };
