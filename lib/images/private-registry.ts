/**
 * Moving every image of a release to a private registry through the charts' own values, never by editing the
 * manifests: a values file that keeps working on the next `helm upgrade`. Each chart has its own image keys:
 *
 * - this chart and the Bitnami charts: `global.imageRegistry` wins over each image's `registry` (charts/aeterna/
 *   templates/_images.tpl, bitnami/common `common.images.image`), and Bitnami's common library refuses any registry
 *   its Chart.yaml does not name unless `global.security.allowInsecureImages` is true;
 * - Qdrant's chart reads no global: its image is `<image.repository>:<image.tag>` and its helm test pod's image a
 *   whole reference (`chartTests.dbInteraction.image`).
 *
 * Every image keeps its repository path (and tag, digest) under the registry (reference.ts mirroredImage), which
 * is where the copy script puts it. The per-image keys are written too, not only the global: the file then says
 * of each image where it comes from, and still does if the global is removed.
 */
import { parseValuesYaml, applyValuesToDocument, stringifyDocument } from '@/lib/values/yaml-document';
import { coalesce, getIn, isPlainObject, type Json, type JsonObject } from '@/lib/values/coalesce';
import { formatImageReference, mirroredImage, parseImageReference, pulledReference, type ImageRef } from './reference';
import type { ListedImage } from './collect';

type Style =
  /** {registry, repository, tag, digest}; global.imageRegistry wins (ours and Bitnami's helpers). */
  | 'registry'
  /** {repository (with its registry), tag}: the Qdrant chart. */
  | 'repository'
  /** A whole reference as a string. */
  | 'reference';

interface ImageValue {
  path: readonly string[];
  style: Style;
}

/** Every value that names an image, in this chart and the subcharts it bundles (checked by test/chart/images.test.ts). */
export const IMAGE_VALUES: readonly ImageValue[] = [
  { path: ['image'], style: 'registry' },
  { path: ['waitForDependencies', 'image'], style: 'registry' },
  { path: ['tests', 'curlImage'], style: 'registry' },
  { path: ['tests', 'redisImage'], style: 'registry' },
  { path: ['tests', 'postgresqlImage'], style: 'registry' },
  ...['postgresql', 'git', 's3'].map((k) => ({ path: ['backup', 'images', k], style: 'registry' as const })),
  ...['image', 'sentinel.image', 'metrics.image', 'volumePermissions.image', 'kubectl.image', 'sysctl.image'].map((p) => ({
    path: ['redis', ...p.split('.')],
    style: 'registry' as const,
  })),
  ...['image', 'metrics.image', 'volumePermissions.image'].map((p) => ({
    path: ['postgresql', ...p.split('.')],
    style: 'registry' as const,
  })),
  { path: ['qdrant', 'image'], style: 'repository' },
  { path: ['qdrant', 'chartTests', 'dbInteraction', 'image'], style: 'reference' },
];

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

/** The repository path an image block names today, as a runtime reads it (library/ and all), or null if none. */
function currentImage(block: unknown, style: Style, globalRegistry: string): ImageRef | null {
  try {
    if (style === 'reference') return typeof block === 'string' && block ? parseImageReference(block) : null;
    if (!isPlainObject(block) || !str(block.repository)) return null;
    if (style === 'repository') return parseImageReference(str(block.repository));
    const registry = globalRegistry || str(block.registry);
    return parseImageReference(registry ? `${registry}/${str(block.repository)}` : str(block.repository));
  } catch {
    // A reference no runtime can pull is shown as a problem of the list; the rewrite leaves it as it is.
    return null;
  }
}

/**
 * The values that move every image to `registry` (parsePrivateRegistry's text), given the user's values and the
 * chart's defaults (values.yaml): only what must change, to be merged over the user's values.
 */
export function privateRegistryValues(user: JsonObject, defaults: JsonObject, registry: string): JsonObject {
  const effective = coalesce(defaults, user);
  const globalRegistry = str(getIn(effective, ['global', 'imageRegistry']));
  const out: JsonObject = { global: { imageRegistry: registry, security: { allowInsecureImages: true } } };
  for (const { path, style } of IMAGE_VALUES) {
    const block = getIn(effective, path);
    const image = currentImage(block, style, globalRegistry);
    if (!image) continue;
    const target = mirroredImage(image, registry);
    let value: Json;
    if (style === 'reference') {
      value = formatImageReference(target);
    } else if (style === 'repository') {
      value = { repository: `${target.registry}/${target.repository}` };
    } else {
      // The chart writes `<registry>/<repository>`: the repository keeps the path the runtime read (library/…).
      const repository = str((block as JsonObject).repository);
      value = { registry, ...(repository !== image.repository ? { repository: image.repository } : {}) };
    }
    put(out, path, value);
  }
  return out;
}

function put(root: JsonObject, path: readonly string[], value: Json): void {
  let node = root;
  path.slice(0, -1).forEach((k) => {
    if (!isPlainObject(node[k])) node[k] = {};
    node = node[k] as JsonObject;
  });
  node[path[path.length - 1]!] = value;
}

/** `over` merged into `base`, maps key by key, `over` winning. */
export function mergeValues(base: JsonObject, over: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const [k, v] of Object.entries(over)) {
    out[k] = isPlainObject(v) && isPlainObject(out[k]) ? mergeValues(out[k], v) : v;
  }
  return out;
}

/**
 * The user's values file with the rewrite merged in, their comments and order kept; null when the file cannot be
 * read (the configurator already shows why).
 */
export function valuesWithPrivateRegistry(userText: string, defaults: JsonObject, registry: string): string | null {
  const parsed = parseValuesYaml(userText);
  if (!parsed.ok) return null;
  const merged = mergeValues(parsed.values, privateRegistryValues(parsed.values, defaults, registry));
  applyValuesToDocument(parsed.doc, merged);
  return stringifyDocument(parsed.doc);
}

export interface MirrorCopy {
  /** What the runtime pulls today (by digest when pinned). */
  from: string;
  /** Where it goes in the private registry (by digest when pinned). */
  to: string;
  image: ListedImage;
}

/**
 * One copy per image of the list, and the images that would land on the same name in the private registry
 * (the same path from two registries): those need a path of their own, the rewrite cannot tell them apart.
 */
export function mirrorCopies(images: readonly ListedImage[], registry: string): { copies: MirrorCopy[]; clashes: string[][] } {
  const copies = images.map((image) => ({
    from: pulledReference(image.ref),
    to: pulledReference(mirroredImage(image.ref, registry)),
    image,
  }));
  const byTarget = new Map<string, Set<string>>();
  for (const c of copies) byTarget.set(c.to, (byTarget.get(c.to) ?? new Set()).add(c.from));
  const clashes = [...byTarget.values()].filter((s) => s.size > 1).map((s) => [...s]);
  return { copies: dedupe(copies), clashes };
}

function dedupe(copies: MirrorCopy[]): MirrorCopy[] {
  const seen = new Set<string>();
  return copies.filter((c) => {
    const key = `${c.from}\u0000${c.to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
