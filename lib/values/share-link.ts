/**
 * Share links: the values file (differences from the chart defaults, credentials removed) compressed with
 * lz-string into the URL fragment, and the target cluster when it is not the plain one (links made before the
 * profile existed have none, and mean the plain cluster). A fragment is never sent to the server, so the values
 * stay in the browser.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { checkProfile, sameProfile } from '@/lib/cluster/profile-check';
import { PLAIN_CLUSTER, type ClusterProfile } from '@/lib/cluster/profile';
import type { JsonSchema } from '@/lib/schema/schema';
import { isPlainObject, type JsonObject } from './coalesce';
import { formatLimit, formatSizeOver, MAX_SHARE_CLUSTER_PACKED_CHARS, MAX_SHARE_JSON_CHARS, MAX_SHARE_PACKED_CHARS } from './input-limits';
import { stripSecrets, type Removal } from './secrets';
import { CLUSTER_PARAM, SHARE_PARAM } from './share-param';

export interface ShareLink {
  /** The fragment, starting with '#'. */
  hash: string;
  /** Credentials left out of the link (lib/values/secrets.ts). */
  removed: Removal[];
}

/** `schema`: the chart's values.schema.json, which marks the credentials. */
export function encodeShareHash(values: JsonObject, schema: JsonSchema, cluster: ClusterProfile = PLAIN_CLUSTER): ShareLink {
  const { values: safe, removed } = stripSecrets(values, schema);
  const profile = sameProfile(cluster, PLAIN_CLUSTER) ? '' : `&${CLUSTER_PARAM}=${compressToEncodedURIComponent(JSON.stringify(cluster))}`;
  return { hash: `#${SHARE_PARAM}=${compressToEncodedURIComponent(JSON.stringify(safe))}${profile}`, removed };
}

/**
 * The target cluster of a share fragment: the plain cluster when it names none. A profile that is too large,
 * damaged or not a profile is not used (the values still open): `problem` is told why.
 */
export function decodeShareCluster(hash: string, problem?: (message: string) => void): ClusterProfile {
  const packed = new URLSearchParams(hash.replace(/^#/, '')).get(CLUSTER_PARAM);
  if (packed === null) return PLAIN_CLUSTER;
  const notUsed = (why: string) => {
    problem?.(
      `This share link's target cluster was not used (${why}): the configurator shows a plain cluster, Kubernetes ${PLAIN_CLUSTER.kubeVersion}. Set the target cluster again if it matters.`,
    );
    return PLAIN_CLUSTER;
  };
  if (packed.length > MAX_SHARE_CLUSTER_PACKED_CHARS)
    return notUsed(
      `it holds ${packed.length.toLocaleString('en-US')} packed characters, more than the ${MAX_SHARE_CLUSTER_PACKED_CHARS.toLocaleString('en-US')} a cluster needs`,
    );
  let parsed: unknown;
  try {
    const text = decompressFromEncodedURIComponent(packed.replace(/ /g, '+'));
    if (!text) return notUsed('it is damaged');
    if (text.length > MAX_SHARE_JSON_CHARS) return notUsed('it unpacks to more than a cluster needs');
    parsed = JSON.parse(text);
  } catch {
    return notUsed('it is damaged');
  }
  const checked = checkProfile(parsed);
  return checked.ok ? checked.profile : notUsed(checked.message);
}

/**
 * The values in a share fragment, or null when there is none, it is damaged, or it is larger than the configurator
 * opens (lib/values/input-limits.ts): then `refused` is told why. The packed length is checked before unpacking
 * (lz-string unpacks all or nothing) and the unpacked length before JSON.parse.
 */
export function decodeShareHash(hash: string, schema: JsonSchema, refused?: (message: string) => void): JsonObject | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const packed = params.get(SHARE_PARAM);
  if (!packed) return null;
  const tooLong = sharePackedTooLong(packed);
  if (tooLong) {
    refused?.(tooLong);
    return null;
  }
  try {
    const text = decompressFromEncodedURIComponent(packed.replace(/ /g, '+'));
    if (!text) return null;
    const tooLarge = shareUnpackedTooLarge(text);
    if (tooLarge) {
      refused?.(tooLarge);
      return null;
    }
    const parsed: unknown = JSON.parse(text);
    if (!isPlainObject(parsed)) return null;
    // Links are made without credentials; a hand-made link carrying some is cleaned the same way.
    return stripSecrets(parsed, schema).values;
  } catch {
    return null;
  }
}

const SHARE_INSTEAD = 'It was not opened, and what you had here is unchanged. Ask for the values.yaml file instead.';

/** The share fragment's size problem before unpacking, or null. */
function sharePackedTooLong(packed: string): string | null {
  if (packed.length <= MAX_SHARE_PACKED_CHARS) return null;
  return `This share link holds ${packed.length.toLocaleString('en-US')} characters of packed values; the configurator opens links of up to ${MAX_SHARE_PACKED_CHARS.toLocaleString('en-US')} (the chart's production example makes about 2,000). ${SHARE_INSTEAD}`;
}

/** The share fragment's size problem once unpacked (before JSON.parse), or null. */
function shareUnpackedTooLarge(json: string): string | null {
  if (json.length <= MAX_SHARE_JSON_CHARS) return null;
  return `This share link unpacks to ${formatSizeOver(json.length, MAX_SHARE_JSON_CHARS)} of values; the configurator opens links of up to ${formatLimit(MAX_SHARE_JSON_CHARS)}. ${SHARE_INSTEAD}`;
}
