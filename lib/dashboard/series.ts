/**
 * Data for the dashboard guide's picture: every panel query of charts/aeterna/dashboards/aeterna.json evaluated by
 * Prometheus' own engine (scripts/setup/promql-eval, a small Go tool) over the synthetic series of the promtool test
 * "an hour of a busy server" (test/fixtures/promtool/alerts_test.yaml), the same series the alert tests check.
 * scripts/generate/dashboard-series.ts writes the result to lib/dashboard/generated/dashboard-series.json.
 */
import { parse } from 'yaml';

/** The promtool test whose series the picture draws. */
export const PICTURE_TEST = 'an hour of a busy server (the dashboard guide draws these series; one tenant fails to load)';
export const PICTURE_END = '60m';
export const PICTURE_STEP = '1m';

export interface SeriesData {
  labels: Record<string, string>;
  /** [seconds since the start, value] */
  points: [number, number][];
}

export interface QueryResult {
  id: string;
  series: SeriesData[];
  error?: string;
}

export interface DashboardSeries {
  test: string;
  end: string;
  step: string;
  results: QueryResult[];
}

/** The id of a panel's query in the results: `<panel id>/<refId>`. */
export function queryId(panelId: number | string, refId: string): string {
  return `${panelId}/${refId}`;
}

/** Grafana's variables made concrete: every namespace and job, a 5-minute rate window. */
function concreteExpr(expr: string): string {
  return expr
    .replace(/\$(?:__rate_interval|__interval)\b/g, '5m')
    .replace(/\$\{?namespace\}?/g, '.*')
    .replace(/\$\{?job\}?/g, '.*');
}

interface Panel {
  id?: number | string;
  targets?: { refId?: string; expr?: string }[];
}

/** The dashboard's queries, ready for the engine. */
export function pictureQueries(dashboard: { panels?: Panel[] }): { id: string; expr: string }[] {
  return (dashboard.panels ?? []).flatMap((p) =>
    (p.targets ?? []).filter((t) => t.expr).map((t) => ({ id: queryId(p.id ?? '', t.refId ?? 'A'), expr: concreteExpr(t.expr!) })),
  );
}

/** The input series and interval of one promtool test. */
export function promtoolTestSeries(promtoolYaml: string, name: string): { interval: string; series: { series: string; values: string }[] } {
  const doc = parse(promtoolYaml) as {
    tests?: { name?: string; interval?: string; input_series?: { series: string; values: string }[] }[];
  };
  const test = (doc.tests ?? []).find((t) => t.name === name);
  if (!test) throw new Error(`no promtool test named "${name}"`);
  return { interval: test.interval ?? '1m', series: test.input_series ?? [] };
}
