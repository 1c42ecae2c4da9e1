/**
 * API versions as `--api-versions` and `kubectl api-versions` write them: `group/version` (or `v1` for the core
 * group), and the `group/version/Kind` entries that Helm's `.Capabilities.APIVersions.Has` also matches. A cluster's
 * discovery gives Helm both (helm install sees `monitoring.coreos.com/v1/ServiceMonitor`), while `kubectl
 * api-versions` prints the group versions only: a profile built from that list gets the kinds of the groups the
 * presets know (./presets.ts), or a chart gated on a kind would render less than helm install against that cluster.
 */

/** `group/version`, `v1`, or `group/version/Kind` (a DNS subdomain group, a Kubernetes version, a CamelCase kind). */
const API_VERSION =
  /^(?:(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*)\/)?v[1-9][0-9]*(?:(?:alpha|beta)[1-9][0-9]*)?(?:\/[A-Z][A-Za-z0-9]*)?$/;

/** Longest entry: a 253-character group, a version and a kind of 63. */
const MAX_API_VERSION_CHARS = 340;

export function isApiVersion(s: string): boolean {
  return s.length <= MAX_API_VERSION_CHARS && API_VERSION.test(s);
}

/** The group version of an entry (`monitoring.coreos.com/v1/ServiceMonitor` → `monitoring.coreos.com/v1`). */
export function groupVersionOf(entry: string): string {
  const parts = entry.split('/');
  return parts.length === 3 ? `${parts[0]}/${parts[1]}` : entry;
}

function groupOf(entry: string): string {
  const parts = entry.split('/');
  return parts.length === 1 ? '' : parts[0]!;
}

/**
 * Kubernetes' own API groups (kube-apiserver 1.36 serves no others; `extensions` is gone but old clusters listed it).
 * Helm's default capabilities already list their versions (helm-engine and the CLI start from
 * `common.DefaultVersionSet`, and `--api-versions` adds to it), so a profile leaves them out: what remains is what
 * tells one cluster from another, and what an export needs to carry.
 */
const KUBERNETES_GROUPS = new Set([
  '',
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
  'apiregistration.k8s.io',
  'apps',
  'authentication.k8s.io',
  'authorization.k8s.io',
  'autoscaling',
  'batch',
  'certificates.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'events.k8s.io',
  'extensions',
  'flowcontrol.apiserver.k8s.io',
  'internal.apiserver.k8s.io',
  'networking.k8s.io',
  'node.k8s.io',
  'policy',
  'rbac.authorization.k8s.io',
  'resource.k8s.io',
  'scheduling.k8s.io',
  'storage.k8s.io',
  'storagemigration.k8s.io',
]);

/** Whether the entry belongs to one of Kubernetes' own groups (`gateway.networking.k8s.io` does not). */
export function isKubernetesBuiltIn(entry: string): boolean {
  return KUBERNETES_GROUPS.has(groupOf(entry));
}

/** Sorted, without repeats: two profiles serving the same APIs compare (and share) equal. */
export function normalizeApiVersions(entries: Iterable<string>): string[] {
  return [...new Set(entries)].sort();
}
