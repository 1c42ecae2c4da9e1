/**
 * The chart's sizes (charts/aeterna/sizes.json): what each gives every workload, and the values file that applies a
 * size to all of them at once. The server and the migration Job take a size from the chart itself
 * (resourcesPreset); the bundled dependencies are other charts, whose values a template cannot set, so a size reaches
 * them as explicit `resources` in a values file (sizes/<size>.yaml, generated from the same table).
 */
import { stringify } from 'yaml';
import table from '@/charts/aeterna/sizes.json';

interface Resources {
  requests: { cpu: string; memory: string };
  limits: { memory: string };
}

type Workload = 'server' | 'migrations' | 'redis' | 'postgresql' | 'qdrant';

export interface Size {
  id: string;
  description: string;
  resources: Record<Workload, Resources>;
}

/** Where each workload's resources live in the values, and what it is called. */
export const WORKLOADS: ReadonlyArray<{ id: Workload; label: string; preset?: string; resources: string }> = [
  { id: 'server', label: 'Aeterna server', preset: 'resourcesPreset', resources: 'resources' },
  { id: 'migrations', label: 'Migration Job', preset: 'migrations.resourcesPreset', resources: 'migrations.resources' },
  { id: 'redis', label: 'Bundled Redis (master)', resources: 'redis.master.resources' },
  { id: 'postgresql', label: 'Bundled PostgreSQL (primary)', resources: 'postgresql.primary.resources' },
  { id: 'qdrant', label: 'Bundled Qdrant', resources: 'qdrant.resources' },
];

export const SIZES: readonly Size[] = Object.entries(table.sizes).map(([id, s]) => {
  const { description, ...resources } = s;
  return { id, description, resources: resources as Record<Workload, Resources> };
});

function setPath(root: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node = root;
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

/**
 * The values that give every workload this size: the chart's own presets by name, the bundled dependencies' resources
 * explicitly. Explicit `resources` of the server or the Job in a later file still win over the preset.
 */
export function sizeValues(id: string): Record<string, unknown> {
  const size = SIZES.find((s) => s.id === id);
  if (!size) throw new Error(`Unknown size "${id}": the chart's sizes are ${SIZES.map((s) => s.id).join(', ')}.`);
  const out: Record<string, unknown> = {};
  for (const w of WORKLOADS) {
    if (w.preset) setPath(out, w.preset, id);
    else setPath(out, w.resources, size.resources[w.id]);
  }
  return out;
}

/** sizes/<id>.yaml as the chart ships it. */
export function sizeValuesFile(id: string): string {
  const size = SIZES.find((s) => s.id === id)!;
  return [
    `# Size "${id}" for every workload: ${size.description}`,
    `# GENERATED from sizes.json by npm run generate: do not edit. Usage, after your own values file:`,
    `#   helm install aeterna <repo>/aeterna -f values.yaml -f sizes/${id}.yaml`,
    `# The server and the migration Job take the chart's preset; the bundled dependencies get explicit resources.`,
    stringify(sizeValues(id)),
  ].join('\n');
}

/** "100m CPU, 256Mi memory (limit 1Gi)", as the reference and the configurator show a size's figures. */
export function resourcesText(r: Resources): string {
  return `${r.requests.cpu} CPU, ${r.requests.memory} memory requested; memory limit ${r.limits.memory}, no CPU limit`;
}

/**
 * The figures each size gives the workload a `resourcesPreset` value sizes ("resourcesPreset",
 * "migrations.resourcesPreset"), for the reference and the configurator; null for any other value.
 */
export function sizeFiguresFor(path: string): Array<{ size: string; text: string }> | null {
  const w = WORKLOADS.find((x) => x.preset === path);
  return w ? SIZES.map((s) => ({ size: s.id, text: resourcesText(s.resources[w.id]) })) : null;
}

/** Every path sizeFiguresFor answers for, with its figures: what the page hands the configurator's form. */
export function sizeFiguresByPath(): Record<string, Array<{ size: string; text: string }>> {
  return Object.fromEntries(WORKLOADS.filter((w) => w.preset).map((w) => [w.preset!, sizeFiguresFor(w.preset!)!]));
}
