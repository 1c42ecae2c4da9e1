/**
 * Layout of the configurator, read from the chart's values.yaml: its `## @group <id> <title>` lines (before the
 * first section) declare the form's groups in order, and a `## @group <id>` line under each `## @section` puts the
 * section's values in a group. A value added to a section appears in the right group without touching this
 * code; a key in no grouped section lands in "More settings", so nothing is ever hidden. Presentation only: the
 * fields themselves come from values.schema.json.
 */
import { parseValuesComments, type ValuesComments } from '@/lib/chart/values-comments';

/** Groups the form renders in its own way: the bundled/external choices and the authentication choice. */
type GroupId = 'dependencies' | 'auth' | (string & {});

export interface Group {
  id: GroupId;
  title: string;
  keys: string[];
}

/** The sections for the top-level keys the schema declares, in values.yaml's order. */
export function groupKeys(schemaKeys: readonly string[], valuesYaml: string): Group[] {
  const comments = parseValuesComments(valuesYaml);
  const groupOfSection = new Map(comments.sections.map((s) => [s.name, s.group]));
  // Each top-level key takes the group of the section of its first documented value, in file order.
  const placed = new Map<string, { group: string; order: number }>();
  for (const p of [...comments.params.values()].sort((x, y) => x.order - y.order)) {
    const key = p.path.split('.')[0]!;
    const group = groupOfSection.get(p.section);
    if (!placed.has(key) && group) placed.set(key, { group, order: p.order });
  }
  const groups: Group[] = comments.groups.map((g) => ({ id: g.id, title: g.title, keys: [] }));
  const other: Group = { id: 'other', title: 'More settings', keys: [] };
  const ordered = [...schemaKeys].sort((a, b) => (placed.get(a)?.order ?? Infinity) - (placed.get(b)?.order ?? Infinity));
  for (const k of ordered) (groups.find((g) => g.id === placed.get(k)?.group) ?? other).keys.push(k);
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

/** What the configurator lays its views out by, read from values.yaml's comments once, where the page is built. */
export interface ConfiguratorLayout {
  groups: Group[];
  decisions: ValuesComments['decisions'];
  when: ValuesComments['when'];
  credentials: ValuesComments['credentials'];
}

/** The configurator's layout for the top-level keys the schema declares: the comments parser stays on the server. */
export function configuratorLayout(schemaKeys: readonly string[], valuesYaml: string): ConfiguratorLayout {
  const { decisions, when, credentials } = parseValuesComments(valuesYaml);
  return { groups: groupKeys(schemaKeys, valuesYaml), decisions, when, credentials };
}
