/**
 * Turns a panel's evaluated series (lib/dashboard/series.ts) into what the dashboard picture draws: polylines
 * scaled into the panel's box for a time series, the last value with its unit for a stat, and legends filled in
 * from Grafana's legendFormat.
 */
import type { DashboardPanel } from './dashboard';
import { queryId, type DashboardSeries, type SeriesData } from './series';

interface PlotLine {
  legend: string;
  /** SVG points "x,y x,y" inside the box given to plotPanel. */
  points: string;
}

export interface PanelPlot {
  lines: PlotLine[];
  /** For a stat panel: the last value, formatted with the panel's unit. */
  stat?: string;
  /** The values' range, formatted, for the axis labels of a time series. */
  min?: string;
  max?: string;
  /** No series at all: the panel would show "No data". */
  empty: boolean;
}

/** Grafana's legendFormat: `{{label}}` replaced by the series' label values. */
export function legendOf(format: string, labels: Record<string, string>): string {
  if (!format)
    return (
      Object.entries(labels)
        .map(([k, v]) => `${k}="${v}"`)
        .join(', ') || 'value'
    );
  return format.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_, k: string) => labels[k] ?? '');
}

function trim(n: number): string {
  if (n === 0) return '0';
  const abs = Math.abs(n);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return String(Number(n.toFixed(digits)));
}

/** A value as Grafana would label it for the units this dashboard uses. */
export function formatValue(v: number, unit: string): string {
  switch (unit) {
    case 'percentunit':
      return `${trim(v * 100)}%`;
    case 'ms':
      return v >= 1000 ? `${trim(v / 1000)} s` : `${trim(v)} ms`;
    case 's':
      return `${trim(v)} s`;
    case 'reqps':
      return `${trim(v)} req/s`;
    case 'ops':
      return `${trim(v)}/s`;
    default:
      return trim(v);
  }
}

function panelSeries(panel: DashboardPanel, data: DashboardSeries): { legend: string; series: SeriesData }[] {
  return panel.queries.flatMap((q) => {
    const r = data.results.find((x) => x.id === queryId(panel.id, q.refId));
    return (r?.series ?? []).map((s) => ({ legend: legendOf(q.legend, s.labels), series: s }));
  });
}

/** The plot of one panel inside a box of `width` x `height` pixels whose top-left corner is (x, y). */
export function plotPanel(
  panel: DashboardPanel,
  data: DashboardSeries,
  box: { x: number; y: number; width: number; height: number },
): PanelPlot {
  const all = panelSeries(panel, data).filter((s) => s.series.points.length > 0);
  if (all.length === 0) return { lines: [], empty: true };
  if (panel.type === 'stat') {
    const last = all[0]!.series.points.at(-1)![1];
    const total = all.reduce((sum, s) => sum + s.series.points.at(-1)![1], 0);
    return { lines: [], stat: formatValue(all.length > 1 ? total : last, panel.unit), empty: false };
  }
  const xs = all.flatMap((s) => s.series.points.map((p) => p[0]));
  const ys = all.flatMap((s) => s.series.points.map((p) => p[1]));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const y0 = Math.min(0, ...ys);
  const y1 = Math.max(...ys) === y0 ? y0 + 1 : Math.max(...ys);
  const sx = (t: number) => box.x + ((t - x0) / Math.max(1, x1 - x0)) * box.width;
  const sy = (v: number) => box.y + box.height - ((v - y0) / (y1 - y0)) * box.height;
  return {
    lines: all.map((s) => ({
      legend: s.legend,
      points: s.series.points.map(([t, v]) => `${sx(t).toFixed(1)},${sy(v).toFixed(1)}`).join(' '),
    })),
    min: formatValue(y0, panel.unit),
    max: formatValue(y1, panel.unit),
    empty: false,
  };
}
