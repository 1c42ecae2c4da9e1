import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { archiveContentDigest } from './archive-content';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export type AddResult =
  { kind: 'added'; file: string } | { kind: 'unchanged'; file: string } | { kind: 'replaced'; file: string; previousDigest: string };

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
  const result = await placeArchive(archive, target, built, opts);
  await placeProvenance(archive, target, result);
  return result;
}

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

async function placeArchive(archive: string, target: string, built: string, opts: { immutable: boolean }): Promise<AddResult> {
  const file = path.basename(archive);
  if (!(await exists(target))) {
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

/**
 * The `.prov` file goes with its archive: a published one is kept as it is with its published archive; a new
 * archive brings its own (or, unsigned, leaves none that would not match it).
 */
async function placeProvenance(archive: string, target: string, result: AddResult): Promise<void> {
  const prov = `${archive}.prov`;
  const targetProv = `${target}.prov`;
  const signed = await exists(prov);
  if (result.kind === 'unchanged') {
    // The archive's bytes are the published ones; a signature of the new build signs other bytes unless they are
    // identical, so a missing .prov is only added for an identical archive.
    if (signed && !(await exists(targetProv)) && sha256(await readFile(archive)) === sha256(await readFile(target))) {
      await copyFile(prov, targetProv);
    }
    return;
  }
  if (signed) await copyFile(prov, targetProv);
  else await rm(targetProv, { force: true });
}
