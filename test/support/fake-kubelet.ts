/**
 * The kubelet's part, played by the tests: no container runs on the test cluster, so a Job's Pod finishes only
 * when its status says so. Writing the Pod's status (as a kubelet does, through pods/status) lets the real Job
 * controller mark the Job complete or failed, and helm's hook wait see it.
 */
import { KubeApi, waitFor, type KubeObject } from './kube-api';

/** Waits for the Pod the Job controller creates for `job` and returns it. */
export function podOfJob(api: KubeApi, namespace: string, job: string, timeoutMs = 30_000): Promise<KubeObject> {
  return waitFor(
    `a Pod of Job ${job}`,
    async () => {
      const pods = await api.list(`/api/v1/namespaces/${namespace}/pods?labelSelector=${encodeURIComponent(`job-name=${job}`)}`);
      return pods.items.find((p) => !['Succeeded', 'Failed'].includes(p.status?.phase));
    },
    timeoutMs,
  );
}

/** Ends every container of the Pod with this exit code: phase Succeeded for 0, Failed otherwise. */
export async function finishPod(api: KubeApi, pod: KubeObject, exitCode: number): Promise<void> {
  const now = new Date().toISOString();
  const terminated = (c: { name: string; image: string }, code: number) => ({
    name: c.name,
    image: c.image,
    imageID: '',
    ready: false,
    restartCount: 0,
    started: false,
    state: { terminated: { exitCode: code, reason: code === 0 ? 'Completed' : 'Error', startedAt: now, finishedAt: now } },
  });
  await api.mergePatch(`/api/v1/namespaces/${pod.metadata.namespace}/pods/${pod.metadata.name}/status`, {
    status: {
      phase: exitCode === 0 ? 'Succeeded' : 'Failed',
      startTime: now,
      initContainerStatuses: (pod.spec.initContainers ?? []).map((c: { name: string; image: string }) => terminated(c, 0)),
      containerStatuses: pod.spec.containers.map((c: { name: string; image: string }) => terminated(c, exitCode)),
    },
  });
}
