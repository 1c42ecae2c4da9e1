import { describe, expect, it } from 'vitest';
import { layoutDashboard, metricNames, summarizeDashboard } from './dashboard';

describe('metricNames', () => {
  it('finds metric names, not functions, labels, keywords, ranges or variables', () => {
    expect(metricNames('sum by (status) (rate(http_requests_total{job="$job", status=~"5.."}[$__rate_interval]))')).toEqual([
      'http_requests_total',
    ]);
    expect(metricNames('max(http_request_duration_ms{quantile="0.99"}) / ignoring(x) sum(memory_operations_total) offset 5m')).toEqual([
      'http_request_duration_ms',
      'memory_operations_total',
    ]);
    expect(metricNames('vector_backend_healthy == bool 1 and on(pod) up')).toEqual(['vector_backend_healthy', 'up']);
    expect(metricNames('rate(x_sum[5m]) / rate(x_count[5m]) * 1e3')).toEqual(['x_sum', 'x_count']);
  });
});

const dashboard = {
  title: 'Aeterna',
  uid: 'aeterna',
  __inputs: [{ name: 'DS_PROMETHEUS', label: 'Prometheus', type: 'datasource', pluginId: 'prometheus' }],
  templating: { list: [{ name: 'namespace', label: 'Namespace', type: 'query', query: { query: 'label_values(up, namespace)' } }] },
  panels: [
    { type: 'row', title: 'HTTP', gridPos: { x: 0, y: 0, w: 24, h: 1 } },
    {
      id: 1,
      type: 'timeseries',
      title: 'Requests',
      gridPos: { x: 0, y: 1, w: 12, h: 8 },
      targets: [{ refId: 'A', expr: 'sum(rate(http_requests_total[5m]))', legendFormat: '{{status}}' }],
    },
    {
      type: 'row',
      title: 'Memory',
      collapsed: true,
      gridPos: { x: 0, y: 9, w: 24, h: 1 },
      panels: [
        { id: 2, type: 'stat', title: 'Entries', gridPos: { x: 12, y: 10, w: 12, h: 4 }, targets: [{ expr: 'memory_entries_total' }] },
      ],
    },
  ],
};

describe('summarizeDashboard', () => {
  const d = summarizeDashboard(dashboard);
  it('lists panels (including those inside collapsed rows) with their row and metrics', () => {
    expect(d.panels.map((p) => [p.title, p.row, p.metrics])).toEqual([
      ['Requests', 'HTTP', ['http_requests_total']],
      ['Entries', 'Memory', ['memory_entries_total']],
    ]);
    expect(d.metrics).toEqual(['http_requests_total', 'memory_entries_total']);
    expect(d.inputs[0]!.pluginId).toBe('prometheus');
    expect(d.variables[0]).toMatchObject({ name: 'namespace', query: 'label_values(up, namespace)' });
  });

  it('lays panels out on a 24-column grid', () => {
    const l = layoutDashboard(d, 960, 20);
    expect(l.boxes[0]).toMatchObject({ x: 0, y: 20, width: 480, height: 160 });
    expect(l.boxes[1]).toMatchObject({ x: 480, y: 200, width: 480, height: 80 });
    expect(l.bands.map((b) => b.title)).toEqual(['HTTP', 'Memory']);
    expect(l.height).toBe(280);
  });
});
