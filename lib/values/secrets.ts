/**
 * Which values are credentials, so that share links and the state saved in this browser never hold one and the
 * page can say exactly what it left out. One implementation for every caller (share-link.ts, the configurator's
 * saved state).
 *
 * The chart's schema is the source: a node marked `"writeOnly": true` in values.schema.json is a credential, and
 * its value is removed whatever its type (a number password, an object). A writeOnly node that also declares a
 * non-string type keeps values of that type: `qdrant.apiKey` is `true`, `false` or a `{valueFrom}` Secret
 * reference (choices, not keys) or a string (the key itself), and the form-facing property schemas may not use
 * anyOf/oneOf to split those (lib/schema/form-validator.test.ts), so its one node says "the string is secret".
 *
 * Where the schema describes nothing (the subcharts' open maps: `redis.auth.replicationPassword`,
 * `global.postgresql.auth.password`), a key's name decides (./secret-names.ts). Every kept string also loses the
 * userinfo of any URL in it (`https://user:token@host` becomes `https://host`).
 */
import { resolveRef } from '@/lib/reference/schema';
import type { JsonSchema } from '@/lib/schema/schema';
import { isPlainObject, type Json, type JsonObject } from './coalesce';
import { isSecretKey } from './secret-names';

export interface Removal {
  /** Dotted path as the page shows it; list items as `[0]`: `aeterna.extraEnv[0].value`. */
  path: string;
  /** `value`: the value was removed; `userinfo`: the URL was kept without its `user:password@`. */
  kind: 'value' | 'userinfo';
}

export interface StripResult {
  values: JsonObject;
  /** What was taken out, in the order of the values. */
  removed: Removal[];
}

/** The words the page shows for a removal. */
export function describeRemoval(r: Removal): string {
  return r.kind === 'userinfo' ? `${r.path}: user:password removed from the URL` : `${r.path}: removed`;
}

/**
 * `scheme://userinfo@`: userinfo runs to the last `@` before the host ends (RFC 3986 §3.2; a raw `@` in a
 * password is a common mistake, and the part before the last one is still the password).
 */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#]*)@/gi;

/** `ssh://git@host/...`: a bare user name on an SSH URL is the account to log in as, not a secret. */
function keepsUserinfo(scheme: string, userinfo: string): boolean {
  return /^(git\+)?ssh:\/\/$/i.test(scheme) && !userinfo.includes(':');
}

function withoutUserinfo(text: string): string {
  return text.replace(URL_USERINFO, (all, scheme: string, userinfo: string) => (keepsUserinfo(scheme, userinfo) ? all : scheme));
}

function jsonType(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function declaredTypes(s: JsonSchema): string[] {
  return s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
}

function admits(s: JsonSchema, v: Json): boolean {
  const types = declaredTypes(s);
  const t = jsonType(v);
  return types.length === 0 || types.includes(t) || (t === 'integer' && types.includes('number'));
}

/**
 * The schemas that apply to `v` at one place: the node, what its allOf adds, and the anyOf/oneOf branches whose
 * type admits `v` (the branch decides, e.g. a writeOnly string branch next to a boolean one).
 */
function applicable(root: JsonSchema, nodes: readonly JsonSchema[], v: Json): JsonSchema[] {
  const out: JsonSchema[] = [];
  const visit = (n: JsonSchema) => {
    const s = resolveRef(root, n);
    if (out.includes(s)) return;
    out.push(s);
    for (const sub of s.allOf ?? []) visit(sub);
    for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? [])]) if (admits(resolveRef(root, alt), v)) visit(alt);
  };
  for (const n of nodes) visit(n);
  return out;
}

function childSchemas(nodes: readonly JsonSchema[], key: string): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const s of nodes) {
    const prop = s.properties?.[key];
    if (prop) out.push(prop);
    else if (isPlainObject(s.additionalProperties)) out.push(s.additionalProperties as JsonSchema);
  }
  return out;
}

function itemSchemas(nodes: readonly JsonSchema[], index: number): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const s of nodes) {
    const items = Array.isArray(s.items) ? s.items[index] : s.items;
    if (items) out.push(items);
  }
  return out;
}

/** Empty, null and the writeOnly node's own non-string forms are not credentials. */
function isCredentialValue(nodes: readonly JsonSchema[], v: Json): boolean {
  const marked = nodes.filter((s) => s.writeOnly === true);
  if (marked.length === 0 || v === null || v === '') return false;
  if (typeof v === 'string') return true;
  return !marked.every((s) => declaredTypes(s).some((t) => t !== 'string' && admits({ type: t }, v)));
}

function isScalarCredential(v: Json): boolean {
  return (typeof v === 'string' && v !== '') || typeof v === 'number';
}

/**
 * `values` without its credentials. `schema` is the chart's values.schema.json (its root); a path it does not
 * describe falls back to the key's name (strings and numbers only: `automountServiceAccountToken: false` in a
 * subchart is a setting, not a token).
 */
export function stripSecrets(values: JsonObject, schema: JsonSchema): StripResult {
  const removed: Removal[] = [];
  const walk = (v: Json, nodes: JsonSchema[], path: string): Json | undefined => {
    const here = applicable(schema, nodes, v);
    if (isCredentialValue(here, v)) {
      removed.push({ path, kind: 'value' });
      return undefined;
    }
    if (typeof v === 'string') {
      const safe = withoutUserinfo(v);
      if (safe !== v) removed.push({ path, kind: 'userinfo' });
      return safe;
    }
    if (Array.isArray(v)) {
      const out: Json[] = [];
      v.forEach((x, i) => {
        const w = walk(x, itemSchemas(here, i), `${path}[${i}]`);
        // A removed item keeps its place (as null) so that the paths of the others stay true.
        out.push(w === undefined ? null : w);
      });
      return out;
    }
    if (!isPlainObject(v)) return v;
    const out: JsonObject = {};
    for (const [k, x] of Object.entries(v)) {
      const at = path ? `${path}.${k}` : k;
      const sub = childSchemas(here, k);
      if (sub.length === 0 && isSecretKey(k) && isScalarCredential(x)) {
        removed.push({ path: at, kind: 'value' });
        continue;
      }
      const w = walk(x, sub, at);
      if (w !== undefined) out[k] = w;
    }
    return out;
  };
  return { values: walk(values, [schema], '') as JsonObject, removed };
}
