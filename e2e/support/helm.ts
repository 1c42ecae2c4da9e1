import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { toolPath, type ToolName } from '../../lib/tools/bin';
import { run, type RunResult } from '../../lib/tools/run';

export interface IsolatedHelm {
  helm: (args: string[]) => Promise<RunResult>;
  /** A scratch folder inside the isolated home (for pulled archives). */
  home: string;
  cleanup: () => Promise<void>;
}

/**
 * A pinned helm binary with its own config, cache and data folders: a test must never read or change the
 * user's repositories.
 */
export async function isolatedHelm(
  bin: Extract<ToolName, 'helm' | 'helm3'> = 'helm',
  extraEnv: Record<string, string> = {},
): Promise<IsolatedHelm> {
  const home = await mkdtemp(path.join(os.tmpdir(), `e2e-${bin}-home-`));
  const env = {
    ...process.env,
    HELM_CONFIG_HOME: path.join(home, 'config'),
    HELM_CACHE_HOME: path.join(home, 'cache'),
    HELM_DATA_HOME: path.join(home, 'data'),
    ...extraEnv,
  };
  return {
    helm: (args) => run(toolPath(bin), args, { env, timeoutMs: 120_000 }),
    home,
    cleanup: () => rm(home, { recursive: true, force: true }),
  };
}

/** The chart's own Chart.yaml, read from the source tree. */
export async function chartYaml(): Promise<{ version: string; appVersion: string }> {
  return parse(await readFile('charts/aeterna/Chart.yaml', 'utf8')) as { version: string; appVersion: string };
}
