/// <reference lib="webworker" />
/**
 * The manifests view's Web Worker: Helm's engine (helm-engine, WebAssembly) runs here, so typing never
 * waits for it. Compiled while it streams in (WebAssembly.instantiateStreaming), with progress reported; the chart
 * archive is the one the site serves under /charts.
 */
import type { HelmRequest, HelmResponse, WorkerIn, WorkerOut } from '../../lib/engine/protocol';

declare const self: DedicatedWorkerGlobalScope;
declare class Go {
  importObject: WebAssembly.Imports;
  env: Record<string, string>;
  run(instance: WebAssembly.Instance): Promise<void>;
}
type Template = (archive: Uint8Array, request: string) => string;

let archive: Uint8Array | null = null;
/** The bench's profile (WorkerIn init): each render also times the template parse alone. */
let profile = false;
/** Settles when the engine is running; renders asked for before then wait for it, in order. */
let engine: Promise<boolean> = Promise.resolve(false);
const post = (m: WorkerOut) => self.postMessage(m);
/** Times for the page's User Timing entries, comparable across the worker and the page. */
const epoch = () => performance.timeOrigin + performance.now();

/**
 * The module, streamed and compiled as it arrives. A plain fetch, so that the browser's HTTP cache keeps it (it is
 * served under a content-hashed name, cacheable forever) and V8 keeps the machine code it compiled alongside: a
 * later visit starts from both. A clone of the response counts the bytes for the progress bar (wrapping the body
 * instead would make a new response, which V8 cannot cache code for).
 */
async function compileEngine(m: Extract<WorkerIn, { type: 'init' }>, imports: WebAssembly.Imports): Promise<WebAssembly.Instance> {
  const res = await fetch(m.wasm);
  if (!res.ok || !res.body) throw new Error(`the server answered HTTP ${res.status} for ${m.wasm}`);
  void countProgress(res.clone(), m.bytes);
  return (await WebAssembly.instantiateStreaming(res, imports)).instance;
}

async function countProgress(res: Response, total: number): Promise<void> {
  const reader = res.body!.getReader();
  let loaded = 0;
  let shown = -1;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    loaded += value.byteLength;
    const percent = Math.floor((100 * loaded) / total);
    if (percent !== shown) post({ type: 'progress', loaded, total });
    shown = percent;
  }
}

/** How many bytes the engine took over the network (0 from the browser's cache), by the browser's own count. */
function transferSize(url: string): number | undefined {
  const entry = performance.getEntriesByName(new URL(url, self.location.href).href)[0] as PerformanceResourceTiming | undefined;
  return entry?.transferSize;
}

async function init(m: Extract<WorkerIn, { type: 'init' }>): Promise<void> {
  const t0 = epoch();
  profile = m.profile === true;
  // Earlier versions of the site kept an unpacked copy (80 MB) in Cache Storage: the HTTP cache does that now.
  if ('caches' in self) void caches.delete('aeterna-helm-engine').catch(() => {});
  importScripts(m.wasmExec);
  const go = new Go();
  // Go collects garbage when the heap has grown 4 times over (not 2): rendering the chart allocates a lot of
  // short-lived memory, and fewer collections cut the first manifests by about 100 ms for some 35 MB more memory.
  go.env = { GOGC: '400' };
  const [instance, chart] = await Promise.all([
    compileEngine(m, go.importObject),
    fetch(m.archiveUrl).then(async (r) => {
      if (!r.ok) throw new Error(`the chart archive ${m.archiveUrl} answered HTTP ${r.status}`);
      return new Uint8Array(await r.arrayBuffer());
    }),
  ]);
  archive = chart;
  const t1 = epoch();
  void go.run(instance);
  post({ type: 'ready', times: { init: t0, loaded: t1, started: epoch() }, transferSize: transferSize(m.wasm) });
}

/** Other archives the view compares with (earlier versions under /charts), fetched once each. */
const others = new Map<string, Promise<Uint8Array>>();

function otherArchive(url: string): Promise<Uint8Array> {
  let p = others.get(url);
  if (!p) {
    p = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(`the chart archive ${url} answered HTTP ${r.status}: this site's repository does not serve it`);
      return new Uint8Array(await r.arrayBuffer());
    });
    others.set(url, p);
  }
  return p;
}

function render(request: HelmRequest, chart: Uint8Array | null = archive): HelmResponse {
  const template = (self as unknown as { helmTemplate?: Template }).helmTemplate;
  if (!template || !chart) return { output: '', documents: [], notes: '', error: 'the engine is not loaded' };
  return JSON.parse(template(chart, JSON.stringify(profile ? { ...request, profile } : request))) as HelmResponse;
}

self.onmessage = (e: MessageEvent<WorkerIn>) => {
  const m = e.data;
  if (m.type === 'init') {
    engine = init(m).then(
      () => true,
      (err: unknown) => {
        post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
        return false;
      },
    );
  } else {
    void engine.then(async (running) => {
      if (!running) return;
      let chart = archive;
      if (m.archiveUrl) {
        try {
          chart = await otherArchive(m.archiveUrl);
        } catch (err) {
          const error = err instanceof Error ? err.message : String(err);
          post({ type: 'result', id: m.id, response: { output: '', documents: null, notes: '', error }, ms: 0 });
          return;
        }
      }
      const start = performance.now();
      post({ type: 'result', id: m.id, response: render(m.request, chart), ms: performance.now() - start });
    });
  }
};
