import type { DashboardSummary } from '@/lib/docs/dashboard';

/** Panel by panel: what it shows and the exact queries and metric names behind it. */
export function DashboardPanels({ dashboard }: { dashboard: DashboardSummary }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Dashboard panels and their metrics">
      <table>
        <thead>
          <tr>
            <th scope="col">Panel</th>
            <th scope="col">Metrics</th>
            <th scope="col">Queries</th>
          </tr>
        </thead>
        <tbody>
          {dashboard.panels.map((p, i) => (
            <tr key={`${p.id}-${i}`} data-panel-title={p.title}>
              <td>
                <strong>{p.title}</strong>
                <br />
                <span className="text-xs text-slate-700 dark:text-slate-300">
                  {p.row ? `${p.row} · ` : ''}
                  {p.type}
                </span>
                {p.description ? <p className="!my-1 text-xs">{p.description}</p> : null}
              </td>
              <td>
                {p.metrics.length
                  ? p.metrics.map((m, j) => (
                      <span key={m}>
                        {j ? ', ' : ''}
                        <code>{m}</code>
                      </span>
                    ))
                  : '—'}
              </td>
              <td>
                {p.queries.map((q, j) => (
                  <code key={j} className="mb-1 block !whitespace-pre-wrap !break-all text-xs">
                    {q.expr}
                  </code>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
