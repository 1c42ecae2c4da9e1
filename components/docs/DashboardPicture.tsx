import { layoutDashboard, type DashboardSummary } from '@/lib/docs/dashboard';

const WIDTH = 960;
const ROW = 22;
const CHAR = 6.6; // average width of a 12px sans-serif character, to shorten text that would overflow

function fit(text: string, width: number, char = CHAR): string {
  const max = Math.max(3, Math.floor((width - 16) / char));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The dashboard's panels drawn from its JSON at build time: each panel at its gridPos (24 columns), with its
 * title, type and the metrics its queries read.
 */
export function DashboardPicture({ dashboard }: { dashboard: DashboardSummary }) {
  const { boxes, bands, height } = layoutDashboard(dashboard, WIDTH, ROW);
  const titleId = 'dashboard-picture-title';
  const descId = 'dashboard-picture-desc';
  return (
    <figure className="my-6">
      <div tabIndex={0} role="region" aria-label="Dashboard layout picture" className="overflow-x-auto rounded-md border border-slate-200 bg-slate-50 p-2 dark:border-slate-800 dark:bg-slate-900">
        <svg
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          viewBox={`0 0 ${WIDTH} ${height + 4}`}
          className="h-auto w-full min-w-[600px]"
          xmlns="http://www.w3.org/2000/svg"
        >
          <title id={titleId}>{`Layout of the "${dashboard.title}" Grafana dashboard`}</title>
          <desc id={descId}>
            {`${dashboard.panels.length} panels: ${dashboard.panels.map((p) => p.title).join(', ')}.`}
          </desc>
          {bands.map((b) => (
            <g key={`row-${b.y}-${b.title}`}>
              <text x={4} y={b.y + ROW * 0.7} className="fill-slate-900 text-[13px] font-semibold dark:fill-slate-100">
                {b.title}
              </text>
            </g>
          ))}
          {boxes.map((b) => {
            const lines = b.panel.metrics.length ? b.panel.metrics : b.panel.queries.length ? [] : ['(no query)'];
            const room = Math.max(0, Math.floor((b.height - 44) / 14));
            const shown = lines.slice(0, room);
            const more = lines.length - shown.length;
            return (
              <g key={`${b.panel.id}-${b.x}-${b.y}`}>
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
                <text x={b.x + 10} y={b.y + 35} className="fill-slate-600 text-[10px] dark:fill-slate-400">
                  {fit(b.panel.type, b.width, 6)}
                </text>
                {shown.map((m, i) => (
                  <text
                    key={m}
                    x={b.x + 10}
                    y={b.y + 50 + i * 14}
                    className="fill-sky-800 font-mono text-[10px] dark:fill-sky-300"
                  >
                    {fit(m, b.width, 6.2)}
                  </text>
                ))}
                {more > 0 && room > 0 ? (
                  <text x={b.x + b.width - 10} y={b.y + b.height - 8} textAnchor="end" className="fill-slate-600 text-[10px] dark:fill-slate-400">
                    {`+${more} more`}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        Drawn from <code>charts/aeterna/dashboards/aeterna.json</code> when this site was built: each box is a panel at its
        place on Grafana&apos;s 24-column grid, with the metrics its queries read.
      </figcaption>
    </figure>
  );
}
