/**
 * The configurator's state saved in this browser (localStorage), without credentials: a reload brings the
 * user's values back, a shared link or a preset replaces them.
 */
import { isPlainObject, type JsonObject } from '@/lib/values/coalesce';
import type { Stash } from '@/lib/values/dependency-switch';
import type { SessionState, ViewMode } from '@/lib/values/editing-session';
import { stripSecrets } from '@/lib/values/secrets';

const STORAGE_KEY = 'aeterna-configurator-v1';

export interface Saved {
  mode: ViewMode;
  /** The values file text, kept only when it holds no credentials. */
  text?: string;
  user: JsonObject;
  stash: Stash;
}

export function readSaved(): Saved | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Saved;
    return isPlainObject(s.user as unknown) ? s : null;
  } catch {
    return null;
  }
}

export function writeSaved(s: SessionState, stash: Stash): void {
  try {
    const stripped = stripSecrets(s.user);
    const saved: Saved = {
      mode: s.mode,
      user: stripped.values,
      stash: stripSecrets(stash as JsonObject).values as Stash,
      ...(stripped.removed.length === 0 && s.mode === 'changes' && s.problems.length === 0 ? { text: s.text } : {}),
    };
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    // Private mode or a full storage: the configurator still works, it just will not survive a reload.
  }
}

let pending: { state: SessionState; stash: Stash } | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;

function flushSaved(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  if (pending) writeSaved(pending.state, pending.stash);
  pending = null;
}

/**
 * Saves after typing pauses (250 ms) rather than on every keystroke: writing localStorage is synchronous and not
 * worth a keystroke's time. Leaving or hiding the page saves at once.
 */
export function saveSoon(s: SessionState, stash: Stash): void {
  if (!listening) {
    listening = true;
    window.addEventListener('pagehide', flushSaved);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flushSaved();
    });
  }
  pending = { state: s, stash };
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(flushSaved, 250);
}

export function clearSaved(): void {
  pending = null;
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    /* nothing saved */
  }
}
