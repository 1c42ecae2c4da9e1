/**
 * The digest of the chart archive this site serves, as its repository's index.yaml lists it (built before the
 * site: npm run helm-repo, the publish workflow's package job). Every export pins it. The configurator reads it
 * once per server process (HELM_REPO_DIR, the folder the server answers /charts from); the docs pages are
 * prerendered, so their examples pin what the index held at build time.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHART_NAME } from '@/lib/exports/release';
import { helmRepoDir } from './paths';
import { parseIndex, type RepoIndex } from './repo-index';

/** The index entry's digest of `version` as `sha256:<hex>`, or null when the index does not list that version. */
function archiveDigest(index: RepoIndex, version: string): string | null {
  const hex = index.entries[CHART_NAME]?.find((e) => e.version === version)?.digest;
  return hex && /^[0-9a-f]{64}$/.test(hex) ? `sha256:${hex}` : null;
}

/** The served archive's digest of `version`, or null when there is no index yet or it does not list the version. */
export function servedDigest(version: string, dir = helmRepoDir()): string | null {
  const file = path.join(dir, 'index.yaml');
  return existsSync(file) ? archiveDigest(parseIndex(readFileSync(file, 'utf8')), version) : null;
}
