/**
 * The configurator's state saved in this browser (localStorage), without credentials (lib/values/secrets.ts, the
 * same stripping as share links): a reload brings the user's values back, a shared link or a preset replaces them.
 *
 * A saved copy lasts SAVED_FOR_DAYS after the last edit, then is deleted when next read: long enough to come back to
 * a configuration over a working week and a weekend, short enough that a copy left on a shared or borrowed
 * machine does not linger for months. "Forget this browser's copy" (PresetBar) deletes it at once.
 */
import { isPlainObject, type JsonObject } from '@/lib/values/coalesce';
import type { Stash } from '@/lib/values/dependency-switch';
import type { SessionState, ViewMode } from '@/lib/values/editing-session';
import { dependencyPairs } from '@/lib/schema/groups';
import type { JsonSchema } from '@/lib/schema/schema';
import { stripSecrets } from '@/lib/values/secrets';

const STORAGE_KEY = 'aeterna-configurator-v1';
export const SAVED_FOR_DAYS = 7;
const SAVED_FOR_MS = SAVED_FOR_DAYS * 24 * 60 * 60 * 1000;

export interface Saved {
  mode: ViewMode;
  /** The values file text, kept only when it holds no credentials. */
  text?: string;
  user: JsonObject;
  stash: Stash;
  /** Epoch milliseconds of the save, and after which the copy is no longer read. */
  savedAt: number;
  expiresAt: number;
}

function removeStored(): void {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    /* nothing saved */
  }
}

/**
 * The saved state, or null. An expired copy is deleted; so is one without an expiry (saved before copies had one,
 * and stripped by an older, name-only rule that let credentials through).
 */
export function readSaved(now: number = Date.now()): Saved | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Partial<Saved>;
    if (typeof s.expiresAt !== 'number' || !(now < s.expiresAt)) {
      removeStored();
      return null;
    }
    return isPlainObject(s.user as unknown) ? (s as Saved) : null;
  } catch {
    return null;
  }
}

/** The stash holds values of both sides of each bundled/external switch: stripped under the key it came from. */
function stripStash(stash: Stash, schema: JsonSchema): Stash {
  const keys = Object.keys(schema.properties ?? {});
  const externalOf = new Map(dependencyPairs(keys).map((p) => [p.bundledKey, p.externalKey]));
  const out: Stash = {};
  for (const [bundledKey, entry] of Object.entries(stash)) {
    const next: Stash[string] = {};
    if (entry.bundled !== undefined)
      next.bundled = (stripSecrets({ [bundledKey]: entry.bundled }, schema).values[bundledKey] ?? {}) as JsonObject;
    const externalKey = externalOf.get(bundledKey);
    if (entry.external !== undefined && externalKey) {
      const kept = stripSecrets({ [externalKey]: entry.external }, schema).values[externalKey];
      if (kept !== undefined) next.external = kept;
    }
    out[bundledKey] = next;
  }
  return out;
}

/** True after "forget": this page saves nothing more until it is loaded again. */
let forgotten = false;

export function writeSaved(s: SessionState, stash: Stash, schema: JsonSchema, now: number = Date.now()): void {
  if (forgotten) return;
  try {
    const stripped = stripSecrets(s.user, schema);
    const saved: Saved = {
      mode: s.mode,
      user: stripped.values,
      stash: stripStash(stash, schema),
      ...(stripped.removed.length === 0 && s.mode === 'changes' && s.problems.length === 0 ? { text: s.text } : {}),
      savedAt: now,
      expiresAt: now + SAVED_FOR_MS,
    };
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    // Private mode or a full storage: the configurator still works, it just will not survive a reload.
  }
}

let pending: { state: SessionState; stash: Stash; schema: JsonSchema } | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;

function flushSaved(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  if (pending) writeSaved(pending.state, pending.stash, pending.schema);
  pending = null;
}

/**
 * Saves after typing pauses (250 ms) rather than on every keystroke: writing localStorage is synchronous and not
 * worth a keystroke's time. Leaving or hiding the page saves at once.
 */
export function saveSoon(s: SessionState, stash: Stash, schema: JsonSchema): void {
  if (forgotten) return;
  if (!listening) {
    listening = true;
    window.addEventListener('pagehide', flushSaved);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flushSaved();
    });
  }
  pending = { state: s, stash, schema };
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(flushSaved, 250);
}

export function clearSaved(): void {
  pending = null;
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  removeStored();
}

/** Deletes the saved copy and stops saving in this page (the values on screen stay). */
export function forgetSaved(): void {
  forgotten = true;
  clearSaved();
}
