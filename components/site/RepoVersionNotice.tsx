/**
 * Tells the user when the chart version this site documents is not in the repository it serves (packaging could
 * not fetch the subcharts). Markup only, hidden: components/islands/repo-version-notice.ts checks the served index
 * in the browser and shows it, so the notice is true for whatever repository folder the server answers from, and
 * in the static export too.
 */
export function RepoVersionNotice({ chartVersion }: { chartVersion: string }) {
  return (
    <div
      role="status"
      hidden
      data-repo-version-notice={chartVersion}
      className="space-y-1 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
    >
      <p>
        Chart version {chartVersion} is not in this repository: when it was packaged, its subcharts (Bitnami Redis and PostgreSQL, Qdrant)
        could not be downloaded, and Helm cannot install a chart without them.
      </p>
      <p>
        Fix: run <code>npm run helm-repo</code> where the chart registries are reachable, or set <code>AETERNA_SUBCHARTS_DIR</code> to a
        folder with the subchart archives named in <code>Chart.lock</code>.
      </p>
    </div>
  );
}
