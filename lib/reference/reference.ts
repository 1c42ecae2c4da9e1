import { parse } from 'yaml';
import { collectRules, type SchemaRule } from './rules';
import { allowedValues, constraints, describeType, walkSchema, type JsonSchema } from './schema';
import { parseValuesComments, type ParamComment } from '../chart/values-comments';

/** One documented value of the chart. */
export interface ReferenceEntry {
  /** Dotted path, also the anchor on /reference (`/reference#redis.enabled`). */
  path: string;
  section: string;
  title: string;
  description: string;
  type: string;
  /** Default as written in values.yaml (what Helm uses), else the schema `default`; undefined when neither. */
  default: unknown;
  hasDefault: boolean;
  allowed: unknown[] | null;
  constraints: string[];
  /** A group of values (its children are listed after it). */
  hasChildren: boolean;
  depth: number;
  deprecated: boolean;
  /** Descriptions of the schema rules that involve this value (leaves only). */
  rules: string[];
}

export interface ReferenceSection {
  name: string;
  /** Anchor of the section heading, e.g. `section-redis`. */
  id: string;
  description: string;
  entries: ReferenceEntry[];
}

export interface ChartReference {
  sections: ReferenceSection[];
  entries: ReferenceEntry[];
  rules: SchemaRule[];
}

const OTHER_SECTION = 'Other values';

function sectionId(name: string): string {
  return `section-${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** Value at a dotted path in parsed values.yaml; `found` distinguishes a `null` value from a missing key. */
export function valueAt(values: unknown, segments: string[]): { found: boolean; value: unknown } {
  let cur: unknown = values;
  for (const seg of segments) {
    if (seg === '[]' || cur === null || typeof cur !== 'object' || Array.isArray(cur)) return { found: false, value: undefined };
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return { found: false, value: undefined };
    cur = (cur as Record<string, unknown>)[seg];
  }
  return { found: true, value: cur };
}

/**
 * Builds the chart reference from the schema (which keys exist, types, allowed values, descriptions) and
 * values.yaml (defaults as Helm applies them, and the `## @section` / `## @param` comments that group them).
 */
export function buildReference(schema: JsonSchema, valuesYaml: string, rules: SchemaRule[] = collectRules(schema)): ChartReference {
  const values = (parse(valuesYaml) ?? {}) as unknown;
  const comments = parseValuesComments(valuesYaml);
  const nodes = walkSchema(schema);

  const paramFor = (path: string): ParamComment | undefined => comments.params.get(path);
  // A value without its own `@param` takes the section of its nearest documented relative: itself, then the
  // values under it, then its siblings and cousins under each ancestor in turn.
  const sectionFor = (segments: string[], path: string): string => {
    const own = paramFor(path);
    if (own?.section) return own.section;
    for (let i = segments.length; i > 0; i--) {
      const prefix = joinSegments(segments.slice(0, i));
      let best: ParamComment | undefined;
      for (const p of comments.params.values()) {
        const related = p.path === prefix || p.path.startsWith(`${prefix}.`) || p.path.startsWith(`${prefix}[]`);
        if (related && p.section && (!best || p.order < best.order)) best = p;
      }
      if (best) return best.section;
    }
    return OTHER_SECTION;
  };

  const entries: ReferenceEntry[] = nodes.map((n) => {
    const param = paramFor(n.path);
    const fromValues = valueAt(values, n.segments);
    const hasDefault = fromValues.found || n.schema.default !== undefined;
    return {
      path: n.path,
      section: sectionFor(n.segments, n.path),
      title: n.schema.title ?? '',
      description: (n.schema.description ?? param?.description ?? n.schema.title ?? '').trim(),
      type: describeType(schema, n.schema),
      default: fromValues.found ? fromValues.value : n.schema.default,
      hasDefault,
      allowed: allowedValues(schema, n.schema),
      constraints: constraints(schema, n.schema),
      hasChildren: n.hasChildren,
      depth: n.depth,
      deprecated: n.schema.deprecated === true,
      // Rules are shown on the values they constrain, not on every group above them.
      rules: n.hasChildren ? [] : rules.filter((r) => r.paths.includes(n.path)).map((r) => r.description),
    };
  });

  const order = [...comments.sections.map((s) => s.name)];
  const byName = new Map<string, ReferenceSection>();
  for (const s of comments.sections) {
    if (!byName.has(s.name)) byName.set(s.name, { name: s.name, id: sectionId(s.name), description: s.description, entries: [] });
  }
  for (const e of entries) {
    let sec = byName.get(e.section);
    if (!sec) {
      sec = { name: e.section, id: sectionId(e.section), description: '', entries: [] };
      byName.set(e.section, sec);
      order.push(e.section);
    }
    sec.entries.push(e);
  }
  const sections = [...new Set(order)].map((n) => byName.get(n)!).filter((s) => s.entries.length > 0);
  return { sections, entries, rules };
}

function joinSegments(segs: string[]): string {
  return segs.reduce((acc, seg) => (seg === '[]' ? `${acc}[]` : acc ? `${acc}.${seg}` : seg), '');
}

/** A default as people write it in values.yaml, on one line: `true`, `"ghcr.io/x"`, `[]`, `{}`, `null`. */
export function formatValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
}

/** The default shown for an entry, formatted; null for a group of values or a value without a default. */
export function shownDefault(e: ReferenceEntry): string | null {
  return !e.hasChildren && e.hasDefault ? formatValue(e.default) : null;
}
