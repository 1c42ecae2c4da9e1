/** Messages between the manifests view and its worker (helm-worker.ts), and Helm's request and answer. */
import type { ClusterProfile } from '@/lib/cluster/profile';
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
  /** Also time the template parse alone (a second parse: for the bench, not the view). */
  profile?: boolean;
}

export interface HelmDocument {
  source: string;
  kind: string;
  name: string;
  hook: boolean;
  content: string;
}

/**
 * Where one render's time went inside the engine, in ms by its own clock (helm-engine/render.go Phases). The
 * archive's load counts only on the render that loaded it (`chartKept` after), the schema's compilation likewise.
 */
export interface EnginePhases {
  load: number;
  chartKept: boolean;
  values: number;
  dependencies: number;
  coalesce: number;
  schemaCompile: number;
  schemaValidate: number;
  /** Helm's engine: template parse and execution, one call. */
  render: number;
  /** The parse alone, only when the request asked for a profile. */
  parse?: number;
  /** NOTES set apart, sort in install order, `helm template`'s text. */
  output: number;
}

/** `output` is byte for byte what `helm template` prints; `error` Helm's own error text (documents then null). */
export interface HelmResponse {
  output: string;
  documents: HelmDocument[] | null;
  notes: string;
  error?: string;
  /** Absent from an answer that is not the engine's (not loaded, stopped, archive missing). */
  phases?: EnginePhases;
  /** Not Helm's answer: the render ran out of time (lib/engine/render-scheduler.ts) and `error` says so. */
  stopped?: true;
}

/** The files of the engine as the page serves them (lib/site/islands.ts), and the chart archive it renders. */
export type EngineFiles = HelmEngineFiles & { archiveUrl: string };

/** The engine as the page knows it: its files, or where to wait for them while `npm run dev` builds it. */
export type EngineSource = EngineFiles | { pending: string; worker: string; base: string; archiveUrl: string };

/** The view's settings and the configurator's target cluster, as `helm template` flags. */
export interface RenderSettings {
  release: string;
  namespace: string;
  /**
   * `--kube-version` and `--api-versions`: Helm starts from its default capabilities (Kubernetes' own API
   * versions) and adds these, as the CLI does.
   */
  cluster: ClusterProfile;
}

/**
 * The view renders as `helm template … --set generatedSecrets.withoutCluster=generate` does, and says so: without a
 * cluster the chart refuses to generate the Secrets that must never change (templates/_generated-secrets.tpl), and
 * the view is for looking, not applying. The choice goes in as a first values document, which Helm merges under the
 * user's own (a values file's documents are merged in order), so a user who writes generatedSecrets gets their choice.
 */
export const PREVIEW_SET_FLAGS = ['--set', 'generatedSecrets.withoutCluster=generate'];
export const PREVIEW_VALUES_DOCUMENT = 'generatedSecrets:\n  withoutCluster: generate\n---\n';

/**
 * The one request builder: what `helm template` gets for these values and settings. `preview` adds the choice
 * above; charts older than that value (the comparison with an earlier version) are rendered without it.
 */
export function helmRequest(values: string, s: RenderSettings, preview = true): HelmRequest {
  return {
    values: preview ? PREVIEW_VALUES_DOCUMENT + values : values,
    release: s.release,
    namespace: s.namespace,
    kubeVersion: s.cluster.kubeVersion,
    apiVersions: s.cluster.apiVersions,
    isUpgrade: false,
    skipTests: false,
  };
}

export type WorkerIn =
  /** `profile`: every render also times the template parse alone (HelmRequest.profile), for the bench. */
  | { type: 'init'; wasm: string; wasmExec: string; bytes: number; archiveUrl: string; profile?: boolean }
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
