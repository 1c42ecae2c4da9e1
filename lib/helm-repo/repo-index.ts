import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { run } from '@/lib/tools/run';

interface IndexEntry {
  name: string;
  version: string;
  digest: string;
  created: string;
  urls: string[];
  [key: string]: unknown;
}

export interface RepoIndex {
  apiVersion: string;
  entries: Record<string, IndexEntry[]>;
  generated?: string;
  [key: string]: unknown;
}

export function parseIndex(text: string): RepoIndex {
  const doc = parse(text) as RepoIndex | null;
  if (!doc || typeof doc !== 'object' || !doc.entries) throw new Error('not a Helm repository index: no entries');
  return doc;
}

/**
 * Keeps each unchanged archive's `created` time from the previous index: `helm repo index` stamps every
 * entry with "now", which would make old versions look newly released on every build.
 */
export function keepCreatedTimes(fresh: RepoIndex, previous: RepoIndex | null): RepoIndex {
  if (!previous) return fresh;
  const entries: Record<string, IndexEntry[]> = {};
  for (const [name, versions] of Object.entries(fresh.entries)) {
    entries[name] = versions.map((e) => {
      const old = previous.entries[name]?.find((o) => o.version === e.version && o.digest === e.digest);
      return old ? { ...e, created: old.created } : e;
    });
  }
  return { ...fresh, entries };
}

/** Regenerates index.yaml for every archive in repoDir with the real `helm repo index` (relative urls). */
export async function writeIndex(helm: string, repoDir: string): Promise<RepoIndex> {
  await mkdir(repoDir, { recursive: true });
  const indexPath = path.join(repoDir, 'index.yaml');
  const previous = await readFile(indexPath, 'utf8').then(parseIndex, () => null);
  const res = await run(helm, ['repo', 'index', repoDir]);
  if (res.code !== 0) throw new Error(`helm repo index failed:\n${res.stderr}`);
  const merged = keepCreatedTimes(parseIndex(await readFile(indexPath, 'utf8')), previous);
  await writeFile(indexPath, stringify(merged, { lineWidth: 0 }));
  return merged;
}
