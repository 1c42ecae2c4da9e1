/**
 * The configurator's state saved in this browser (localStorage), without credentials (./saved-copy.ts, the same
 * stripping as share links): a reload brings the user's values back, a shared link or a preset replaces them.
 *
 * A saved copy lasts 7 days (SAVED_FOR_MS) after the last edit, then is deleted when next read: long enough to come back to
 * a configuration over a working week and a weekend, short enough that a copy left on a shared or borrowed
 * machine does not linger for months. "Forget this browser's copy" (PresetBar) deletes it at once.
 */
import { isPlainObject, type JsonObject } from '@/lib/values/coalesce';
import type { Stash } from '@/lib/values/dependency-switch';
import type { SessionState, ViewMode } from '@/lib/values/editing-session';
import type { JsonSchema } from '@/lib/schema/schema';
import type { savedCopy as SavedCopy } from './saved-copy';

const STORAGE_KEY = 'aeterna-configurator-v1';
/** Also in ConfiguratorIntro's words. */
const SAVED_FOR_MS = 7 * 24 * 60 * 60 * 1000;

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
export function readSaved(): Saved | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Partial<Saved>;
    if (typeof s.expiresAt !== 'number' || !(Date.now() < s.expiresAt)) {
      removeStored();
      return null;
    }
    return isPlainObject(s.user as unknown) ? (s as Saved) : null;
  } catch {
    return null;
  }
}

/** True after "forget": this page saves nothing more until it is loaded again. */
let forgotten = false;
/** Counts clears: a save still waiting for ./saved-copy.ts when the user resets or forgets is dropped. */
let clears = 0;

let copier: typeof SavedCopy | undefined;
let loadingCopier: Promise<typeof SavedCopy> | undefined;

/** Runs `then` once ./saved-copy.ts is loaded: a save waits for it, and nothing is ever written unstripped. */
function withCopier(then: (copy: typeof SavedCopy) => void): void {
  if (copier) return then(copier);
  loadingCopier ??= import('./saved-copy').then((m) => (copier = m.savedCopy));
  void loadingCopier.then(then);
}

export function writeSaved(s: SessionState, stash: Stash, schema: JsonSchema): void {
  const asOf = clears;
  withCopier((savedCopy) => {
    if (forgotten || asOf !== clears) return;
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(savedCopy(s, stash, schema, Date.now(), SAVED_FOR_MS)));
    } catch {
      // Private mode or a full storage: the configurator still works, it just will not survive a reload.
    }
  });
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
 * Loads ./saved-copy.ts, so that a save 250 ms later (or on leaving the page) is written at once, and listens for
 * the page being left. The page calls it once idle after loading: done on the first keystroke instead, the first
 * pagehide listener and the module's loading cost that keystroke about 6 ms.
 */
export function prepareSaving(): void {
  withCopier(() => undefined);
  if (listening) return;
  listening = true;
  window.addEventListener('pagehide', flushSaved);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushSaved();
  });
}

/**
 * Saves after typing pauses (250 ms) rather than on every keystroke: writing localStorage is synchronous and not
 * worth a keystroke's time. Leaving or hiding the page saves at once.
 */
export function saveSoon(s: SessionState, stash: Stash, schema: JsonSchema): void {
  if (forgotten) return;
  prepareSaving();
  pending = { state: s, stash, schema };
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(flushSaved, 250);
}

export function clearSaved(): void {
  clears += 1;
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
