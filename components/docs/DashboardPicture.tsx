import { layoutDashboard, type DashboardSummary } from '@/lib/dashboard/dashboard';
import type { DashboardSeries } from '@/lib/dashboard/series';
import { plotPanel } from '@/lib/dashboard/panel-plot';

const WIDTH = 960;
const ROW = 22;
const CHAR = 6.6; // average width of a 12px sans-serif character, to shorten text that would overflow

function fit(text: string, width: number, char = CHAR): string {
  const max = Math.max(3, Math.floor((width - 16) / char));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Line colours of a time series panel (series beyond the last reuse them). */
const LINE_CLASSES = [
  'stroke-sky-600',
  'stroke-amber-500',
  'stroke-emerald-600',
  'stroke-rose-600',
  'stroke-violet-600',
  'stroke-slate-500',
];
const SWATCH_CLASSES = ['fill-sky-600', 'fill-amber-500', 'fill-emerald-600', 'fill-rose-600', 'fill-violet-600', 'fill-slate-500'];

/**
 * The dashboard's panels drawn at build time: each panel at its gridPos (24 columns) with its title, and its own
 * queries' values as Prometheus' engine computes them over the synthetic series of the alert tests
 * (lib/dashboard/series.ts): lines for a time series, the last value for a stat.
 */
export function DashboardPicture({ dashboard, series }: { dashboard: DashboardSummary; series: DashboardSeries }) {
  const { boxes, bands, height } = layoutDashboard(dashboard, WIDTH, ROW);
  const titleId = 'dashboard-picture-title';
  const descId = 'dashboard-picture-desc';
  return (
    <figure className="my-6">
      <div
        tabIndex={0}
        role="region"
        aria-label="Dashboard picture"
        className="overflow-x-auto rounded-md border border-slate-200 bg-slate-50 p-2 dark:border-slate-800 dark:bg-slate-900"
      >
        <svg
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          viewBox={`0 0 ${WIDTH} ${height + 4}`}
          className="h-auto w-full min-w-[600px]"
          xmlns="http://www.w3.org/2000/svg"
        >
          <title id={titleId}>{`The "${dashboard.title}" Grafana dashboard over an hour of a busy server`}</title>
          <desc id={descId}>{`${dashboard.panels.length} panels: ${dashboard.panels.map((p) => p.title).join(', ')}.`}</desc>
          {bands.map((b) => (
            <g key={`row-${b.y}-${b.title}`}>
              <text x={4} y={b.y + ROW * 0.7} className="fill-slate-900 text-[13px] font-semibold dark:fill-slate-100">
                {b.title}
              </text>
            </g>
          ))}
          {boxes.map((b) => (
            <PanelBox key={`${b.panel.id}-${b.x}-${b.y}`} box={b} series={series} />
          ))}
        </svg>
      </div>
      <figcaption className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        Drawn when this site was built: each panel of <code>charts/aeterna/dashboards/aeterna.json</code> at its place on Grafana&apos;s
        24-column grid, showing its own queries evaluated by Prometheus&apos; query engine over an hour of synthetic series shaped like the
        server&apos;s (the series the alert tests use, in <code>test/fixtures/promtool/alerts_test.yaml</code>; one tenant fails to load at
        minute 37).
      </figcaption>
    </figure>
  );
}

type Box = ReturnType<typeof layoutDashboard>['boxes'][number];

/** One panel at its place: its frame and title, then "No data", its stat, or its lines with their legends. */
function PanelBox({ box: b, series }: { box: Box; series: DashboardSeries }) {
  const plotBox = {
    x: b.x + 12,
    y: b.y + 30,
    width: Math.max(0, b.width - 24),
    height: Math.max(0, b.height - (b.panel.type === 'stat' ? 40 : 62)),
  };
  const plot = plotPanel(b.panel, series, plotBox);
  const legends = plot.lines.slice(0, Math.max(1, Math.floor((b.width - 24) / 110)));
  return (
    <g>
      <rect
        x={b.x + 2}
        y={b.y + 2}
        width={Math.max(0, b.width - 4)}
        height={Math.max(0, b.height - 4)}
        rx={4}
        className="fill-white stroke-slate-300 dark:fill-slate-950 dark:stroke-slate-700"
      />
      <text x={b.x + 10} y={b.y + 20} className="fill-slate-900 text-[12px] font-semibold dark:fill-slate-100">
        {fit(b.panel.title, b.width)}
      </text>
      {plot.empty ? (
        <text
          x={b.x + b.width / 2}
          y={b.y + b.height / 2 + 8}
          textAnchor="middle"
          className="fill-slate-600 text-[12px] dark:fill-slate-400"
        >
          No data
        </text>
      ) : plot.stat !== undefined ? (
        <text
          data-stat
          x={b.x + b.width / 2}
          y={b.y + b.height / 2 + 16}
          textAnchor="middle"
          className="fill-emerald-700 text-[26px] font-semibold dark:fill-emerald-400"
        >
          {plot.stat}
        </text>
      ) : (
        <g>
          <line
            x1={plotBox.x}
            y1={plotBox.y + plotBox.height}
            x2={plotBox.x + plotBox.width}
            y2={plotBox.y + plotBox.height}
            className="stroke-slate-300 dark:stroke-slate-700"
          />
          <text x={plotBox.x} y={plotBox.y - 2} className="fill-slate-600 text-[9px] dark:fill-slate-400">
            {plot.max}
          </text>
          {plot.lines.map((l, i) => (
            <polyline
              key={`${l.legend}-${i}`}
              points={l.points}
              fill="none"
              strokeWidth={1.5}
              className={LINE_CLASSES[i % LINE_CLASSES.length]}
            />
          ))}
          {legends.map((l, i) => (
            <g key={`legend-${l.legend}-${i}`}>
              <circle cx={b.x + 16 + i * 110} cy={b.y + b.height - 18} r={4} className={SWATCH_CLASSES[i % SWATCH_CLASSES.length]} />
              <text x={b.x + 24 + i * 110} y={b.y + b.height - 14} className="fill-slate-700 text-[9px] dark:fill-slate-300">
                {fit(l.legend, 104, 5.2)}
              </text>
            </g>
          ))}
        </g>
      )}
    </g>
  );
}
