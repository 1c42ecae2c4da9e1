/**
 * What saved-state.ts writes to localStorage: the session and the stash without credentials (lib/values/secrets.ts,
 * the same stripping as share links) and with an expiry. Loaded with the first save, not with the page: the restore
 * only reads, and the configurator's first-load JavaScript has no room to spare.
 */
import { dependencyPairs } from '@/lib/schema/groups';
import type { JsonSchema } from '@/lib/schema/schema';
import type { JsonObject } from '@/lib/values/coalesce';
import type { Stash } from '@/lib/values/dependency-switch';
import type { SessionState } from '@/lib/values/editing-session';
import { stripSecrets } from '@/lib/values/secrets';
import type { Saved } from './saved-state';

/** The stash holds values of both sides of each bundled/external switch: stripped under the key it came from. */
function stripStash(stash: Stash, schema: JsonSchema): Stash {
  const keys = Object.keys(schema.properties ?? {});
  const externalOf = new Map(dependencyPairs(keys).map((p) => [p.bundledKey, p.externalKey]));
  const out: Stash = {};
  for (const [bundledKey, entry] of Object.entries(stash)) {
    const next: Stash[string] = {};
    if (entry.bundled !== undefined) {
      next.bundled = (stripSecrets({ [bundledKey]: entry.bundled }, schema).values[bundledKey] ?? {}) as JsonObject;
    }
    const externalKey = externalOf.get(bundledKey);
    if (entry.external !== undefined && externalKey) {
      const kept = stripSecrets({ [externalKey]: entry.external }, schema).values[externalKey];
      if (kept !== undefined) next.external = kept;
    }
    out[bundledKey] = next;
  }
  return out;
}

export function savedCopy(s: SessionState, stash: Stash, schema: JsonSchema, now: number, lifetimeMs: number): Saved {
  const stripped = stripSecrets(s.user, schema);
  return {
    mode: s.mode,
    user: stripped.values,
    stash: stripStash(stash, schema),
    // The text is kept only when it holds no credentials (comments and layout otherwise come back on reload).
    ...(stripped.removed.length === 0 && s.mode === 'changes' && s.problems.length === 0 ? { text: s.text } : {}),
    savedAt: now,
    expiresAt: now + lifetimeMs,
  };
}
