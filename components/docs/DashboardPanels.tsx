import type { DashboardSummary } from '@/lib/dashboard/dashboard';
import { ScrollTable } from './ScrollTable';

/** Panel by panel: what it shows and the exact queries and metric names behind it. */
export function DashboardPanels({ dashboard }: { dashboard: DashboardSummary }) {
  return (
    <ScrollTable label="Dashboard panels and their metrics" columns={['Panel', 'Metrics', 'Queries']}>
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
    </ScrollTable>
  );
}
