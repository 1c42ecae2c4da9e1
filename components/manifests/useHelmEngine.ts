'use client';

/**
 * Helm's engine in a Web Worker (./helm-worker.ts): starts it for the files given, reports its loading, and
 * renders requests over its message protocol (./protocol.ts). Which render goes next, and the watchdog that replaces
 * a worker stuck in one, are lib/engine/render-scheduler.ts: requests can be sent at once, and wait for the engine.
 */
import { useEffect, useMemo, useState } from 'react';
import { RenderScheduler } from '@/lib/engine/render-scheduler';
import { measureEngineStart, measureRender } from './engine-timing';
import type { EngineFiles, HelmRequest, HelmResponse, WorkerIn, WorkerOut } from '../../lib/engine/protocol';

export type EngineStatus = { kind: 'loading'; loaded: number; total: number } | { kind: 'ready' } | { kind: 'failed'; message: string };

/**
 * A render; `lane` names what it is for (a newer render of the same lane replaces one still waiting, which then
 * gets null). Without a lane, the render is never replaced.
 */
export type Render = (request: HelmRequest, options?: { archiveUrl?: string; lane?: string }) => Promise<HelmResponse | null>;

type Job = { request: HelmRequest; archiveUrl?: string };

export function useHelmEngine(files: EngineFiles): { status: EngineStatus; render: Render } {
  // Made once, so that renders can be asked for before the worker exists; the effect attaches the worker.
  const [s] = useState(() => new RenderScheduler<Job, HelmResponse>());
  const [status, setStatus] = useState<EngineStatus>({ kind: 'loading', loaded: 0, total: files.bytes });

  useEffect(() => {
    let worker: Worker | null = null;
    const start = () => {
      const created = performance.now();
      const w = new Worker(files.worker);
      worker = w;
      w.onmessage = (e: MessageEvent<WorkerOut>) => {
        const m = e.data;
        // The progress counter reads a copy of the download, which can finish after the engine is running.
        if (m.type === 'progress') setStatus((s) => (s.kind === 'loading' ? { kind: 'loading', loaded: m.loaded, total: m.total } : s));
        else if (m.type === 'ready') {
          measureEngineStart(created, m.times, m.transferSize);
          setStatus({ kind: 'ready' });
          s.ready();
        } else if (m.type === 'failed') {
          setStatus({ kind: 'failed', message: m.message });
          s.dispose();
        } else {
          measureRender(m.ms, m.response.phases);
          s.answered(m.id, m.response);
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
        profile: (globalThis as { __helmEngineProfile?: boolean }).__helmEngineProfile === true,
      } satisfies WorkerIn);
    };
    s.attach({
      send: (id, job) => worker?.postMessage({ type: 'render', id, request: job.request, archiveUrl: job.archiveUrl } satisfies WorkerIn),
      restart: () => {
        worker?.terminate();
        setStatus({ kind: 'loading', loaded: 0, total: files.bytes });
        start();
      },
    });
    start();
    return () => {
      s.dispose();
      worker?.terminate();
    };
  }, [files, s]);

  const render = useMemo((): Render => {
    let calls = 0;
    return async (request, options = {}) => {
      const o = await s.submit(options.lane ?? `call-${++calls}`, { request, archiveUrl: options.archiveUrl });
      if (o.kind === 'superseded') return null;
      if (o.kind === 'stopped') return { output: '', documents: null, notes: '', error: o.message, stopped: true };
      return o.response;
    };
  }, [s]);

  // Tests compare this view with the helm CLI through the same worker.
  useEffect(() => {
    if (status.kind !== 'ready') return;
    (window as unknown as { __aeternaHelmRender?: typeof render }).__aeternaHelmRender = render;
  }, [status.kind, render]);

  return { status, render };
}
