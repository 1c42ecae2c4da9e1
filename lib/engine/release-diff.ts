/**
 * What an upgrade changes in the cluster: two renders (the earlier version's archive with the earlier values, this
 * version's with the migrated values) compared object by object, by kind and name, as `kubectl` and Helm see
 * objects. An object whose name changed but that comes from the same template is a rename, not a removal plus an
 * addition. Values the chart generates on every render are masked (./manifest-diff), so they never count.
 */
import { lineDiff, maskGenerated, type DiffLine } from './manifest-diff';

export interface RenderedObject {
  source: string;
  kind: string;
  name: string;
  hook: boolean;
  content: string;
}

export interface ReleaseDiff {
  added: RenderedObject[];
  removed: RenderedObject[];
  changed: { before: RenderedObject; after: RenderedObject; lines: DiffLine[] }[];
  renamed: { before: RenderedObject; after: RenderedObject; lines: DiffLine[] }[];
  unchanged: number;
}

const objectKey = (o: RenderedObject) => `${o.kind}\u0000${o.name}`;

/** The template path without the chart's own folder, which is the same file across versions. */
const templateOf = (o: RenderedObject) => o.source.replace(/^[^/]+\//, '');

function same(a: string, b: string): boolean {
  const x = a.split('\n');
  const y = b.split('\n');
  return x.length === y.length && x.every((line, i) => maskGenerated(line) === maskGenerated(y[i]!));
}

export function releaseDiff(before: readonly RenderedObject[], after: readonly RenderedObject[]): ReleaseDiff {
  const old = new Map(before.map((o) => [objectKey(o), o]));
  const now = new Map(after.map((o) => [objectKey(o), o]));
  const out: ReleaseDiff = { added: [], removed: [], changed: [], renamed: [], unchanged: 0 };
  for (const [key, a] of now) {
    const b = old.get(key);
    if (!b) out.added.push(a);
    else if (same(b.content, a.content)) out.unchanged++;
    else out.changed.push({ before: b, after: a, lines: lineDiff(b.content, a.content).filter((l) => l.op !== ' ') });
  }
  for (const [key, b] of old) if (!now.has(key)) out.removed.push(b);
  // A removed and an added object of one kind from the same template: the object was renamed.
  for (const b of [...out.removed]) {
    const a = out.added.find((x) => x.kind === b.kind && templateOf(x) === templateOf(b));
    if (!a) continue;
    out.removed.splice(out.removed.indexOf(b), 1);
    out.added.splice(out.added.indexOf(a), 1);
    out.renamed.push({ before: b, after: a, lines: lineDiff(b.content, a.content).filter((l) => l.op !== ' ') });
  }
  return out;
}

/** "3 added, 1 removed, 4 changed, 1 renamed, 12 unchanged". */
export function releaseDiffSummary(d: ReleaseDiff): string {
  return `${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed, ${d.renamed.length} renamed, ${d.unchanged} unchanged`;
}
