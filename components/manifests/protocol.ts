/** Messages between the manifests view and its worker (helm-worker.ts), and Helm's request and answer. */

/** What `helm template <release> <chart> -f values.yaml --namespace … --kube-version … --api-versions …` gets. */
export interface HelmRequest {
  values: string;
  release: string;
  namespace: string;
  kubeVersion: string;
  apiVersions: string[];
  isUpgrade: boolean;
  skipTests: boolean;
}

export interface HelmDocument {
  source: string;
  kind: string;
  name: string;
  hook: boolean;
  content: string;
}

/** `output` is byte for byte what `helm template` prints; `error` Helm's own error text (documents then null). */
export interface HelmResponse {
  output: string;
  documents: HelmDocument[] | null;
  notes: string;
  error?: string;
}

export type WorkerIn =
  | { type: 'init'; wasm: string; wasmExec: string; bytes: number; archiveUrl: string }
  | { type: 'render'; id: number; request: HelmRequest };

export type WorkerOut =
  | { type: 'progress'; loaded: number; total: number }
  /**
   * When (ms since the epoch) the worker got the init message, had the module compiled, and had it running; the
   * module's bytes over the network (0 when it came from the browser's cache; undefined when the browser does not say).
   */
  | { type: 'ready'; times: { init: number; loaded: number; started: number }; transferSize?: number }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; response: HelmResponse; ms: number };
