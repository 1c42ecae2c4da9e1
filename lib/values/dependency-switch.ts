/**
 * The bundled/external switch of a dependency (redis ⇄ externalRedis, ...). The values file only holds the side
 * in use; what was set on the other side is kept aside (the stash) and comes back when the user switches back.
 */
import { getIn, isPlainObject, setIn, type Json, type JsonObject } from './coalesce';

/** Per dependency, what was set on the side not in use. */
export type Stash = Record<string, { bundled?: JsonObject; external?: Json }>;

export interface DependencyKeys {
  bundledKey: string;
  externalKey: string;
}

export function switchDependency(
  user: JsonObject,
  stash: Stash,
  pair: DependencyKeys,
  external: boolean,
  defaults: JsonObject,
): { user: JsonObject; stash: Stash } {
  const st: Stash = { ...stash, [pair.bundledKey]: { ...stash[pair.bundledKey] } };
  const entry = st[pair.bundledKey]!;
  let next: JsonObject = user;
  const bundled = isPlainObject(user[pair.bundledKey]) ? { ...(user[pair.bundledKey] as JsonObject) } : {};
  delete bundled.enabled;
  if (external) {
    if (Object.keys(bundled).length > 0) entry.bundled = bundled;
    next = setIn(next, [pair.bundledKey], { enabled: false });
    if (entry.external !== undefined) next = setIn(next, [pair.externalKey], entry.external);
    delete entry.external;
  } else {
    if (user[pair.externalKey] !== undefined) entry.external = user[pair.externalKey] as Json;
    next = setIn(next, [pair.externalKey], undefined);
    const restored: JsonObject = { ...(entry.bundled ?? {}), ...bundled };
    if (getIn(defaults, [pair.bundledKey, 'enabled']) !== true) restored.enabled = true;
    next = setIn(next, [pair.bundledKey], Object.keys(restored).length ? restored : undefined);
    delete entry.bundled;
  }
  if (Object.keys(entry).length === 0) delete st[pair.bundledKey];
  return { user: next, stash: st };
}
