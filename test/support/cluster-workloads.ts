/**
 * What the release's workloads became on the test cluster: the Pods the real controllers created (and so the real
 * admission accepted), and for those that could not be created, the controller's own FailedCreate event, which
 * carries the admission's refusal ("violates PodSecurity "restricted:latest": ...").
 */
import { KubeApi, waitFor, type KubeObject } from './kube-api';

export interface WorkloadPods {
  /** Kind/name of the controller that creates the Pods (ReplicaSet, StatefulSet, Job). */
  controller: string;
  expected: number;
  pods: KubeObject[];
  /** FailedCreate event messages for this controller. */
  refusals: string[];
}

/** Pods a controller creates before any of them is ready (no kubelet: none ever is). */
function expectedPods(kind: string, obj: KubeObject): number {
  if (kind === 'Job') return obj.spec?.parallelism ?? 1;
  const replicas: number = obj.spec?.replicas ?? 1;
  // An OrderedReady StatefulSet waits for each Pod to be ready before creating the next.
  if (kind === 'StatefulSet' && obj.spec?.podManagementPolicy !== 'Parallel') return Math.min(1, replicas);
  return replicas;
}

async function snapshot(api: KubeApi, namespace: string): Promise<WorkloadPods[]> {
  const [rs, sts, jobs, pods, events] = await Promise.all([
    api.list(`/apis/apps/v1/namespaces/${namespace}/replicasets`),
    api.list(`/apis/apps/v1/namespaces/${namespace}/statefulsets`),
    api.list(`/apis/batch/v1/namespaces/${namespace}/jobs`),
    api.list(`/api/v1/namespaces/${namespace}/pods`),
    api.list(`/api/v1/namespaces/${namespace}/events`),
  ]);
  const controllers: Array<[string, KubeObject]> = [
    ...rs.items.map((o) => ['ReplicaSet', o] as [string, KubeObject]),
    ...sts.items.map((o) => ['StatefulSet', o] as [string, KubeObject]),
    ...jobs.items.map((o) => ['Job', o] as [string, KubeObject]),
  ];
  return controllers.map(([kind, obj]) => ({
    controller: `${kind}/${obj.metadata.name}`,
    expected: expectedPods(kind, obj),
    pods: pods.items.filter((p) => p.metadata.ownerReferences?.some((r) => r.kind === kind && r.name === obj.metadata.name)),
    refusals: events.items
      .filter((e) => {
        const inv = e.involvedObject as { kind?: string; name?: string } | undefined;
        return e.reason === 'FailedCreate' && inv?.kind === kind && inv?.name === obj.metadata.name;
      })
      .map((e) => String(e.message)),
  }));
}

/**
 * Waits until every controller in the namespace has created its Pods. Resolves with the per-controller result as
 * soon as all are complete, or when a controller reports a refusal, or after timeoutMs (whichever comes first).
 */
export async function workloadPods(api: KubeApi, namespace: string, timeoutMs = 30_000): Promise<WorkloadPods[]> {
  let last: WorkloadPods[] = [];
  try {
    return await waitFor(
      `the Pods of every workload in ${namespace}`,
      async () => {
        last = await snapshot(api, namespace);
        const settled = last.length > 0 && last.every((w) => w.pods.length >= w.expected || w.refusals.length > 0);
        return settled ? last : undefined;
      },
      timeoutMs,
    );
  } catch {
    return last;
  }
}

/** One line per controller whose Pods were not all created, with the reason the cluster gave. */
export function notAdmitted(workloads: WorkloadPods[]): string[] {
  return workloads
    .filter((w) => w.pods.length < w.expected)
    .map((w) => `${w.controller}: ${w.pods.length}/${w.expected} Pods created; ${w.refusals[0] ?? 'no FailedCreate event'}`);
}
