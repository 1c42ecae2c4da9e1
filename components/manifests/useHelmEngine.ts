'use client';

/**
 * Helm's engine in a Web Worker (./helm-worker.ts): starts it for the files given, reports its loading, and
 * renders requests over its message protocol (./protocol.ts). Requests can be sent at once: the worker holds them
 * until the engine runs.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { measureEngineStart, measureRender } from './engine-timing';
import type { EngineFiles, HelmRequest, HelmResponse, WorkerIn, WorkerOut } from '../../lib/engine/protocol';

export type EngineStatus = { kind: 'loading'; loaded: number; total: number } | { kind: 'ready' } | { kind: 'failed'; message: string };

export type Render = (request: HelmRequest, archiveUrl?: string) => Promise<HelmResponse>;

export function useHelmEngine(files: EngineFiles): { status: EngineStatus; render: Render } {
  const worker = useRef<Worker | null>(null);
  const pending = useRef(new Map<number, (r: HelmResponse) => void>());
  const nextId = useRef(1);
  const [status, setStatus] = useState<EngineStatus>({ kind: 'loading', loaded: 0, total: files.bytes });

  useEffect(() => {
    const created = performance.now();
    const w = new Worker(files.worker);
    worker.current = w;
    w.onmessage = (e: MessageEvent<WorkerOut>) => {
      const m = e.data;
      // The progress counter reads a copy of the download, which can finish after the engine is running.
      if (m.type === 'progress') setStatus((s) => (s.kind === 'loading' ? { kind: 'loading', loaded: m.loaded, total: m.total } : s));
      else if (m.type === 'ready') {
        measureEngineStart(created, m.times, m.transferSize);
        setStatus({ kind: 'ready' });
      } else if (m.type === 'failed') setStatus({ kind: 'failed', message: m.message });
      else {
        measureRender(m.ms);
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
    (): Render => (request, archiveUrl) =>
      new Promise<HelmResponse>((resolve) => {
        const id = nextId.current++;
        pending.current.set(id, resolve);
        worker.current!.postMessage({ type: 'render', id, request, archiveUrl } satisfies WorkerIn);
      }),
    [],
  );

  // Tests compare this view with the helm CLI through the same worker.
  useEffect(() => {
    if (status.kind !== 'ready') return;
    (window as unknown as { __aeternaHelmRender?: typeof render }).__aeternaHelmRender = render;
  }, [status.kind, render]);

  return { status, render };
}
