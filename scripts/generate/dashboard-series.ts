/**
 * Writes lib/dashboard/generated/dashboard-series.json (see lib/dashboard/series.ts): the dashboard's queries
 * evaluated by Prometheus' engine over the promtool test series. Needs .tools/bin/promql-eval (npm run setup:tools).
 *
 *   npx tsx scripts/generate/dashboard-series.ts          # write
 *   npx tsx scripts/generate/dashboard-series.ts --check  # exit 1 when the file is stale
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import {
  PICTURE_END,
  PICTURE_STEP,
  PICTURE_TEST,
  pictureQueries,
  promtoolTestSeries,
  type DashboardSeries,
  type QueryResult,
} from '@/lib/dashboard/series';
import { readChartText } from '@/lib/chart/files';
import { toolPath } from '@/lib/tools/bin';

const root = process.cwd();
export const SERIES_FILE = path.join(root, 'lib', 'dashboard', 'generated', 'dashboard-series.json');

export function dashboardSeries(): DashboardSeries {
  const dashboard = JSON.parse(readChartText('dashboards/aeterna.json') ?? '{}');
  const { interval, series } = promtoolTestSeries(
    readFileSync(path.join(root, 'test', 'fixtures', 'promtool', 'alerts_test.yaml'), 'utf8'),
    PICTURE_TEST,
  );
  const input = { interval, series, end: PICTURE_END, step: PICTURE_STEP, queries: pictureQueries(dashboard) };
  const r = spawnSync(toolPath('promql-eval'), [], { input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`promql-eval failed: ${r.stderr}`);
  const { results } = JSON.parse(r.stdout) as { results: QueryResult[] };
  return { test: PICTURE_TEST, end: PICTURE_END, step: PICTURE_STEP, results };
}

export function seriesText(data: DashboardSeries): string {
  return `${JSON.stringify(data)}\n`;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const next = seriesText(dashboardSeries());
  const rel = path.relative(root, SERIES_FILE);
  if (process.argv.includes('--check')) {
    if (!existsSync(SERIES_FILE) || readFileSync(SERIES_FILE, 'utf8') !== next) {
      console.error(`${rel} is stale: run npx tsx scripts/generate/dashboard-series.ts`);
      process.exit(1);
    }
    console.log(`${rel} is up to date`);
  } else {
    writeFileSync(SERIES_FILE, next);
    console.log(`wrote ${rel} (${next.length} bytes)`);
  }
}
