/// <reference lib="webworker" />
/**
 * The manifests view's Web Worker: Helm's engine (scripts/helm-wasm, WebAssembly) runs here, so typing never
 * waits for it. Unpacked and compiled while it streams in (DecompressionStream, WebAssembly.instantiateStreaming),
 * with progress reported; the
 * chart archive is the one the site serves under /charts.
 */
import type { HelmRequest, HelmResponse, WorkerIn, WorkerOut } from './protocol';

declare const self: DedicatedWorkerGlobalScope;
declare class Go {
  importObject: WebAssembly.Imports;
  env: Record<string, string>;
  run(instance: WebAssembly.Instance): Promise<void>;
}
type Template = (archive: Uint8Array, request: string) => string;

let archive: Uint8Array | null = null;
/** Settles when the engine is running; renders asked for before then wait for it, in order. */
let engine: Promise<boolean> = Promise.resolve(false);
const post = (m: WorkerOut) => self.postMessage(m);
/** Times for the page's User Timing entries, comparable across the worker and the page. */
const epoch = () => performance.timeOrigin + performance.now();

/**
 * The module, unpacked: from the page's Cache Storage when a visit already unpacked it (then the browser can also
 * reuse the machine code it compiled), else downloaded as gzip, unpacked while it streams, and kept there.
 */
async function engineResponse(m: Extract<WorkerIn, { type: 'init' }>): Promise<Response> {
  const key = new URL(m.wasm, self.location.href).href.replace(/\.gz$/, '');
  const cache = 'caches' in self ? await caches.open('aeterna-helm-engine').catch(() => undefined) : undefined;
  const cached = await cache?.match(key);
  if (cached) {
    post({ type: 'progress', loaded: m.bytes, total: m.bytes });
    return cached;
  }
  const res = await fetch(m.wasm);
  if (!res.ok || !res.body) throw new Error(`the server answered HTTP ${res.status} for ${m.wasm}`);
  let loaded = 0;
  // Counts what arrives for the progress bar, then unpacks the gzip file as it streams.
  const wasm = res.body
    .pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, ctl) {
          loaded += chunk.byteLength;
          post({ type: 'progress', loaded, total: m.bytes });
          ctl.enqueue(chunk);
        },
      }),
    )
    .pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  const headers = { 'content-type': 'application/wasm' };
  if (!cache) return new Response(wasm, { headers });
  const [compile, keep] = wasm.tee();
  // Old versions of the engine go once this one is kept: the key carries the content hash.
  void cache
    .put(key, new Response(keep, { headers }))
    .then(() => cache.keys())
    .then((ks) => Promise.all(ks.filter((k) => k.url !== key).map((k) => cache.delete(k))))
    .then(() => post({ type: 'cached' }))
    .catch(() => {});
  return new Response(compile, { headers });
}

async function init(m: Extract<WorkerIn, { type: 'init' }>): Promise<void> {
  const t0 = epoch();
  importScripts(m.wasmExec);
  const go = new Go();
  // Go collects garbage when the heap has grown 4 times over (not 2): rendering the chart allocates a lot of
  // short-lived memory, and fewer collections cut the first manifests by about 100 ms for some 35 MB more memory.
  go.env = { GOGC: '400' };
  const [{ instance }, chart] = await Promise.all([
    engineResponse(m).then((r) => WebAssembly.instantiateStreaming(r, go.importObject)),
    fetch(m.archiveUrl).then(async (r) => {
      if (!r.ok) throw new Error(`the chart archive ${m.archiveUrl} answered HTTP ${r.status}`);
      return new Uint8Array(await r.arrayBuffer());
    }),
  ]);
  archive = chart;
  const t1 = epoch();
  void go.run(instance);
  post({ type: 'ready', times: { init: t0, loaded: t1, started: epoch() } });
}

function render(request: HelmRequest): HelmResponse {
  const template = (self as unknown as { helmTemplate?: Template }).helmTemplate;
  if (!template || !archive) return { output: '', documents: [], notes: '', error: 'the engine is not loaded' };
  return JSON.parse(template(archive, JSON.stringify(request))) as HelmResponse;
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
    void engine.then((running) => {
      if (!running) return;
      const start = performance.now();
      post({ type: 'result', id: m.id, response: render(m.request), ms: performance.now() - start });
    });
  }
};
