'use client';

/**
 * What `helm install` of the served chart would deploy with the editor's values: Helm's own engine (WebAssembly, in a
 * Web Worker) renders the chart archive the site serves under /charts. Nothing leaves the browser.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { changeOf, docKey, lineDiff } from '@/lib/site/manifest-diff';
import type { HelmDocument, HelmRequest, HelmResponse, WorkerIn, WorkerOut } from './protocol';

export interface EngineFiles {
  worker: string;
  wasm: string;
  wasmExec: string;
  bytes: number;
  downloadBytes: number;
  archiveUrl: string;
}

const MONITORING_APIS = ['monitoring.coreos.com/v1', 'monitoring.coreos.com/v1/ServiceMonitor', 'monitoring.coreos.com/v1/PrometheusRule'];

type Status = { kind: 'loading'; loaded: number; total: number } | { kind: 'ready' } | { kind: 'failed'; message: string };

export default function ManifestsView({ files, values }: { files: EngineFiles; values: string }) {
  const worker = useRef<Worker | null>(null);
  const pending = useRef(new Map<number, (r: HelmResponse) => void>());
  const nextId = useRef(1);
  const [status, setStatus] = useState<Status>({ kind: 'loading', loaded: 0, total: files.bytes });
  const [release, setRelease] = useState('aeterna');
  const [namespace, setNamespace] = useState('aeterna');
  const [kubeVersion, setKubeVersion] = useState('');
  const [monitoring, setMonitoring] = useState(false);
  const [result, setResult] = useState<HelmResponse | null>(null);
  const [defaults, setDefaults] = useState<Map<string, string> | null>(null);
  const [onlyChanged, setOnlyChanged] = useState(false);
  const [query, setQuery] = useState('');
  const rendered = useRef(false);
  const failed = status.kind === 'failed';

  useEffect(() => {
    const created = performance.now();
    const w = new Worker(files.worker);
    worker.current = w;
    w.onmessage = (e: MessageEvent<WorkerOut>) => {
      const m = e.data;
      // The progress counter reads a copy of the download, which can finish after the engine is running.
      if (m.type === 'progress') setStatus((s) => (s.kind === 'loading' ? { kind: 'loading', loaded: m.loaded, total: m.total } : s));
      else if (m.type === 'ready') {
        // User Timing entries, for the bench and the browser's performance panel.
        const at = (t: number) => t - performance.timeOrigin;
        const { init, loaded, started } = m.times;
        if (performance.getEntriesByName('helm-engine: opened').length)
          performance.measure('helm-engine: view code', { start: 'helm-engine: opened', end: created });
        performance.measure('helm-engine: worker', { start: created, end: at(init) });
        performance.measure('helm-engine: load and compile', {
          start: at(init),
          end: at(loaded),
          detail: { transferSize: m.transferSize },
        });
        performance.measure('helm-engine: start', { start: at(loaded), end: at(started) });
        setStatus({ kind: 'ready' });
      } else if (m.type === 'failed') setStatus({ kind: 'failed', message: m.message });
      else {
        performance.measure('helm-engine: render', { start: performance.now() - m.ms, duration: m.ms });
        pending.current.get(m.id)?.(m.response);
        pending.current.delete(m.id);
      }
    };
    // The worker's own script could not be loaded or run (it reports everything after that itself).
    w.onerror = (e) => setStatus({ kind: 'failed', message: e.message || `the worker ${files.worker} could not be started` });
    w.postMessage({
      type: 'init',
      wasm: files.wasm,
      wasmExec: files.wasmExec,
      bytes: files.bytes,
      archiveUrl: files.archiveUrl,
    } satisfies WorkerIn);
    return () => w.terminate();
  }, [files]);

  const render = useMemo(
    () => (request: HelmRequest) =>
      new Promise<HelmResponse>((resolve) => {
        const id = nextId.current++;
        pending.current.set(id, resolve);
        worker.current!.postMessage({ type: 'render', id, request } satisfies WorkerIn);
      }),
    [],
  );

  // Tests compare this view with the helm CLI through the same worker.
  useEffect(() => {
    if (status.kind !== 'ready') return;
    (window as unknown as { __aeternaHelmRender?: typeof render }).__aeternaHelmRender = render;
  }, [status.kind, render]);

  // Renders are asked for at once, not when the engine is ready: the worker holds them until it runs.
  useEffect(() => {
    if (failed) return;
    let current = true;
    const request: HelmRequest = {
      values,
      release,
      namespace,
      kubeVersion,
      apiVersions: monitoring ? MONITORING_APIS : [],
      isUpgrade: false,
      skipTests: false,
    };
    // A short pause lets a burst of keystrokes render once; the first render does not wait.
    const t = setTimeout(() => void render(request).then((r) => current && setResult(r)), rendered.current ? 40 : 0);
    rendered.current = true;
    return () => {
      current = false;
      clearTimeout(t);
    };
  }, [failed, values, release, namespace, kubeVersion, monitoring, render]);

  // The same chart and settings with the chart's defaults, to show what the values change.
  useEffect(() => {
    if (failed) return;
    let current = true;
    const request: HelmRequest = {
      values: '',
      release,
      namespace,
      kubeVersion,
      apiVersions: monitoring ? MONITORING_APIS : [],
      isUpgrade: false,
      skipTests: false,
    };
    const t = setTimeout(
      () =>
        void render(request).then((r) => {
          if (current) setDefaults(r.error ? null : new Map((r.documents ?? []).map((d) => [docKey(d), d.content])));
        }),
      40,
    );
    return () => {
      current = false;
      clearTimeout(t);
    };
  }, [failed, release, namespace, kubeVersion, monitoring, render]);

  // From the click to the first manifests on screen: the task after the frame that paints them.
  useEffect(() => {
    if (!result || !performance.getEntriesByName('helm-engine: opened').length) return;
    if (performance.getEntriesByName('helm-engine: first manifests').length) return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (!performance.getEntriesByName('helm-engine: first manifests').length)
          performance.measure('helm-engine: first manifests', 'helm-engine: opened');
      }),
    );
  }, [result]);

  type Shown = HelmDocument & { change: 'added' | 'changed' | 'same' | 'unknown' };
  // Each document's change against the defaults, computed once per render result.
  const shown = useMemo<Shown[]>(
    () => (result?.error ? [] : (result?.documents ?? [])).map((d) => ({ ...d, change: defaults ? changeOf(d, defaults) : 'unknown' })),
    [result, defaults],
  );
  const byKind = useMemo(() => {
    const groups = new Map<string, Shown[]>();
    const q = query.trim().toLowerCase();
    for (const d of shown) {
      if (onlyChanged && d.change === 'same') continue;
      if (q && !`${d.kind} ${d.name} ${d.source}\n${d.content}`.toLowerCase().includes(q)) continue;
      groups.set(d.kind, [...(groups.get(d.kind) ?? []), d]);
    }
    return [...groups.entries()];
  }, [shown, query, onlyChanged]);
  const changed = defaults ? shown.filter((d) => d.change !== 'same').length : null;

  function download() {
    if (!result?.output) return;
    const url = URL.createObjectURL(new Blob([result.output], { type: 'application/yaml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'manifests.yaml';
    a.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div className="space-y-3" data-testid="manifests-view">
      <div className="grid grid-cols-2 gap-2 text-sm">
        <label className="block">
          Release name
          <input
            className="mt-1 w-full rounded border border-slate-400 px-2 py-1 dark:bg-slate-900"
            value={release}
            onChange={(e) => setRelease(e.target.value)}
          />
        </label>
        <label className="block">
          Namespace
          <input
            className="mt-1 w-full rounded border border-slate-400 px-2 py-1 dark:bg-slate-900"
            value={namespace}
            onChange={(e) => setNamespace(e.target.value)}
          />
        </label>
        <label className="block">
          Kubernetes version (empty: Helm&apos;s default)
          <input
            className="mt-1 w-full rounded border border-slate-400 px-2 py-1 dark:bg-slate-900"
            value={kubeVersion}
            placeholder="e.g. 1.33.0"
            onChange={(e) => setKubeVersion(e.target.value)}
          />
        </label>
        <label className="flex items-end gap-2">
          <input type="checkbox" checked={monitoring} onChange={(e) => setMonitoring(e.target.checked)} />
          The cluster serves the Prometheus Operator (ServiceMonitor, PrometheusRule)
        </label>
      </div>
      {status.kind === 'loading' ? (
        <div role="status">
          <p className="text-sm">Loading Helm&apos;s engine ({Math.round((100 * status.loaded) / Math.max(1, status.total))}%)…</p>
          <progress className="w-full" max={status.total} value={status.loaded} aria-label="Loading Helm's engine" />
        </div>
      ) : null}
      {status.kind === 'failed' ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          Helm&apos;s engine could not be loaded: {status.message}
        </p>
      ) : null}
      {result?.error ? (
        <div role="alert" data-testid="helm-error">
          <p className="text-sm font-semibold text-red-800 dark:text-red-300">helm template would fail:</p>
          <pre className="overflow-x-auto whitespace-pre-wrap rounded bg-red-50 p-2 text-xs text-red-900 dark:bg-red-950 dark:text-red-200">
            Error: {result.error}
          </pre>
        </div>
      ) : null}
      {result && !result.error ? (
        <>
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-sm" data-testid="manifests-summary">
              {(result.documents ?? []).length} documents from {new Set((result.documents ?? []).map((d) => d.source)).size} templates
            </p>
            {changed !== null ? (
              <label className="text-sm" data-testid="manifests-changed">
                <input type="checkbox" className="mr-1" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} />
                Only the {changed} that differ from the chart defaults
              </label>
            ) : null}
            <button type="button" onClick={download} className="rounded border border-slate-400 px-3 py-1.5 text-sm">
              Download manifests.yaml
            </button>
            <label className="text-sm">
              Search{' '}
              <input
                type="search"
                className="ml-1 rounded border border-slate-400 px-2 py-1 dark:bg-slate-900"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
            </label>
          </div>
          {byKind.map(([kind, docs]) => (
            <details key={kind} className="rounded border border-slate-200 p-2 dark:border-slate-700">
              <summary className="cursor-pointer text-sm font-semibold">
                {kind} ({docs.length})
              </summary>
              {docs.map((d, i) => (
                <div key={`${d.source}-${i}`} className="mt-2">
                  <p className="text-xs text-slate-700 dark:text-slate-300">
                    {d.name} · <code>{d.source}</code>
                    {d.hook ? ' · hook' : ''}
                    {d.change === 'added'
                      ? ' · not rendered with the defaults'
                      : d.change === 'changed'
                        ? ' · differs from the defaults'
                        : ''}
                  </p>
                  <pre className="max-h-80 overflow-auto rounded bg-slate-900 p-2 text-xs text-slate-100">{d.content}</pre>
                  {d.change === 'changed' && defaults ? (
                    <ChangesFromDefaults before={defaults.get(docKey(d)) ?? ''} after={d.content} />
                  ) : null}
                </div>
              ))}
            </details>
          ))}
          {result.notes ? (
            <details className="rounded border border-slate-200 p-2 dark:border-slate-700">
              <summary className="cursor-pointer text-sm font-semibold">NOTES</summary>
              <pre className="mt-2 overflow-auto whitespace-pre-wrap text-xs">{result.notes}</pre>
            </details>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

/** The changed lines of one document, computed only when opened. */
function ChangesFromDefaults({ before, after }: { before: string; after: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-1" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-xs">Changes from the defaults</summary>
      {open ? (
        <pre className="max-h-80 overflow-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800" data-testid="manifest-diff">
          {lineDiff(before, after)
            .filter((l) => l.op !== ' ')
            .map((l) => `${l.op} ${l.text}`)
            .join('\n')}
        </pre>
      ) : null}
    </details>
  );
}
