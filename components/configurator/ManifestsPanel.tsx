'use client';

import { memo, useDeferredValue, useEffect, useState, type ComponentType } from 'react';
import type { EngineFiles, EngineSource } from '@/lib/engine/protocol';
import type { EarlierFile } from '@/components/manifests/VersionComparison';
import type { ManifestsViewProps } from '@/components/manifests/ManifestsView';
import type { ClusterProfile } from '@/lib/cluster/profile';
import { TIMING } from '@/components/manifests/engine-timing-names';

type View = ComponentType<ManifestsViewProps>;

const POLL_MS = 3000;

/**
 * The engine's files; while `npm run dev` still builds the engine (its first run), null until the build writes
 * its engine.json, which is polled.
 */
function useEngineFiles(engine: EngineSource): EngineFiles | null {
  const [built, setBuilt] = useState<EngineFiles | null>(null);
  const pending = 'pending' in engine ? engine : null;
  useEffect(() => {
    if (!pending) return;
    let live = true;
    const poll = async () => {
      const r = await fetch(pending.pending, { cache: 'no-store' }).catch(() => null);
      if (!live) return;
      if (r?.ok) {
        const m = (await r.json()) as Omit<EngineFiles, 'worker' | 'archiveUrl'>;
        const at = (p: string) => `${pending.base}${p}`;
        setBuilt({ ...m, wasm: at(m.wasm), wasmExec: at(m.wasmExec), worker: pending.worker, archiveUrl: pending.archiveUrl });
      } else setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      live = false;
    };
  }, [pending]);
  return pending ? built : (engine as EngineFiles);
}

/** "What will be deployed": Helm's own engine renders the served chart with these values, in this browser. */
export function ManifestsPanel({
  engine,
  values,
  earlier,
  profile,
  defaultsText,
}: {
  engine: EngineSource;
  values: string;
  earlier?: EarlierFile;
  profile: ClusterProfile;
  /** The chart's values.yaml: the private-registry rewrite reads the image defaults from it. */
  defaultsText?: string;
}) {
  const files = useEngineFiles(engine);
  // Nothing of the view or of Helm's engine loads before the user opens it. A plain import() rather than
  // next/dynamic: React holds a Suspense boundary's content back up to 300 ms after its fallback showed.
  const [View, setView] = useState<View | null>(null);
  // The view follows the values in a render of its own, after the keystroke's (memo keeps it out of that one):
  // typing never waits for it.
  const shownValues = useDeferredValue(values);
  const [opening, setOpening] = useState<'no' | 'loading' | string>('no');
  function open(e: { timeStamp: number }) {
    // From the click itself (the event's time), for the bench and the browser's performance panel.
    performance.mark(TIMING.opened, { startTime: e.timeStamp });
    setOpening('loading');
    import('@/components/manifests/ManifestsView').then(
      (m) => setView(() => memo(m.default)),
      (e: unknown) => setOpening(`the view could not be loaded: ${e instanceof Error ? e.message : String(e)}`),
    );
  }
  return (
    <section aria-labelledby="manifests-title" className="space-y-2 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h2 id="manifests-title" className="text-lg font-semibold">
        What will be deployed
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Helm&apos;s own engine renders the chart this site serves with these values, exactly as <code>helm template</code> does, in your
        browser: nothing is sent anywhere. Values that <code>lookup</code> would reuse on a live cluster are shown as freshly generated.
      </p>
      {!files ? (
        <p role="status" className="text-sm" data-testid="engine-building">
          Helm&apos;s engine for this view is being built on this machine (the first <code>npm run dev</code> builds it in the background, a
          few minutes; its log is <code>.cache/helm-engine-build.log</code>). This panel offers the manifests as soon as it is ready.
        </p>
      ) : View ? (
        <View files={files} values={shownValues} earlier={earlier} profile={profile} defaultsText={defaultsText} />
      ) : opening === 'no' ? (
        <button type="button" onClick={open} className="rounded border border-slate-400 px-3 py-1.5 text-sm">
          Show the manifests (loads Helm&apos;s engine, {(files.downloadBytes / 1e6).toFixed(0)} MB)
        </button>
      ) : opening === 'loading' ? (
        <p role="status" className="text-sm">
          Loading the manifests view…
        </p>
      ) : (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          {opening}
        </p>
      )}
    </section>
  );
}
