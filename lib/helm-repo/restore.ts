import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseIndex } from './repo-index';
import { sha256 } from './publish';

export type Fetcher = (url: string) => Promise<{ status: number; bytes: Uint8Array }>;

const httpFetcher: Fetcher = async (url) => {
  const res = await fetch(url);
  return { status: res.status, bytes: new Uint8Array(await res.arrayBuffer()) };
};

/**
 * Downloads a published Helm repository (index.yaml, every archive it lists and their .prov files) into repoDir,
 * checking each archive against the index digest. A repository that does not exist yet (404) restores to nothing: the first
 * publication. Returns the files written.
 */
export async function restorePublishedRepo(repoUrl: string, repoDir: string, get: Fetcher = httpFetcher): Promise<string[]> {
  const base = repoUrl.replace(/\/+$/, '');
  const index = await get(`${base}/index.yaml`);
  if (index.status === 404) return [];
  if (index.status !== 200) throw new Error(`${base}/index.yaml answered ${index.status}`);
  const parsed = parseIndex(new TextDecoder().decode(index.bytes));
  await mkdir(repoDir, { recursive: true });
  const written: string[] = [];
  for (const versions of Object.values(parsed.entries)) {
    for (const entry of versions) {
      const url = entry.urls[0];
      if (!url) throw new Error(`${entry.name} ${entry.version} has no url in the index`);
      const absolute = new URL(url, `${base}/`).toString();
      const file = path.basename(new URL(absolute).pathname);
      const res = await get(absolute);
      if (res.status !== 200) throw new Error(`${absolute} answered ${res.status}`);
      const digest = sha256(res.bytes);
      if (digest !== entry.digest) {
        throw new Error(`${absolute} has digest ${digest}, the index says ${entry.digest}: refusing to republish it`);
      }
      await writeFile(path.join(repoDir, file), res.bytes);
      written.push(file);
      // Its provenance, when it was published signed: kept with it, byte for byte.
      const prov = await get(`${absolute}.prov`);
      if (prov.status === 200) {
        await writeFile(path.join(repoDir, `${file}.prov`), prov.bytes);
        written.push(`${file}.prov`);
      } else if (prov.status !== 404) {
        throw new Error(`${absolute}.prov answered ${prov.status}`);
      }
    }
  }
  await writeFile(path.join(repoDir, 'index.yaml'), index.bytes);
  written.push('index.yaml');
  return written;
}
