/** Messages between the manifests view and its worker (helm-worker.ts), and Helm's request and answer. */
import type { HelmEngineFiles } from '@/lib/site/islands';

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
  /** Not Helm's answer: the render ran out of time (lib/engine/render-scheduler.ts) and `error` says so. */
  stopped?: true;
}

/** The files of the engine as the page serves them (lib/site/islands.ts), and the chart archive it renders. */
export type EngineFiles = HelmEngineFiles & { archiveUrl: string };

/** The engine as the page knows it: its files, or where to wait for them while `npm run dev` builds it. */
export type EngineSource = EngineFiles | { pending: string; worker: string; base: string; archiveUrl: string };

/** The view's settings, as `helm template` flags. */
export interface RenderSettings {
  release: string;
  namespace: string;
  kubeVersion: string;
  /** The cluster serves the Prometheus Operator's API (ServiceMonitor, PrometheusRule). */
  monitoring: boolean;
}

const MONITORING_APIS = ['monitoring.coreos.com/v1', 'monitoring.coreos.com/v1/ServiceMonitor', 'monitoring.coreos.com/v1/PrometheusRule'];

/** The one request builder: what `helm template` gets for these values and settings. */
export function helmRequest(values: string, s: RenderSettings): HelmRequest {
  return {
    values,
    release: s.release,
    namespace: s.namespace,
    kubeVersion: s.kubeVersion,
    apiVersions: s.monitoring ? MONITORING_APIS : [],
    isUpgrade: false,
    skipTests: false,
  };
}

export type WorkerIn =
  | { type: 'init'; wasm: string; wasmExec: string; bytes: number; archiveUrl: string }
  /** `archiveUrl`: render another archive the site serves (an earlier version), fetched once and kept. */
  | { type: 'render'; id: number; request: HelmRequest; archiveUrl?: string };

export type WorkerOut =
  | { type: 'progress'; loaded: number; total: number }
  /**
   * When (ms since the epoch) the worker got the init message, had the module compiled, and had it running; the
   * module's bytes over the network (0 when it came from the browser's cache; undefined when the browser does not say).
   */
  | { type: 'ready'; times: { init: number; loaded: number; started: number }; transferSize?: number }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; response: HelmResponse; ms: number };
