/**
 * Renders a chart with the pinned helm and parses the manifests, for behaviour tests over `helm template` output.
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import type { RunResult } from '../../lib/tools/run';
import { helm, STAND_IN_LABEL, type HelmBin } from './chart-copy';
import { KUBE_VERSIONS } from './scenarios';

export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [key: string]: unknown;
}

export interface RenderOptions {
  /** Values merged over the chart's values.yaml (written to a temporary file and passed with -f). */
  values?: Record<string, unknown>;
  /** Value files passed with -f before `values` (paths relative to the chart folder are resolved). */
  valuesFiles?: string[];
  /** Kubernetes version to render for (always passed to Helm 3, which otherwise assumes 1.20). */
  kubeVersion?: string;
  /** Extra --api-versions, e.g. monitoring.coreos.com/v1/ServiceMonitor. */
  apiVersions?: string[];
  release?: string;
  namespace?: string;
  bin?: HelmBin;
  /** Extra raw helm arguments. */
  extraArgs?: string[];
}

/** `-f` arguments for opts.valuesFiles and opts.values (the latter written to a file next to the chart folder). */
export async function valuesArgs(chartDir: string, opts: Pick<RenderOptions, 'values' | 'valuesFiles'>): Promise<string[]> {
  const args: string[] = [];
  for (const f of opts.valuesFiles ?? []) args.push('-f', path.isAbsolute(f) ? f : path.join(chartDir, f));
  if (opts.values) {
    const file = path.join(path.dirname(chartDir), `values-${randomUUID()}.yaml`);
    await writeFile(file, stringify(opts.values));
    args.push('-f', file);
  }
  return args;
}

/**
 * `helm template` cannot read the cluster, so the chart refuses to generate the Secrets that must never change
 * (templates/_generated-secrets.tpl) unless told to: these tests look at what helm install would create, so they
 * render with generatedSecrets.withoutCluster=generate, passed first so that a test's own values override it.
 */
export const GENERATE_WITHOUT_CLUSTER = { generatedSecrets: { withoutCluster: 'generate' } };

/** Arguments of `helm template` for these options (without the leading "template"). */
async function templateArgs(chartDir: string, opts: RenderOptions = {}): Promise<string[]> {
  const args = [opts.release ?? 'rel', chartDir, '--namespace', opts.namespace ?? 'aeterna'];
  args.push(...(await valuesArgs(chartDir, { values: GENERATE_WITHOUT_CLUSTER })));
  args.push(...(await valuesArgs(chartDir, opts)));
  if (opts.kubeVersion ?? opts.bin === 'helm3') args.push('--kube-version', opts.kubeVersion ?? KUBE_VERSIONS[1]);
  for (const v of opts.apiVersions ?? []) args.push('--api-versions', v);
  args.push(...(opts.extraArgs ?? []));
  return args;
}

/** Runs `helm template` and returns the raw result (does not throw on failure). */
export async function templateRaw(chartDir: string, opts: RenderOptions = {}): Promise<RunResult> {
  return helm(['template', ...(await templateArgs(chartDir, opts))], { bin: opts.bin, check: false });
}

/** Parses multi-document YAML into manifests (empty documents dropped). */
export function parseManifests(text: string): Manifest[] {
  return parseAllDocuments(text)
    .map((d) => {
      if (d.errors.length) throw new Error(`invalid YAML from helm: ${d.errors[0]?.message}`);
      return d.toJS() as Manifest | null;
    })
    .filter((m): m is Manifest => m !== null && typeof m === 'object');
}

/** Renders and parses; throws with helm's message when rendering fails. */
export async function render(chartDir: string, opts: RenderOptions = {}): Promise<Manifest[]> {
  const r = await templateRaw(chartDir, opts);
  if (r.code !== 0) throw new Error(`helm template failed:\n${r.stderr}`);
  return parseManifests(r.stdout);
}

/** True for objects created by a test stand-in subchart. */
export function isStandIn(m: Manifest): boolean {
  return m.metadata?.labels?.[STAND_IN_LABEL] === 'true';
}

/** The only manifest of a kind (and name suffix, when given); throws when there is not exactly one. */
export function one(manifests: Manifest[], kind: string, nameEndsWith?: string): Manifest {
  const found = manifests.filter(
    (m) => m.kind === kind && !isStandIn(m) && (nameEndsWith === undefined || m.metadata.name.endsWith(nameEndsWith)),
  );
  if (found.length !== 1) {
    throw new Error(`expected one ${kind}${nameEndsWith ? ` *${nameEndsWith}` : ''}, found ${found.length}`);
  }
  return found[0]!;
}

export function all(manifests: Manifest[], kind: string): Manifest[] {
  return manifests.filter((m) => m.kind === kind && !isStandIn(m));
}

/** Typed access into a manifest: get(m, 'spec', 'template', 'spec'). */
export function get<T = unknown>(value: unknown, ...keys: Array<string | number>): T {
  let cur: unknown = value;
  for (const k of keys) {
    if (cur === null || typeof cur !== 'object') return undefined as T;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur as T;
}

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string } };
}

export interface Container {
  name: string;
  image: string;
  env?: EnvVar[];
  [key: string]: unknown;
}

/** The Aeterna server container of the Deployment. */
export function serverContainer(manifests: Manifest[]): Container {
  const containers = get<Container[]>(one(manifests, 'Deployment'), 'spec', 'template', 'spec', 'containers');
  const c = containers.find((x) => x.name === 'aeterna');
  if (!c) throw new Error('no aeterna container');
  return c;
}

/** The chart's ConfigMap data (the server's plain environment). */
export function serverConfig(manifests: Manifest[]): Record<string, string> {
  const cm = manifests.find((m) => m.kind === 'ConfigMap' && !isStandIn(m) && !m.metadata.name.endsWith('-dashboard'));
  if (!cm) throw new Error('no ConfigMap');
  return get<Record<string, string>>(cm, 'data');
}

export function envVar(c: Container, name: string): EnvVar | undefined {
  return c.env?.find((e) => e.name === name);
}
