/**
 * Test support for the chart: a temporary copy of charts/aeterna whose `charts/` holds stand-in subcharts, and
 * runners for the pinned helm binaries.
 *
 * Why: helm refuses to template, install or package a chart whose Chart.yaml dependencies are missing from
 * `charts/` (even when their condition is false), and the real subcharts (Bitnami redis and postgresql, qdrant)
 * cannot be downloaded here. The stand-ins in test/fixtures/subcharts/ have the same name and version as
 * Chart.lock and create the Service and Secret the chart wires to, with the real names, ports and keys.
 *
 * Usage (one copy per test file, reused by its tests):
 *
 *   const dir = await chartCopyWithStandIns();            // <tmp>/aeterna, ready for helm
 *   const out = await helm(['template', 'rel', dir]);     // Helm 4
 *   const out3 = await helm(['lint', dir, '--strict', '--kube-version', '1.29.0'], { bin: 'helm3' });
 *   const tgz = await helmPackage(dir);                   // packaged archive, stand-ins inside
 *   await removeChartCopy(dir);
 */
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { toolPath } from '../../lib/tools/bin';
import { run, type RunResult } from '../../lib/tools/run';
import { packagedArchivePath } from '../../lib/helm-repo/package-chart';

/** Repository root (tests run from it). */
export const REPO_ROOT = process.cwd();
/** The chart's source folder (lib/chart/files.ts is the one door to it). */
import { CHART_DIR } from '../../lib/chart/files';

export { CHART_DIR };
/** Stand-in subcharts, one folder per dependency. */
export const STAND_INS_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'subcharts');
/** Label carried by every object a stand-in creates. */
export const STAND_IN_LABEL = 'aeterna.test/stand-in';

export type HelmBin = 'helm' | 'helm3';

export interface HelmOptions {
  /** Which pinned binary: Helm 4 (`helm`, default) or Helm 3 (`helm3`). */
  bin?: HelmBin;
  /** Working directory (default: the repository root). */
  cwd?: string;
  /** Reject when helm exits non-zero (default true). With false, the result carries the exit code. */
  check?: boolean;
  /** Extra environment (e.g. KUBECONFIG for a test cluster). */
  env?: Record<string, string>;
}

/**
 * Runs a pinned helm binary with isolated HOME-like folders, so that no user repository or plugin config leaks
 * in. Never uses a helm from PATH.
 */
export async function helm(args: string[], opts: HelmOptions = {}): Promise<RunResult> {
  const bin = toolPath(opts.bin ?? 'helm');
  const cache = path.join(tmpdir(), 'aeterna-chart-tests-helm');
  const env = {
    ...process.env,
    HELM_CACHE_HOME: path.join(cache, 'cache'),
    HELM_CONFIG_HOME: path.join(cache, 'config'),
    HELM_DATA_HOME: path.join(cache, 'data'),
    ...opts.env,
  };
  const result = await run(bin, args, { cwd: opts.cwd ?? REPO_ROOT, env, timeoutMs: 600_000 });
  if (result.code !== 0 && opts.check !== false) {
    throw new Error(`${path.basename(bin)} ${args.join(' ')} exited ${result.code}:\n${result.stderr || result.stdout}`);
  }
  return result;
}

export interface ChartCopyOptions {
  /** Chart to copy (default charts/aeterna). */
  chartDir?: string;
  /** Folder with one stand-in chart per dependency (default test/fixtures/subcharts). */
  standInsDir?: string;
  /** Which dependencies get a stand-in (default: every folder in standInsDir). */
  dependencies?: string[];
  /** Keep the chart's tests/ folder in the copy (helm-unittest needs it; default true). */
  withUnitTests?: boolean;
  /**
   * A folder of packaged subcharts (e.g. the real redis-23.1.1.tgz, postgresql-17.1.0.tgz, qdrant-1.19.0.tgz)
   * to use instead of the stand-ins. Empty or undefined: the stand-ins.
   */
  subchartArchivesDir?: string;
}

/**
 * Where the real subchart archives are, when the person running the tests has them (they cannot be downloaded
 * here): the folder named by AETERNA_SUBCHART_ARCHIVES, or undefined for the stand-ins.
 */
export function realSubchartArchivesDir(): string | undefined {
  return process.env.AETERNA_SUBCHART_ARCHIVES || undefined;
}

/**
 * Copies the chart to a fresh temporary folder and packages the stand-in subcharts into its `charts/`.
 * Returns the path of the copied chart folder (named like the chart, so `helm package` names the archive right).
 * Remove it with removeChartCopy when done.
 */
export async function chartCopyWithStandIns(opts: ChartCopyOptions = {}): Promise<string> {
  const chartDir = opts.chartDir ?? CHART_DIR;
  const standInsDir = opts.standInsDir ?? STAND_INS_DIR;
  const parent = await mkdtemp(path.join(tmpdir(), 'aeterna-chart-'));
  const dir = path.join(parent, path.basename(chartDir));
  await cp(chartDir, dir, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(chartDir, src);
      if (rel === 'charts' || rel.startsWith(`charts${path.sep}`)) return false; // never reuse local archives
      if (opts.withUnitTests === false && (rel === 'tests' || rel.startsWith(`tests${path.sep}`))) return false;
      return true;
    },
  });
  const chartsDir = path.join(dir, 'charts');
  await mkdir(chartsDir, { recursive: true });
  if (opts.subchartArchivesDir) {
    const archives = (await readdir(opts.subchartArchivesDir)).filter((f) => f.endsWith('.tgz'));
    if (archives.length === 0) throw new Error(`no .tgz subchart archives in ${opts.subchartArchivesDir}`);
    await Promise.all(archives.map((f) => cp(path.join(opts.subchartArchivesDir!, f), path.join(chartsDir, f))));
    return dir;
  }
  const deps = opts.dependencies ?? (await readdir(standInsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  await Promise.all(deps.map((dep) => helm(['package', path.join(standInsDir, dep), '--destination', chartsDir])));
  return dir;
}

/** Packages a chart folder (e.g. a chart copy) and returns the archive's path, next to the folder. */
export async function helmPackage(chartDir: string, opts: { bin?: HelmBin } = {}): Promise<string> {
  const destination = path.join(path.dirname(chartDir), `package-${opts.bin ?? 'helm'}`);
  await mkdir(destination, { recursive: true });
  const { stdout } = await helm(['package', chartDir, '--destination', destination], { bin: opts.bin });
  return packagedArchivePath(stdout);
}

/** Deletes a folder made by chartCopyWithStandIns (its temporary parent included). */
export async function removeChartCopy(dir: string): Promise<void> {
  await rm(path.dirname(dir), { recursive: true, force: true });
}

/**
 * Runs async jobs with at most `limit` at a time (helm is CPU-bound; CI has 2 cores). Results keep input order.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  });
  await Promise.all(workers);
  return results;
}
