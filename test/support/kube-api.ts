/**
 * A minimal Kubernetes REST client for the lifecycle tests: JSON over HTTPS with the test cluster's CA and bearer
 * token. The tests read back what helm created (Secrets byte for byte, Events, Pods) and play the kubelet's part
 * (Pod status); a client library would bring a large dependency for a handful of calls.
 */
import { request } from 'node:https';

export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    creationTimestamp?: string;
    resourceVersion?: string;
    ownerReferences?: Array<{ kind: string; name: string }>;
    [k: string]: unknown;
  };
  // Each kind has its own shape; the tests read the fields they need.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec?: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  status?: any;
  data?: Record<string, string>;
  [k: string]: unknown;
}

export interface KubeList {
  items: KubeObject[];
}

export class KubeApiError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly body: string,
  ) {
    super(`${method} ${path} answered ${status}: ${body.slice(0, 500)}`);
  }
}

export class KubeApi {
  constructor(
    readonly server: string,
    private readonly token: string,
    private readonly ca: string,
  ) {}

  private async call(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<unknown> {
    const { text } = await this.callRaw(method, path, body, contentType);
    return text ? JSON.parse(text) : undefined;
  }

  private callRaw(
    method: string,
    path: string,
    body?: unknown,
    contentType = 'application/json',
  ): Promise<{ text: string; warnings: string[] }> {
    const url = new URL(path, this.server);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method,
          ca: this.ca,
          headers: {
            Authorization: `Bearer ${this.token}`,
            Accept: 'application/json',
            ...(payload ? { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(payload) } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if ((res.statusCode ?? 0) >= 300) reject(new KubeApiError(res.statusCode ?? 0, method, path, text));
            else {
              // Admission warnings (e.g. PodSecurity on a workload's Pod template) come as Warning headers:
              // `299 - "text"`.
              const warnings: string[] = [];
              for (let i = 0; i < res.rawHeaders.length; i += 2) {
                if (res.rawHeaders[i]!.toLowerCase() === 'warning') warnings.push(res.rawHeaders[i + 1]!.replace(/^299 - "(.*)"$/, '$1'));
              }
              resolve({ text, warnings });
            }
          });
        },
      );
      req.on('error', reject);
      if (payload) req.write(payload);
      req.end();
    });
  }

  get(path: string): Promise<KubeObject> {
    return this.call('GET', path) as Promise<KubeObject>;
  }

  /** The object, or undefined when the API answers 404. */
  async find(path: string): Promise<KubeObject | undefined> {
    try {
      return await this.get(path);
    } catch (e) {
      if (e instanceof KubeApiError && e.status === 404) return undefined;
      throw e;
    }
  }

  list(path: string): Promise<KubeList> {
    return this.call('GET', path) as Promise<KubeList>;
  }

  create(path: string, obj: unknown): Promise<KubeObject> {
    return this.call('POST', path, obj) as Promise<KubeObject>;
  }

  /** JSON merge patch (RFC 7386). */
  mergePatch(path: string, patch: unknown): Promise<KubeObject> {
    return this.call('PATCH', path, patch, 'application/merge-patch+json') as Promise<KubeObject>;
  }

  private discovery = new Map<string, Array<{ name: string; kind: string; namespaced: boolean }>>();

  /**
   * The collection path of a kind (from the API's discovery, so CRDs and cluster-scoped kinds are right); a
   * namespaced kind goes into `namespace`, or the object's own.
   */
  async collectionPath(apiVersion: string, kind: string, namespace?: string): Promise<string> {
    const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
    const find = () => this.discovery.get(apiVersion)?.find((r) => r.kind === kind && !r.name.includes('/'));
    if (!find()) {
      const list = (await this.call('GET', base)) as { resources: Array<{ name: string; kind: string; namespaced: boolean }> };
      this.discovery.set(apiVersion, list.resources);
    }
    const res = find();
    if (!res) throw new Error(`the API server does not serve ${kind} in ${apiVersion}`);
    if (!res.namespaced) return `${base}/${res.name}`;
    if (!namespace) throw new Error(`${kind} is namespaced: a namespace is needed`);
    return `${base}/namespaces/${namespace}/${res.name}`;
  }

  /** The raw text of a GET (/readyz answers plain text). */
  async text(path: string): Promise<string> {
    return (await this.callRaw('GET', path)).text;
  }

  /**
   * Creates the object as a server-side dry run with strict field validation: every admission plugin and the
   * object's schema (a CRD's too) judge it, nothing is stored. Resolves with the admission warnings.
   */
  async dryRunCreate(obj: { apiVersion: string; kind: string; metadata: { namespace?: string } }, namespace: string): Promise<string[]> {
    const path = await this.collectionPath(obj.apiVersion, obj.kind, obj.metadata.namespace ?? namespace);
    return (await this.callRaw('POST', `${path}?dryRun=All&fieldValidation=Strict`, obj)).warnings;
  }
}

/** Thrown by a waitFor check to stop waiting at once (e.g. the process being waited for has died). */
export class GiveUp extends Error {}

/**
 * Polls `check` until it returns a value other than undefined, or fails with `what` after `timeoutMs`. Errors the
 * check throws count as "not yet", except GiveUp.
 */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 30_000, everyMs = 250): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (e) {
      if (e instanceof GiveUp) throw e;
      last = e;
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `; last error: ${String(last)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
