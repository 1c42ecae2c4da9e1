/**
 * Plain-data helpers that mirror how Helm combines a user's values file with the chart's values.yaml, so that
 * the configurator validates exactly what `helm template` validates.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isPlainObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/**
 * Helm's coalescing of user values over chart defaults (chartutil.CoalesceValues): the user's value wins; a
 * `null` given by the user for a key the chart defines deletes that key; maps are merged key by key.
 */
export function coalesce(defaults: JsonObject, user: JsonObject): JsonObject {
  const out: JsonObject = clone(user);
  coalesceInto(out, defaults);
  return out;
}

function coalesceInto(dst: JsonObject, src: JsonObject): void {
  for (const [key, val] of Object.entries(src)) {
    const has = Object.prototype.hasOwnProperty.call(dst, key);
    const dv = dst[key];
    if (has && dv === null) {
      delete dst[key];
    } else if (!has) {
      dst[key] = clone(val);
    } else if (isPlainObject(val) && isPlainObject(dv)) {
      coalesceInto(dv, val);
    }
  }
}

/**
 * The smallest values file that, coalesced over `defaults`, gives `values`: only what differs from the chart.
 * Arrays are compared whole (Helm replaces lists, it does not merge them). A key of the defaults missing from
 * `values` is left out, which means "keep the default".
 */
export function diffFromDefaults(values: JsonObject, defaults: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, val] of Object.entries(values)) {
    if (val === undefined) continue;
    const hasDefault = Object.prototype.hasOwnProperty.call(defaults, key);
    const def = defaults[key];
    if (!hasDefault) {
      out[key] = clone(val);
    } else if (isPlainObject(val) && isPlainObject(def)) {
      const sub = diffFromDefaults(val, def);
      if (Object.keys(sub).length > 0) out[key] = sub;
    } else if (!deepEqual(val, def)) {
      out[key] = clone(val);
    }
  }
  return out;
}

/** The value at `path` (map keys, and list indexes as numbers or digit strings such as JSON pointer segments). */
export function getIn(obj: unknown, path: readonly (string | number)[]): unknown {
  let cur: unknown = obj;
  for (const p of path) {
    if (Array.isArray(cur)) cur = typeof p === 'number' || /^\d+$/.test(p) ? cur[Number(p)] : undefined;
    else if (isPlainObject(cur)) cur = cur[String(p)];
    else return undefined;
  }
  return cur;
}

/** Returns a copy of `obj` with `value` at `path` (creating maps on the way); `undefined` removes the key. */
export function setIn(obj: JsonObject, path: readonly string[], value: Json | undefined): JsonObject {
  if (path.length === 0) return isPlainObject(value) ? value : obj;
  const [head, ...rest] = path as [string, ...string[]];
  const out: JsonObject = { ...obj };
  if (rest.length === 0) {
    if (value === undefined) delete out[head];
    else out[head] = value;
    return out;
  }
  const child = isPlainObject(obj[head]) ? (obj[head] as JsonObject) : {};
  out[head] = setIn(child, rest, value);
  return out;
}

/** Sets a value in the user's file, or removes it (and the objects it leaves empty) when it is the chart's default. */
export function setUserValue(user: JsonObject, defaults: JsonObject, path: readonly string[], value: Json): JsonObject {
  if (!deepEqual(getIn(defaults, path), value)) return setIn(user, path, value);
  let next = setIn(user, path, undefined);
  for (let i = path.length - 1; i > 0; i--) {
    const parent = getIn(next, path.slice(0, i));
    if (isPlainObject(parent) && Object.keys(parent).length === 0) next = setIn(next, path.slice(0, i), undefined);
  }
  return next;
}

/** Drops keys whose value is `undefined` (what form libraries leave behind), recursively. */
export function stripUndefined<T>(v: T): T {
  if (Array.isArray(v)) return v.map((x) => stripUndefined(x)) as T;
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (x !== undefined) out[k] = stripUndefined(x);
    }
    return out as T;
  }
  return v;
}
