/**
 * The dashboard guide's picture data (lib/dashboard/generated/dashboard-series.json) is what Prometheus' engine computes
 * for today's dashboard over today's promtool series (not stale), and on those server-shaped series every panel
 * query returns data: no panel of the dashboard would show "No data" on a busy server.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { dashboardSeries, SERIES_FILE, seriesText } from '../../scripts/generate/dashboard-series';

it('is generated from the current dashboard and promtool series (else: npx tsx scripts/generate/dashboard-series.ts)', () => {
  expect(readFileSync(SERIES_FILE, 'utf8')).toBe(seriesText(dashboardSeries()));
});

it('has data for every query of every panel, and no query error', () => {
  const { results } = dashboardSeries();
  expect(results.length).toBeGreaterThan(20);
  const empty = results.filter((r) => r.error || !r.series.some((s) => s.points.length > 0)).map((r) => `${r.id}: ${r.error ?? 'no data'}`);
  expect(empty).toEqual([]);
});
