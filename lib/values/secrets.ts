/**
 * Which values are credentials. They never go into a share link; the configurator tells the user which ones it
 * left out. A key is a credential when its name ends in password, apiKey or token and it holds text (names of
 * Secrets, such as existingSecret or credentialsSecret, and key names such as existingSecretPasswordKey are not).
 */
import { isPlainObject, type Json, type JsonObject } from './coalesce';

const SECRET_KEY = /(password|apikey|token)$/i;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

export interface StripResult {
  values: JsonObject;
  /** Dotted paths of the credentials that were removed. */
  removed: string[];
}

export function stripSecrets(values: JsonObject): StripResult {
  const removed: string[] = [];
  const walk = (v: Json, path: string[]): Json | undefined => {
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, String(i)]) ?? null);
    if (!isPlainObject(v)) return v;
    const out: JsonObject = {};
    for (const [k, x] of Object.entries(v)) {
      if (isSecretKey(k) && typeof x === 'string' && x !== '') {
        removed.push([...path, k].join('.'));
        continue;
      }
      const w = walk(x, [...path, k]);
      if (w !== undefined) out[k] = w;
    }
    return out;
  };
  return { values: walk(values, []) as JsonObject, removed };
}
