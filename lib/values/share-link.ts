/**
 * Share links: the values file (differences from the chart defaults, credentials removed) compressed with
 * lz-string into the URL fragment. A fragment is never sent to the server, so the values stay in the browser.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { JsonSchema } from '@/lib/schema/schema';
import { isPlainObject, type JsonObject } from './coalesce';
import { stripSecrets, type Removal } from './secrets';
import { SHARE_PARAM } from './share-param';

export interface ShareLink {
  /** The fragment, starting with '#'. */
  hash: string;
  /** Credentials left out of the link (lib/values/secrets.ts). */
  removed: Removal[];
}

/** `schema`: the chart's values.schema.json, which marks the credentials. */
export function encodeShareHash(values: JsonObject, schema: JsonSchema): ShareLink {
  const { values: safe, removed } = stripSecrets(values, schema);
  return { hash: `#${SHARE_PARAM}=${compressToEncodedURIComponent(JSON.stringify(safe))}`, removed };
}

/** The values in a share fragment, or null when there is none or it is damaged. */
export function decodeShareHash(hash: string, schema: JsonSchema): JsonObject | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const packed = params.get(SHARE_PARAM);
  if (!packed) return null;
  try {
    const text = decompressFromEncodedURIComponent(packed.replace(/ /g, '+'));
    if (!text) return null;
    const parsed: unknown = JSON.parse(text);
    if (!isPlainObject(parsed)) return null;
    // Links are made without credentials; a hand-made link carrying some is cleaned the same way.
    return stripSecrets(parsed, schema).values;
  } catch {
    return null;
  }
}
