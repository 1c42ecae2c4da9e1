'use client';

import { useEffect, useState } from 'react';
import { indexListsVersion } from '@/lib/helm-repo/index-lists';

/**
 * Tells the user when the chart version this site documents is not in the repository it serves (packaging
 * could not fetch the subcharts). Checked in the browser against the served index, so the notice is true for
 * whatever repository folder the server answers from, and in the static export too.
 */
export function RepoVersionNotice({ chartVersion }: { chartVersion: string }) {
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    let live = true;
    fetch(`${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/charts/index.yaml`)
      .then((r) => (r.ok ? r.text() : ''))
      .then((text) => live && setMissing(!indexListsVersion(text, chartVersion)))
      .catch(() => live && setMissing(true));
    return () => {
      live = false;
    };
  }, [chartVersion]);

  if (!missing) return null;
  return (
    <div role="status" className="space-y-1 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
      <p>
        Chart version {chartVersion} is not in this repository: when it was packaged, its subcharts (Bitnami Redis
        and PostgreSQL, Qdrant) could not be downloaded, and Helm cannot install a chart without them.
      </p>
      <p>
        Fix: run <code>npm run helm-repo</code> where the chart registries are reachable, or set{' '}
        <code>AETERNA_SUBCHARTS_DIR</code> to a folder with the subchart archives named in <code>Chart.lock</code>.
      </p>
    </div>
  );
}
