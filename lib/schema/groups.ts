/**
 * Layout of the configurator: which section each top-level key of the chart is shown in. This is presentation
 * only (no field definitions): the fields themselves come from values.schema.json. A key the mapping does not
 * know (added to the chart later) lands in "More settings", so nothing is ever hidden.
 */
export type GroupId = 'aeterna' | 'auth' | 'dependencies' | 'networking' | 'scaling' | 'observability' | 'security' | 'other';

export interface Group {
  id: GroupId;
  title: string;
  keys: string[];
}

const LAYOUT: { id: GroupId; title: string; keys: string[] }[] = [
  {
    id: 'aeterna',
    title: 'Aeterna',
    keys: ['aeterna', 'image', 'migrations', 'persistence', 'waitForDependencies', 'nameOverride', 'fullnameOverride', 'global', 'tests'],
  },
  { id: 'auth', title: 'Authentication', keys: ['auth'] },
  {
    id: 'dependencies',
    title: 'Dependencies',
    keys: ['redis', 'externalRedis', 'postgresql', 'externalPostgresql', 'qdrant'],
  },
  { id: 'networking', title: 'Networking', keys: ['service', 'ingress', 'networkPolicy'] },
  {
    id: 'scaling',
    title: 'Scaling',
    keys: [
      'replicaCount',
      'autoscaling',
      'pdb',
      'resources',
      'nodeSelector',
      'tolerations',
      'affinity',
      'topologySpreadConstraints',
      'priorityClassName',
      'terminationGracePeriodSeconds',
      'podAnnotations',
      'podLabels',
      'extraVolumes',
      'extraVolumeMounts',
    ],
  },
  {
    id: 'observability',
    title: 'Observability',
    keys: ['metrics', 'grafanaDashboard', 'livenessProbe', 'readinessProbe', 'startupProbe'],
  },
  {
    id: 'security',
    title: 'Security',
    keys: ['podSecurityContext', 'containerSecurityContext', 'writableVolumes', 'serviceAccount', 'rbac', 'imagePullSecrets'],
  },
];

/** The sections for the top-level keys the schema declares. */
export function groupKeys(schemaKeys: readonly string[]): Group[] {
  const known = new Map<string, GroupId>();
  for (const g of LAYOUT) for (const k of g.keys) known.set(k, g.id);
  const groups: Group[] = LAYOUT.map((g) => ({ id: g.id, title: g.title, keys: [] }));
  const other: Group = { id: 'other', title: 'More settings', keys: [] };
  for (const k of schemaKeys) {
    const id = known.get(k);
    (id ? groups.find((g) => g.id === id)! : other).keys.push(k);
  }
  // Within a section, the layout's order (most used first); keys the layout does not know stay in schema order.
  for (const g of groups) {
    const order = LAYOUT.find((l) => l.id === g.id)!.keys;
    g.keys.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }
  return [...groups, other].filter((g) => g.keys.length > 0);
}

/** The bundled/external pairs: `<name>.enabled` chooses between the subchart and `external<Name>`. */
export interface DependencyPair {
  bundledKey: string;
  externalKey: string;
  label: string;
}

export function dependencyPairs(schemaKeys: readonly string[]): DependencyPair[] {
  const labels: Record<string, string> = { redis: 'Redis', postgresql: 'PostgreSQL', qdrant: 'Qdrant' };
  const out: DependencyPair[] = [];
  for (const k of schemaKeys) {
    const ext = `external${k.charAt(0).toUpperCase()}${k.slice(1)}`;
    if (schemaKeys.includes(ext)) out.push({ bundledKey: k, externalKey: ext, label: labels[k] ?? k });
  }
  return out;
}
