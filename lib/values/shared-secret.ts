/**
 * One existing Secret for every credential: the blocks values.yaml declares with `## @credential` (an
 * `existingSecret` and the names of its keys) all point at the same Secret, each under keys of its own, so that a
 * user creates one Secret instead of five. Only the blocks that apply to the current choices are pointed at it
 * (values.yaml's `## @when`): a credential of an unchosen alternative is left alone.
 */
import type { WhenComment } from '@/lib/chart/values-comments';
import { hiddenPaths } from '@/lib/schema/applicability';
import { getIn, isPlainObject, setUserValue, type JsonObject } from './coalesce';
import { isSecretKey } from './secret-names';

export interface CredentialBlock {
  /** e.g. auth.plugin.github */
  path: string;
  /** The block's key-name values (`existingSecretKey`, `clientIdKey`...) with their defaults. */
  keys: { field: string; dflt: string }[];
}

/** A key name ends in Key; `apiKey` does too, but holds the credential itself. */
const KEY_FIELD = /Key$/;

/** The declared blocks, read from the chart's defaults; a declaration without `existingSecret` is the chart's mistake. */
export function credentialBlocks(declared: readonly string[], defaults: JsonObject): CredentialBlock[] {
  return declared.map((path) => {
    const block = getIn(defaults, path.split('.'));
    if (!isPlainObject(block) || typeof block.existingSecret !== 'string') {
      throw new Error(`values.yaml declares @credential ${path}, which has no existingSecret value`);
    }
    const keys = Object.entries(block)
      .filter(([k, v]) => KEY_FIELD.test(k) && !isSecretKey(k) && typeof v === 'string')
      .map(([field, v]) => ({ field, dflt: v as string }));
    if (keys.length === 0) throw new Error(`values.yaml declares @credential ${path}, which names no key (a value ending in Key)`);
    return { path, keys };
  });
}

const kebab = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/**
 * The key a block's credential has in the shared Secret: the block's path and the key's default, which is unique
 * and stays the same whatever else is chosen (`auth.plugin.github` client-id → `auth-plugin-github-client-id`).
 */
function sharedKeyName(block: CredentialBlock, dflt: string): string {
  const segs = block.path.split('.');
  return [...(segs[0] === 'aeterna' ? segs.slice(1) : segs).map(kebab), dflt].join('-');
}

/** The blocks in use with these effective values. */
export function applicableBlocks(
  blocks: readonly CredentialBlock[],
  when: readonly WhenComment[],
  effective: JsonObject,
): CredentialBlock[] {
  const hidden = hiddenPaths(when, effective);
  return blocks.filter((b) => !hidden.some((h) => b.path === h || b.path.startsWith(`${h}.`)));
}

/** The Secret every block in use names, or '' when they do not all name the same one. */
export function sharedSecretOf(blocks: readonly CredentialBlock[], effective: JsonObject): string {
  const names = new Set(blocks.map((b) => getIn(effective, [...b.path.split('.'), 'existingSecret'])));
  const [only] = names;
  return names.size === 1 && typeof only === 'string' ? only : '';
}

/** The keys the shared Secret must hold for these blocks. */
export function sharedKeys(blocks: readonly CredentialBlock[]): string[] {
  return blocks.flatMap((b) => b.keys.map((k) => sharedKeyName(b, k.dflt)));
}

/**
 * The user's values with every block pointed at `name` under its shared keys; an empty name gives each block back
 * its defaults (no existing Secret, the chart's key names).
 */
export function withSharedSecret(user: JsonObject, defaults: JsonObject, blocks: readonly CredentialBlock[], name: string): JsonObject {
  let next = user;
  for (const b of blocks) {
    const at = b.path.split('.');
    next = setUserValue(next, defaults, [...at, 'existingSecret'], name);
    for (const k of b.keys) next = setUserValue(next, defaults, [...at, k.field], name ? sharedKeyName(b, k.dflt) : k.dflt);
  }
  return next;
}
