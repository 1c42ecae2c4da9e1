import { stringify } from 'yaml';
import type { ReferenceEntry } from '@/lib/reference/reference';

/** An image of the chart or its subcharts that defaults to Bitnami's frozen `bitnamilegacy` catalogue. */
export interface LegacyImage {
  /** Path of the image block, e.g. `redis.metrics.image` or `tests.redisImage`. */
  path: string;
  registry: string;
  repository: string;
  tag: string;
}

/** Every image block (`<p>.registry` + `<p>.repository` + `<p>.tag`) whose default repository is bitnamilegacy/*. */
export function legacyBitnamiImages(entries: ReferenceEntry[]): LegacyImage[] {
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const str = (p: string) => {
    const e = byPath.get(p);
    return e && typeof e.default === 'string' ? e.default : '';
  };
  return entries
    .filter((e) => e.path.endsWith('.repository') && str(e.path).startsWith('bitnamilegacy/'))
    .map((e) => {
      const base = e.path.slice(0, -'.repository'.length);
      return { path: base, registry: str(`${base}.registry`), repository: str(e.path), tag: str(`${base}.tag`) };
    });
}

/**
 * A values file that points every such image at a mirror (same names under `mirror/`, same tags) and sets the
 * flag Bitnami's common library requires for any registry other than bitnamilegacy.
 */
export function mirrorValuesYaml(images: LegacyImage[], registry = 'registry.example.com'): string {
  const root: Record<string, unknown> = { global: { security: { allowInsecureImages: true } } };
  for (const img of images) {
    let node = root;
    const segs = img.path.split('.');
    segs.forEach((seg, i) => {
      if (i === segs.length - 1) {
        node[seg] = { registry, repository: img.repository.replace(/^bitnamilegacy\//, 'mirror/'), tag: img.tag };
      } else {
        node[seg] = (node[seg] as Record<string, unknown> | undefined) ?? {};
        node = node[seg] as Record<string, unknown>;
      }
    });
  }
  return stringify(root, { lineWidth: 0 });
}
