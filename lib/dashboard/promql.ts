/**
 * PromQL read with Prometheus' own grammar (@prometheus-io/lezer-promql, the parser of Prometheus' web UI), so that
 * the dashboard's and the alert rules' expressions are checked as Prometheus reads them, not guessed at with
 * regular expressions: which metric names they select, and whether they parse at all.
 */
import { parser } from '@prometheus-io/lezer-promql';

export interface PromQLReading {
  /** Metric names selected by vector and range selectors, in order of appearance, without duplicates. */
  metrics: string[];
  /** Syntax errors, as "at <offset>: <text around it>"; empty when the expression parses. */
  errors: string[];
}

/** Grafana's interval variables stand where PromQL wants a duration: give the parser one. */
const GRAFANA_DURATIONS = /\$(?:__rate_interval|__interval|__range)\b|\$\{(?:__rate_interval|__interval|__range)\}/g;

export function readPromQL(expr: string): PromQLReading {
  const text = expr.replace(GRAFANA_DURATIONS, '5m');
  const tree = parser.parse(text);
  const metrics: string[] = [];
  const errors: string[] = [];
  tree.iterate({
    enter(node) {
      if (node.type.isError) errors.push(`at ${node.from}: ${JSON.stringify(text.slice(Math.max(0, node.from - 15), node.to + 15))}`);
      if (node.name === 'VectorSelector') {
        const id = node.node.getChild('Identifier');
        if (id) {
          const name = text.slice(id.from, id.to);
          if (!metrics.includes(name)) metrics.push(name);
        }
      }
    },
  });
  return { metrics, errors };
}
