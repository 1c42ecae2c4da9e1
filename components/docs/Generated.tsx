import Link from 'next/link';
import { CodeBlock } from '@/components/site/CodeBlock';
import { InstallCommands } from '@/components/site/InstallCommands';
import { DASHBOARD_URL, loadDashboard, loadValidationMessages, readChartFile, valuesOfMessage } from '@/lib/docs/chart-sources';
import { legacyBitnamiImages, mirrorValuesYaml } from '@/lib/docs/bitnami-images';
import type { DirectiveName } from '@/lib/docs/directives';
import { loadReference } from '@/lib/reference/load';
import { chartRuleInstances } from '@/lib/rules/chart-rules';
import { schemaExpressible } from '@/lib/rules/declaration';
import { DashboardPanels } from './DashboardPanels';
import { DashboardPicture } from './DashboardPicture';
import dashboardSeries from '@/lib/docs/generated/dashboard-series.json';
import type { DashboardSeries } from '@/lib/docs/dashboard-series';
import { FailMessages } from './FailMessages';
import { ScrollTable } from './ScrollTable';

const BASE = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

function Missing({ what }: { what: string }) {
  return (
    <p role="note" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
      {what} is not in this version of the chart.
    </p>
  );
}

/**
 * Content generated at build time from the chart, placed in a Markdown page with `<!-- include: name arg -->`:
 *
 * - `install-commands [--verify] [values files…]`: add the repository and install (with `-f` files; --verify: the
 *   signature checked with the published key)
 * - `chart-file <path>`: a file shipped in the chart (e.g. values-production.yaml), with a copy button
 * - `fail-messages`: every validation message, once, marked where editors check the same rule as you type
 * - `dashboard-picture`, `dashboard-panels`, `dashboard-download`, `dashboard-inputs`: from dashboards/aeterna.json
 * - `bitnami-images`, `bitnami-mirror-values`: every image defaulting to bitnamilegacy, and a values file for a mirror
 */
export function Generated({ name, arg }: { name: string; arg: string }) {
  const directive = name as DirectiveName;
  switch (directive) {
    case 'install-commands': {
      const words = arg.split(/\s+/).filter(Boolean);
      return <InstallCommands valuesFiles={words.filter((w) => w !== '--verify')} verify={words.includes('--verify')} />;
    }
    case 'chart-file': {
      const text = readChartFile(arg);
      return text === null ? <Missing what={`The file ${arg}`} /> : <CodeBlock code={text.trimEnd()} label={`Copy ${arg}`} />;
    }
    case 'fail-messages': {
      const known = new Set(loadReference().entries.map((e) => e.path));
      const schemaRuleIds = new Set(chartRuleInstances.filter(schemaExpressible).map((r) => r.id));
      return <FailMessages messages={loadValidationMessages()} valuesOf={(m) => valuesOfMessage(m, known)} schemaRuleIds={schemaRuleIds} />;
    }
    case 'dashboard-picture': {
      const d = loadDashboard();
      return d ? <DashboardPicture dashboard={d} series={dashboardSeries as DashboardSeries} /> : <Missing what="The Grafana dashboard" />;
    }
    case 'dashboard-panels': {
      const d = loadDashboard();
      return d ? <DashboardPanels dashboard={d} /> : <Missing what="The Grafana dashboard" />;
    }
    case 'dashboard-inputs': {
      const d = loadDashboard();
      if (!d) return <Missing what="The Grafana dashboard" />;
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
              The file declares no <code>__inputs</code>, so the import dialog asks for no data source: it only asks for the name, the
              folder and the UID.
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
                  , a drop-down at the top of the dashboard. Pick your Prometheus there after the import; Grafana preselects the default
                  data source of that type.
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
    }
    case 'dashboard-download': {
      const d = loadDashboard();
      if (!d) return <Missing what="The Grafana dashboard" />;
      return (
        <p>
          <a href={`${BASE}${DASHBOARD_URL}`} download="aeterna.json" className="font-semibold">
            Download aeterna.json
          </a>{' '}
          (&ldquo;{d.title}&rdquo;, uid <code>{d.uid}</code>, {d.panels.length} panels), the exact file the chart ships.
        </p>
      );
    }
    case 'bitnami-images': {
      const images = legacyBitnamiImages(loadReference().entries);
      return (
        <ScrollTable label="Images that default to bitnamilegacy" columns={['Values', 'Default image']}>
          {images.map((i) => (
            <tr key={i.path}>
              <td>
                <Link prefetch={false} href={`/reference#${i.path}.repository`}>
                  <code>{i.path}</code>
                </Link>
              </td>
              <td>
                <code>{`${i.registry}/${i.repository}:${i.tag}`}</code>
              </td>
            </tr>
          ))}
        </ScrollTable>
      );
    }
    case 'bitnami-mirror-values':
      return <CodeBlock code={mirrorValuesYaml(legacyBitnamiImages(loadReference().entries)).trimEnd()} />;
    default: {
      const unknown: never = directive;
      throw new Error(`Unknown docs directive "include: ${String(unknown)}"`);
    }
  }
}
