import path from 'node:path';
import { CHART_DIR } from '@/lib/chart/files';

/**
 * The folder served under /charts. It is the local store of every packaged chart version: packaging adds the
 * current version and never touches older archives, so their digests stay what users already pinned.
 * In CI the publish workflow first restores it from the live site (see .github/workflows/publish.yaml).
 */
export function helmRepoDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.HELM_REPO_DIR ?? path.join(process.cwd(), '.helm-repo'));
}

/** The chart to package; AETERNA_CHART_DIR points elsewhere (tests package modified copies). */
export function chartDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.AETERNA_CHART_DIR ? path.resolve(/*turbopackIgnore: true*/ env.AETERNA_CHART_DIR) : CHART_DIR;
}
