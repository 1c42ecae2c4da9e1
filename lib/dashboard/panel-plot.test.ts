import { describe, expect, it } from 'vitest';
import type { DashboardPanel } from './dashboard';
import type { DashboardSeries } from './series';
import { formatValue, legendOf, plotPanel } from './panel-plot';

const panel = (type: string, unit: string): DashboardPanel => ({
  id: 7,
  title: 'p',
  type,
  description: '',
  gridPos: { x: 0, y: 0, w: 12, h: 8 },
  metrics: [],
  row: '',
  unit,
  queries: [{ refId: 'A', expr: 'x', legend: '{{status}}' }],
});
const data: DashboardSeries = {
  test: 't',
  end: '60m',
  step: '1m',
  results: [
    {
      id: '7/A',
      series: [
        {
          labels: { status: '200' },
          points: [
            [0, 0],
            [60, 10],
            [120, 5],
          ],
        },
        {
          labels: { status: '500' },
          points: [
            [0, 1],
            [120, 1],
          ],
        },
      ],
    },
  ],
};

describe('panel plots', () => {
  it('scale a time series into its box, with legends from legendFormat and the range in the panel unit', () => {
    const p = plotPanel(panel('timeseries', 'reqps'), data, { x: 10, y: 20, width: 120, height: 100 });
    expect(p.lines.map((l) => l.legend)).toEqual(['200', '500']);
    expect(p.lines[0]!.points).toBe('10.0,120.0 70.0,20.0 130.0,70.0');
    expect([p.min, p.max]).toEqual(['0 req/s', '10 req/s']);
  });

  it('show a stat panel’s last value (summed over its series) and say when a panel would be empty', () => {
    expect(plotPanel(panel('stat', 'reqps'), data, { x: 0, y: 0, width: 1, height: 1 }).stat).toBe('6 req/s');
    expect(plotPanel(panel('stat', 'none'), { ...data, results: [] }, { x: 0, y: 0, width: 1, height: 1 }).empty).toBe(true);
  });

  it('format the dashboard’s units and fill legends', () => {
    expect([formatValue(0.0123, 'percentunit'), formatValue(2500, 'ms'), formatValue(180, 'ms'), formatValue(1.8, 's')]).toEqual([
      '1.23%',
      '2.5 s',
      '180 ms',
      '1.8 s',
    ]);
    expect(legendOf('{{from}} → {{to}}', { from: 'loading', to: 'available' })).toBe('loading → available');
  });
});
