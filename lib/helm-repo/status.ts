import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { STATUS_FILE, helmRepoDir } from './paths';

export interface RepoStatus {
  chartVersion: string;
  packaged: boolean;
  message: string;
  versions: string[];
}

/** What the last packaging run reported, or null when packaging has not run. */
export async function readRepoStatus(): Promise<RepoStatus | null> {
  try {
    return JSON.parse(await readFile(path.join(/*turbopackIgnore: true*/ helmRepoDir(), STATUS_FILE), 'utf8')) as RepoStatus;
  } catch {
    return null;
  }
}
