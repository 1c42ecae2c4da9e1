/** The directives drawn from the chart's Grafana dashboard (dashboards/aeterna.json). */
import { DASHBOARD_URL, loadDashboard } from '@/lib/docs/chart-sources';
import type { DashboardSummary } from '@/lib/dashboard/dashboard';
import type { DashboardSeries } from '@/lib/dashboard/series';
import dashboardSeries from '@/lib/dashboard/generated/dashboard-series.json';
import { DashboardPanels } from '../DashboardPanels';
import { DashboardPicture } from '../DashboardPicture';
import { Missing } from './Missing';

const BASE = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

function withDashboard(render: (d: DashboardSummary) => React.ReactNode) {
  const d = loadDashboard();
  return d ? render(d) : <Missing what="The Grafana dashboard" />;
}

/** `dashboard-picture`: what each panel shows, drawn from the server's emitted series. */
export function DashboardPictureDirective() {
  return withDashboard((d) => <DashboardPicture dashboard={d} series={dashboardSeries as DashboardSeries} />);
}

/** `dashboard-panels`: each panel and its query. */
export function DashboardPanelsDirective() {
  return withDashboard((d) => <DashboardPanels dashboard={d} />);
}

/** `dashboard-download`: the exact file the chart ships. */
export function DashboardDownload() {
  return withDashboard((d) => (
    <p>
      <a href={`${BASE}${DASHBOARD_URL}`} download="aeterna.json" className="font-semibold">
        Download aeterna.json
      </a>{' '}
      (&ldquo;{d.title}&rdquo;, uid <code>{d.uid}</code>, {d.panels.length} panels), the exact file the chart ships.
    </p>
  ));
}

/** `dashboard-inputs`: what Grafana's import dialog asks for, and the dashboard's variables. */
export function DashboardInputs() {
  return withDashboard((d) => {
    const dsVars = d.variables.filter((v) => v.type === 'datasource');
    const otherVars = d.variables.filter((v) => v.type !== 'datasource');
    return (
      <>
        {d.inputs.length ? (
          <p>
            The import dialog asks for:{' '}
            {d.inputs.map((i, j) => (
              <span key={i.name}>
                {j ? ', ' : ''}
                <strong>{i.label || i.name}</strong> (<code>{i.name}</code>, a {i.pluginId || i.type} {i.type})
              </span>
            ))}
            . Choose your Prometheus data source there.
          </p>
        ) : (
          <p>
            The file declares no <code>__inputs</code>, so the import dialog asks for no data source: it only asks for the name, the folder
            and the UID.
            {dsVars.length ? (
              <>
                {' '}
                The data source is a dashboard variable instead:{' '}
                {dsVars.map((v, j) => (
                  <span key={v.name}>
                    {j ? ', ' : ''}
                    <strong>{v.label || v.name}</strong> (<code>${v.name}</code>, any <code>{v.query}</code> data source)
                  </span>
                ))}
                , a drop-down at the top of the dashboard. Pick your Prometheus there after the import; Grafana preselects the default data
                source of that type.
              </>
            ) : null}
          </p>
        )}
        {otherVars.length ? (
          <p>
            Other variables:{' '}
            {otherVars.map((v, j) => (
              <span key={v.name}>
                {j ? '; ' : ''}
                <strong>{v.label || v.name}</strong> (<code>${v.name}</code>)
                {v.query ? (
                  <>
                    {' '}
                    from <code>{v.query}</code>
                  </>
                ) : null}
              </span>
            ))}
            .
          </p>
        ) : null}
      </>
    );
  });
}
