/**
 * What the cluster tests do with the JSON of `helm install --dry-run=server -o json`: read its objects the way
 * Kubernetes does, and create the release's ServiceAccounts for real so that admission of its Pods can find them.
 */
import { parseAllDocuments } from 'yaml';
import { KubeApiError, type KubeObject } from './kube-api';
import type { TestCluster } from './test-cluster';

export interface DryRunRelease {
  manifest: string;
  hooks?: Array<{ manifest: string }>;
}

export type ReleaseObject = KubeObject & { apiVersion: string; kind: string };

/** Every object of the release, hooks included, read as YAML 1.1 like sigs.k8s.io/yaml (`defaultMode: 0755` is octal). */
export function releaseObjects(release: DryRunRelease): ReleaseObject[] {
  return [release.manifest, ...(release.hooks ?? []).map((h) => h.manifest)]
    .flatMap((text) => parseAllDocuments(text, { version: '1.1' }).map((d) => d.toJS() as KubeObject | null))
    .filter((d): d is ReleaseObject => !!d?.kind);
}

/**
 * A Pod's ServiceAccount must exist for admission, and in a dry run the release's own do not: they are created for
 * real, owned by release `aeterna` as helm would own them, so that the next dry run adopts them.
 */
export async function createReleaseServiceAccounts(cluster: TestCluster, objects: ReleaseObject[], ns: string): Promise<void> {
  for (const sa of objects.filter((d) => d.kind === 'ServiceAccount')) {
    const metadata = {
      name: sa.metadata.name,
      namespace: ns,
      labels: { 'app.kubernetes.io/managed-by': 'Helm' },
      annotations: { 'meta.helm.sh/release-name': 'aeterna', 'meta.helm.sh/release-namespace': ns },
    };
    await cluster.apply({ apiVersion: 'v1', kind: 'ServiceAccount', metadata }).catch((e: unknown) => {
      if (!(e instanceof KubeApiError && e.status === 409)) throw e;
    });
  }
}
