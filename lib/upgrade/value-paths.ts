/**
 * Value paths as a schema sees them: the paths a values.schema.json accepts (with `*` for any key of an open
 * map), and whether one concrete path is accepted. Used to find values an earlier version accepted that today's
 * refuses, and to tell which keys of a user's file today's chart would refuse.
 */
import type { JsonSchema } from '@/lib/schema/schema';
import { isPlainObject, type JsonObject } from '@/lib/values/coalesce';

/** Every path the schema names down to its leaves; an open map contributes `<path>.*`. */
export function schemaValuePaths(schema: JsonSchema, prefix = ''): string[] {
  const out: string[] = [];
  const props = schema.properties ?? {};
  for (const [key, sub] of Object.entries(props)) {
    const p = prefix ? `${prefix}.${key}` : key;
    if (sub.properties || isPlainObject(sub.additionalProperties)) out.push(...schemaValuePaths(sub, p));
    else out.push(p);
  }
  if (isPlainObject(schema.additionalProperties)) out.push(prefix ? `${prefix}.*` : '*');
  return out;
}

/**
 * Whether `path` is a value the schema accepts (its type aside): every key on the way is a property, or falls
 * under an open map, or lies below a value the schema does not describe further (a list, an untyped object).
 */
export function schemaAcceptsPath(schema: JsonSchema, path: readonly string[]): boolean {
  let cur: JsonSchema | undefined = schema;
  for (const key of path) {
    if (!cur) return false;
    const next: JsonSchema | undefined = cur.properties?.[key];
    if (next) {
      cur = next;
      continue;
    }
    if (isPlainObject(cur.additionalProperties)) {
      cur = cur.additionalProperties as JsonSchema;
      continue;
    }
    if (cur.additionalProperties === false) return false;
    // Without properties the value is not described further (an object of free form, a list): anything below goes.
    return !cur.properties || cur.additionalProperties === true;
  }
  return true;
}

/** Does a history path (`a.b`, `a.*`) cover the concrete path? `a.*` covers `a` itself and anything below it. */
export function pathPatternCovers(pattern: string, path: readonly string[]): boolean {
  const parts = pattern.split('.');
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === '*') return i <= path.length;
    if (parts[i] !== path[i]) return false;
  }
  return parts.length <= path.length;
}

/** The leaf paths of a values object (lists and empty maps count as leaves). */
export function leafPaths(values: JsonObject, prefix: string[] = []): string[][] {
  const out: string[][] = [];
  for (const [k, v] of Object.entries(values)) {
    const p = [...prefix, k];
    if (isPlainObject(v) && Object.keys(v).length > 0) out.push(...leafPaths(v, p));
    else out.push(p);
  }
  return out;
}
