/**
 * The metric names Prometheus can see from `aeterna serve` at appVersion, from the list kept next to the dashboard
 * (charts/aeterna/dashboards/emitted-metrics.yaml, with source references), expanded as the exporter exposes them:
 * a summary `x` is scraped as `x` (with `quantile`), `x_sum` and `x_count`.
 */
import { parse } from 'yaml';
import { readPromQL } from './promql';

interface EmittedMetric {
  name: string;
  type: 'counter' | 'gauge' | 'summary';
  labels: string[];
  source: string;
  reached: string;
}

export interface EmittedMetrics {
  scrape: string[];
  metrics: EmittedMetric[];
}

export function parseEmittedMetrics(yamlText: string): EmittedMetrics {
  const doc = parse(yamlText) as Partial<EmittedMetrics>;
  return { scrape: doc.scrape ?? [], metrics: doc.metrics ?? [] };
}

/** Every series name a query may select. */
export function selectableNames(list: EmittedMetrics): Set<string> {
  const out = new Set(list.scrape);
  for (const m of list.metrics) {
    out.add(m.name);
    if (m.type === 'summary') {
      out.add(`${m.name}_sum`);
      out.add(`${m.name}_count`);
    }
  }
  return out;
}

/** What is wrong with one expression: syntax errors, and metric names the server does not emit. */
export function expressionProblems(expr: string, allowed: Set<string>): string[] {
  const { metrics, errors } = readPromQL(expr);
  return [
    ...errors.map((e) => `does not parse (${e})`),
    ...(metrics.length === 0 ? ['selects no metric'] : []),
    ...metrics.filter((m) => !allowed.has(m)).map((m) => `${m} is not emitted by the server`),
  ];
}
