/**
 * Walks a chart's values.schema.json (draft-07) into a flat list of value paths. Pure: no file access, so the
 * reference page, the README generator, the search index and the tests all share one definition of "a value".
 */

export type { JsonSchema } from '@/lib/schema/schema';
import { pointerSegment, type JsonSchema } from '@/lib/schema/schema';

export interface SchemaNode {
  /** Dotted path as users write it in --set, e.g. `redis.auth.password`; array items add `[]`. */
  path: string;
  /** Path segments, e.g. ["redis", "auth", "password"]; array items are the segment "[]". */
  segments: string[];
  schema: JsonSchema;
  /** The node has child properties of its own (it is a group of values rather than a leaf). */
  hasChildren: boolean;
  depth: number;
}

/** Resolves a local `$ref` (`#/definitions/x`, `#/$defs/x`, `#/properties/a/properties/b`). */
export function resolveRef(root: JsonSchema, schema: JsonSchema): JsonSchema {
  let s = schema;
  const seen = new Set<string>();
  while (s.$ref) {
    const ref = s.$ref;
    if (seen.has(ref) || !ref.startsWith('#/')) break;
    seen.add(ref);
    let target: unknown = root;
    for (const raw of ref.slice(2).split('/')) {
      const key = pointerSegment(raw);
      target = target && typeof target === 'object' ? (target as Record<string, unknown>)[key] : undefined;
    }
    if (!target || typeof target !== 'object') break;
    const { $ref: _drop, ...rest } = s;
    // Keywords written next to the $ref (description, default) win over the referenced schema's.
    s = { ...(target as JsonSchema), ...rest };
  }
  return s;
}

export function joinPath(segments: string[]): string {
  return segments.reduce((acc, seg) => (seg === '[]' ? `${acc}[]` : acc ? `${acc}.${seg}` : seg), '');
}

/** Every property path of the schema, depth first, in the schema's property order. */
export function walkSchema(root: JsonSchema): SchemaNode[] {
  const out: SchemaNode[] = [];
  const visit = (schema: JsonSchema, segments: string[], stack: JsonSchema[]) => {
    const s = resolveRef(root, schema);
    if (stack.includes(s)) return; // recursive schema
    const props = s.properties ?? {};
    for (const [key, child] of Object.entries(props)) {
      const resolved = resolveRef(root, child);
      const childSegs = [...segments, key];
      const itemSchema = arrayItemSchema(root, resolved);
      const hasChildren = Object.keys(resolved.properties ?? {}).length > 0 || Object.keys(itemSchema?.properties ?? {}).length > 0;
      out.push({ path: joinPath(childSegs), segments: childSegs, schema: resolved, hasChildren, depth: childSegs.length });
      visit(resolved, childSegs, [...stack, s]);
      if (itemSchema && itemSchema.properties) visit(itemSchema, [...childSegs, '[]'], [...stack, s]);
    }
  };
  visit(root, [], []);
  return out;
}

function arrayItemSchema(root: JsonSchema, s: JsonSchema): JsonSchema | undefined {
  if (!s.items || Array.isArray(s.items)) return undefined;
  return resolveRef(root, s.items);
}

/** Human type: `boolean`, `string | null`, `array of string`, `integer (1–10)` is left to formatting. */
export function describeType(root: JsonSchema, schema: JsonSchema): string {
  const s = resolveRef(root, schema);
  const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
  if (types.length === 0) {
    const alts = s.oneOf ?? s.anyOf;
    if (alts && alts.length) {
      return unique(alts.map((a) => describeType(root, a))).join(' | ');
    }
    if (s.enum) return unique(s.enum.map((v) => (v === null ? 'null' : typeof v))).join(' | ');
    if (s.const !== undefined) return typeof s.const;
    if (s.properties) return 'object';
    return 'any';
  }
  return types
    .map((t) => {
      if (t !== 'array') return t;
      const item = arrayItemSchema(root, s);
      if (!item) return 'array';
      const inner = describeType(root, item);
      return inner === 'any' ? 'array' : `array of ${inner.includes('|') ? `(${inner})` : inner}`;
    })
    .join(' | ');
}

/** Allowed values (enum, const) or null when the value is free within its type. */
export function allowedValues(root: JsonSchema, schema: JsonSchema): unknown[] | null {
  const s = resolveRef(root, schema);
  if (s.enum) return s.enum;
  if (s.const !== undefined) return [s.const];
  const alts = s.oneOf ?? s.anyOf;
  if (alts && alts.every((a) => resolveRef(root, a).enum || resolveRef(root, a).const !== undefined)) {
    return alts.flatMap((a) => allowedValues(root, a) ?? []);
  }
  return null;
}

/** Other constraints worth telling a reader: range, length, pattern, format. */
export function constraints(root: JsonSchema, schema: JsonSchema): string[] {
  const s = resolveRef(root, schema);
  const out: string[] = [];
  if (s.minimum !== undefined) out.push(`minimum ${s.minimum}`);
  if (s.exclusiveMinimum !== undefined) out.push(`greater than ${s.exclusiveMinimum}`);
  if (s.maximum !== undefined) out.push(`maximum ${s.maximum}`);
  if (s.exclusiveMaximum !== undefined) out.push(`less than ${s.exclusiveMaximum}`);
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (s.minLength !== undefined) out.push(`at least ${n(s.minLength, 'character')}`);
  if (s.maxLength !== undefined) out.push(`at most ${n(s.maxLength, 'character')}`);
  if (s.minItems !== undefined) out.push(`at least ${n(s.minItems, 'item')}`);
  if (s.maxItems !== undefined) out.push(`at most ${n(s.maxItems, 'item')}`);
  if (s.pattern) out.push(`matches \`${s.pattern}\``);
  if (s.format) out.push(`format ${s.format}`);
  return out;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
