/**
 * Reads a Grafana dashboard JSON into what the import guide shows: the panels with their place on the grid,
 * their queries and the metric names those queries use, and the inputs Grafana asks for on import.
 */
import { readPromQL } from '@/lib/dashboard/promql';

interface GridPos {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface DashboardQuery {
  refId: string;
  expr: string;
  legend: string;
}

export interface DashboardPanel {
  id: number | string;
  title: string;
  type: string;
  description: string;
  gridPos: GridPos;
  queries: DashboardQuery[];
  metrics: string[];
  /** Title of the row the panel sits in, if any. */
  row: string;
  /** Grafana unit of the panel's values (fieldConfig.defaults.unit), e.g. "ms", "reqps", "percentunit". */
  unit: string;
}

interface DashboardInput {
  name: string;
  label: string;
  type: string;
  pluginId: string;
}

export interface DashboardSummary {
  title: string;
  uid: string;
  panels: DashboardPanel[];
  /** Rows (type "row") in order, with their grid position: drawn as bands in the picture. */
  rows: { title: string; y: number; collapsed: boolean }[];
  inputs: DashboardInput[];
  variables: { name: string; label: string; type: string; query: string }[];
  /** All metric names used by any panel, sorted. */
  metrics: string[];
}

type Json = Record<string, unknown>;

/** Metric names in a PromQL expression, read with Prometheus' grammar (lib/dashboard/promql.ts). */
export function metricNames(expr: string): string[] {
  return readPromQL(expr).metrics;
}

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function toPanel(p: Json, row: string): DashboardPanel {
  const g = (p.gridPos ?? {}) as Json;
  const targets = Array.isArray(p.targets) ? (p.targets as Json[]) : [];
  const queries = targets
    .map((t) => ({ refId: str(t.refId), expr: str(t.expr) || str(t.query), legend: str(t.legendFormat) }))
    .filter((q) => q.expr);
  const metrics = [...new Set(queries.flatMap((q) => metricNames(q.expr)))].sort();
  return {
    id: typeof p.id === 'number' || typeof p.id === 'string' ? p.id : '',
    title: str(p.title) || '(untitled)',
    type: str(p.type),
    description: str(p.description),
    gridPos: { x: num(g.x, 0), y: num(g.y, 0), w: num(g.w, 12), h: num(g.h, 8) },
    queries,
    metrics,
    row,
    unit: str(((p.fieldConfig as Json | undefined)?.defaults as Json | undefined)?.unit),
  };
}

export function summarizeDashboard(json: unknown): DashboardSummary {
  if (!json || typeof json !== 'object') throw new Error('dashboard JSON is not an object');
  const d = json as Json;
  const panels: DashboardPanel[] = [];
  const rows: DashboardSummary['rows'] = [];
  let row = '';
  for (const p of (Array.isArray(d.panels) ? d.panels : []) as Json[]) {
    if (p.type === 'row') {
      row = str(p.title);
      rows.push({ title: row, y: num((p.gridPos as Json | undefined)?.y, 0), collapsed: p.collapsed === true });
      // A collapsed row keeps its panels inside it.
      for (const inner of (Array.isArray(p.panels) ? p.panels : []) as Json[]) panels.push(toPanel(inner, row));
      continue;
    }
    panels.push(toPanel(p, row));
  }
  const inputs = ((Array.isArray(d.__inputs) ? d.__inputs : []) as Json[]).map((i) => ({
    name: str(i.name),
    label: str(i.label),
    type: str(i.type),
    pluginId: str(i.pluginId),
  }));
  const templating = (d.templating ?? {}) as Json;
  const variables = ((Array.isArray(templating.list) ? templating.list : []) as Json[]).map((v) => ({
    name: str(v.name),
    label: str(v.label),
    type: str(v.type),
    query: typeof v.query === 'string' ? v.query : str((v.query as Json | undefined)?.query),
  }));
  return {
    title: str(d.title),
    uid: str(d.uid),
    panels,
    rows,
    inputs,
    variables,
    metrics: [...new Set(panels.flatMap((p) => p.metrics))].sort(),
  };
}

export interface LayoutBox {
  panel: DashboardPanel;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Places panels on a picture `width` pixels wide: Grafana's grid is 24 columns, and one grid row is 30 px
 * high at Grafana's scale; rows are drawn as bands. Panels inside collapsed rows are laid out below their
 * row band in their own gridPos order.
 */
export function layoutDashboard(
  d: DashboardSummary,
  width = 960,
  rowUnit = 22,
): { boxes: LayoutBox[]; bands: { title: string; y: number }[]; height: number } {
  const col = width / 24;
  const boxes = d.panels.map((panel) => ({
    panel,
    x: panel.gridPos.x * col,
    y: panel.gridPos.y * rowUnit,
    width: panel.gridPos.w * col,
    height: panel.gridPos.h * rowUnit,
  }));
  const bands = d.rows.map((r) => ({ title: r.title, y: r.y * rowUnit }));
  const bottom = Math.max(0, ...boxes.map((b) => b.y + b.height), ...bands.map((b) => b.y + rowUnit));
  return { boxes, bands, height: bottom };
}
