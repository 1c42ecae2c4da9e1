import { describe, expect, it } from 'vitest';
import { describeUse, imagesOfManifests, manifestsOfDocuments, manifestsOfTemplateOutput } from './collect';

const pod = (containers: object) => ({ containers: [{ name: 'c', image: 'x.example.com/c:1' }], ...containers });

describe('imagesOfManifests', () => {
  it('reads every container list of every workload kind, CronJob included, and groups the same image', () => {
    const rendered = [
      {
        source: 's/pod.yaml',
        manifest: {
          kind: 'Pod',
          metadata: { name: 'p', annotations: { 'helm.sh/hook': 'test' } },
          spec: pod({ ephemeralContainers: [{ name: 'debug', image: 'busybox' }] }),
        },
      },
      {
        source: 's/cj.yaml',
        manifest: { kind: 'CronJob', metadata: { name: 'cj' }, spec: { jobTemplate: { spec: { template: { spec: pod({}) } } } } },
      },
      ...['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].map((kind) => ({
        source: 's/w.yaml',
        manifest: {
          kind,
          metadata: { name: kind.toLowerCase() },
          spec: { template: { spec: pod({ initContainers: [{ name: 'i', image: 'docker.io/library/busybox' }] }) } },
        },
      })),
      {
        source: 's/svc.yaml',
        manifest: { kind: 'Service', metadata: { name: 'svc' }, spec: { containers: [{ name: 'no', image: 'never' }] } },
      },
    ];
    const { images, problems } = imagesOfManifests(rendered);
    expect(problems).toEqual([]);
    expect(images.map((i) => i.reference)).toEqual(['x.example.com/c:1', 'docker.io/library/busybox']);
    const busybox = images[1]!;
    expect(busybox.written).toEqual(['busybox', 'docker.io/library/busybox']);
    expect(busybox.usedBy.map(describeUse)).toEqual([
      'Pod p, ephemeral container debug (hook: test)',
      'Deployment deployment, init container i',
      'StatefulSet statefulset, init container i',
      'DaemonSet daemonset, init container i',
      'ReplicaSet replicaset, init container i',
      'Job job, init container i',
    ]);
    expect(images[0]!.usedBy.map((u) => u.kind)).toEqual(['Pod', 'CronJob', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);
  });

  it('reports a reference no runtime could pull, with the runtime’s words', () => {
    const { images, problems } = imagesOfManifests([
      {
        source: 's',
        manifest: { kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'Bad/Image' }, { name: 'd' }] } },
      },
    ]);
    expect(images).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      // An uppercase first component is a registry host to the runtime, so only the path is named.
      'invalid reference format: repository name (Image) must be lowercase',
      'invalid reference format: repository name must have at least one component',
    ]);
  });

  it('reads helm template output and the manifests view documents alike', () => {
    const out =
      '---\n# Source: a/templates/p.yaml\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: "nginx:1"\n';
    const fromCli = imagesOfManifests(manifestsOfTemplateOutput(out)).images;
    const fromView = imagesOfManifests(
      manifestsOfDocuments([{ source: 'a/templates/p.yaml', content: out.split('\n').slice(2).join('\n') }]),
    ).images;
    expect(fromCli).toEqual(fromView);
    expect(fromCli[0]!.usedBy[0]!.source).toBe('a/templates/p.yaml');
  });
});
