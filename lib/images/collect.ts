/**
 * The images a release pulls, read from its rendered manifests (the manifests view's render, or `helm template`'s
 * output in the tests): every container, init container and ephemeral container of every workload and hook, with
 * the workload each belongs to. Read from the render rather than from the values, because the render is what the
 * kubelet gets: a subchart's defaults, a condition or a helper's fallback are all already applied.
 */
import { parseAllDocuments } from 'yaml';
import { formatImageReference, ImageReferenceError, parseImageReference, type ImageRef } from './reference';

/** Where the pod template sits in each kind that has one. */
const POD_SPEC_PATHS: Record<string, readonly string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;
type ContainerList = (typeof CONTAINER_LISTS)[number];

/** One container that pulls an image. */
export interface ImageUse {
  kind: string;
  name: string;
  /** The template that rendered it (`aeterna/charts/redis/templates/…`). */
  source: string;
  /** helm.sh/hook of the object (`test`, `pre-upgrade`…), absent for a regular resource. */
  hook?: string;
  list: ContainerList;
  container: string;
}

export interface ListedImage {
  /** The fully qualified reference (formatImageReference), the list's key. */
  reference: string;
  ref: ImageRef;
  /** The references as the manifests write them (`redis:7` and `docker.io/library/redis:7` are one image). */
  written: string[];
  usedBy: ImageUse[];
}

export interface ImageProblem {
  use: ImageUse;
  written: string;
  message: string;
}

/** One rendered object as the two callers have it: Helm's source path and the parsed manifest. */
export interface RenderedManifest {
  source: string;
  manifest: unknown;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function at(value: unknown, path: readonly string[]): unknown {
  let cur = value;
  for (const k of path) cur = isObj(cur) ? cur[k] : undefined;
  return cur;
}

/** Every image of these manifests, in order of first appearance, and the references no runtime could pull. */
export function imagesOfManifests(rendered: readonly RenderedManifest[]): { images: ListedImage[]; problems: ImageProblem[] } {
  const byReference = new Map<string, ListedImage>();
  const problems: ImageProblem[] = [];
  for (const { source, manifest } of rendered) {
    if (!isObj(manifest)) continue;
    const kind = typeof manifest.kind === 'string' ? manifest.kind : '';
    const podPath = POD_SPEC_PATHS[kind];
    if (!podPath) continue;
    const spec = at(manifest, podPath);
    const name = String(at(manifest, ['metadata', 'name']) ?? '');
    const hook = at(manifest, ['metadata', 'annotations', 'helm.sh/hook']);
    for (const list of CONTAINER_LISTS) {
      const containers = at(spec, [list]);
      if (!Array.isArray(containers)) continue;
      for (const c of containers) {
        if (!isObj(c)) continue;
        const use: ImageUse = { kind, name, source, ...(typeof hook === 'string' ? { hook } : {}), list, container: String(c.name ?? '') };
        const written = typeof c.image === 'string' ? c.image : '';
        let ref: ImageRef;
        try {
          ref = parseImageReference(written);
        } catch (e) {
          if (!(e instanceof ImageReferenceError)) throw e;
          problems.push({ use, written, message: e.message });
          continue;
        }
        const reference = formatImageReference(ref);
        const listed = byReference.get(reference) ?? { reference, ref, written: [], usedBy: [] };
        if (!listed.written.includes(written)) listed.written.push(written);
        listed.usedBy.push(use);
        byReference.set(reference, listed);
      }
    }
  }
  return { images: [...byReference.values()], problems };
}

/** The manifests view's documents (lib/engine/protocol.ts HelmDocument): each parsed once. */
export function manifestsOfDocuments(docs: readonly { source: string; content: string }[]): RenderedManifest[] {
  return docs.flatMap((d) => parseAllDocuments(d.content).map((doc) => ({ source: d.source, manifest: doc.toJS() as unknown })));
}

/** `helm template`'s output: documents split at `---`, each named by its `# Source:` comment. */
export function manifestsOfTemplateOutput(output: string): RenderedManifest[] {
  return output.split(/^---\s*$/m).flatMap((chunk) => {
    const source = /^# Source: (.+)$/m.exec(chunk)?.[1]?.trim() ?? '';
    return parseAllDocuments(chunk).map((doc) => ({ source, manifest: doc.toJS() as unknown }));
  });
}

/** "Deployment rel-aeterna, init container wait-for-dependencies (hook: test)", for the list and images.txt. */
export function describeUse(u: ImageUse): string {
  const what = u.list === 'initContainers' ? 'init container' : u.list === 'ephemeralContainers' ? 'ephemeral container' : 'container';
  return `${u.kind} ${u.name}, ${what} ${u.container}${u.hook ? ` (hook: ${u.hook})` : ''}`;
}
