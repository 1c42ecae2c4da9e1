'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { EngineFiles } from '@/components/manifests/ManifestsView';

// Nothing of the view or of Helm's engine loads before the user opens it.
const ManifestsView = dynamic(() => import('@/components/manifests/ManifestsView'), { ssr: false });

/** "What will be deployed": Helm's own engine renders the served chart with these values, in this browser. */
export function ManifestsPanel({ files, values }: { files: EngineFiles; values: string }) {
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="manifests-title" className="space-y-2 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h2 id="manifests-title" className="text-lg font-semibold">
        What will be deployed
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Helm&apos;s own engine renders the chart this site serves with these values, exactly as <code>helm template</code>{' '}
        does, in your browser: nothing is sent anywhere. Values that <code>lookup</code> would reuse on a live cluster are
        shown as freshly generated.
      </p>
      {open ? (
        <ManifestsView files={files} values={values} />
      ) : (
        <button type="button" onClick={() => setOpen(true)} className="rounded border border-slate-400 px-3 py-1.5 text-sm">
          Show the manifests (loads Helm&apos;s engine, {(files.bytes / 1e6).toFixed(0)} MB)
        </button>
      )}
    </section>
  );
}
