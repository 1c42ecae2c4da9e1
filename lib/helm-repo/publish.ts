import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { archiveContentDigest } from './archive-content';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export type AddResult =
  | { kind: 'added'; file: string }
  | { kind: 'unchanged'; file: string }
  | { kind: 'replaced'; file: string; previousDigest: string };

/** Raised when a published version would change: users and lock files pin its digest. */
export class VersionAlreadyPublishedError extends Error {
  constructor(file: string, published: string, built: string) {
    super(
      `${file} is already published with digest ${published}, and the chart now packages to ${built}. ` +
        'A published version never changes: bump `version` in charts/aeterna/Chart.yaml and add its entry to UPGRADING.md.',
    );
    this.name = 'VersionAlreadyPublishedError';
  }
}

/**
 * Puts a freshly packaged archive into the repository folder. Other versions are never touched. The same
 * version with the same content keeps its published bytes; with other content it is refused when `immutable` (publishing) and replaced otherwise (local
 * development, where the current version is still unreleased).
 */
export async function addArchive(repoDir: string, archive: string, opts: { immutable: boolean }): Promise<AddResult> {
  await mkdir(repoDir, { recursive: true });
  const file = path.basename(archive);
  const target = path.join(repoDir, file);
  const built = sha256(await readFile(archive));
  const exists = await stat(target).then(
    () => true,
    () => false,
  );
  if (!exists) {
    await copyFile(archive, target);
    return { kind: 'added', file };
  }
  const published = sha256(await readFile(target));
  if (published === built) return { kind: 'unchanged', file };
  // Same files in another order (helm writes subcharts in map order): keep the published bytes and digest.
  if ((await archiveContentDigest(target)) === (await archiveContentDigest(archive))) return { kind: 'unchanged', file };
  if (opts.immutable) throw new VersionAlreadyPublishedError(file, published, built);
  await copyFile(archive, target);
  return { kind: 'replaced', file, previousDigest: published };
}
