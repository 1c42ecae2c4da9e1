import { createHash } from 'node:crypto';
import { Parser, type ReadEntry } from 'tar';
import { readFile } from 'node:fs/promises';

/**
 * A digest of what a chart archive contains: every file's path and bytes, independent of entry order, times
 * and compression. `helm package` is not byte-reproducible for a chart with subcharts (it writes them in Go
 * map order), so "is this the same chart?" must be answered by content, not by the archive's sha256.
 */
export async function archiveContentDigest(file: string): Promise<string> {
  const bytes = await readFile(file);
  const files = new Map<string, string>();
  await new Promise<void>((resolve, reject) => {
    const parser = new Parser({
      onReadEntry: (entry: ReadEntry) => {
        const hash = createHash('sha256');
        entry.on('data', (chunk: Buffer) => hash.update(chunk));
        entry.on('end', () => {
          if (entry.type === 'File') files.set(entry.path, hash.digest('hex'));
        });
      },
    });
    parser.on('error', reject);
    parser.on('end', () => resolve());
    parser.end(bytes);
  });
  const all = createHash('sha256');
  for (const p of [...files.keys()].sort()) all.update(`${p}\0${files.get(p)}\n`);
  return all.digest('hex');
}
