'use client';

/**
 * The configurator's changes to the whole values file: the bundled/external switches (which keep what was typed on
 * the other side in a stash), the authentication choice and the other choices that set several values at once
 * (a lib/values function of the user's file), presets, and starting over.
 */
import { useCallback } from 'react';
import type { DependencyPair } from '@/lib/schema/groups';
import { withAuthChoice, type AuthChoice } from '@/lib/values/auth-choice';
import type { JsonObject } from '@/lib/values/coalesce';
import { switchDependency, type Stash } from '@/lib/values/dependency-switch';
import type { EditingSession, SessionState } from '@/lib/values/editing-session';
import type { Preset } from '@/lib/values/presets';
import { parseValuesYaml } from '@/lib/values/yaml-document';
import { clearSaved } from './saved-state';
import type { Origin } from './useConfigurator';

/** A choice that sets several values: the user's file after it (lib/values/public-address.ts, shared-secret.ts...). */
export type FileChange = (user: JsonObject, defaults: JsonObject) => JsonObject;

interface Deps {
  session: EditingSession;
  defaults: JsonObject;
  stash: Stash;
  /** Shows a new state (and stash), saved in this browser. */
  commit: (next: SessionState, nextStash?: Stash) => void;
  /** Tells the form its values changed from elsewhere. */
  bump: () => void;
  /** Shows a new state with an empty stash, without saving (start over). */
  restart: (next: SessionState) => void;
  setOrigin: (o: Origin) => void;
}

export function useWholeFileChanges({ session, defaults, stash, commit, bump, restart, setOrigin }: Deps) {
  /** Bundled ⇄ external, keeping what was typed on each side for when the user comes back. */
  const setDependencyMode = useCallback(
    (pair: DependencyPair, external: boolean) => {
      const next = switchDependency(session.current.user, stash, pair, external, defaults);
      commit(session.replaceUser(next.user), next.stash);
      bump();
    },
    [bump, commit, defaults, session, stash],
  );

  const changeFile = useCallback(
    (change: FileChange) => {
      commit(session.replaceUser(change(session.current.user, defaults)));
      bump();
    },
    [bump, commit, defaults, session],
  );

  /** Off, plugin auth, or plugin auth with Kubernetes tokens (auth.mode and auth.kubernetes.enabled together). */
  const setAuthChoice = useCallback((choice: AuthChoice) => changeFile((user, d) => withAuthChoice(user, d, choice)), [changeFile]);

  /** Opens a whole values file (a preset, a file carried from an earlier version), its text as written. */
  const openFile = useCallback(
    (text: string) => {
      const parsed = parseValuesYaml(text);
      const user = parsed.ok ? parsed.values : {};
      commit(session.load(user, text.trim() ? text : undefined), {});
      setOrigin({ kind: 'fresh' });
      bump();
    },
    [bump, commit, session, setOrigin],
  );
  const loadPreset = useCallback((preset: Preset) => openFile(preset.text), [openFile]);

  const reset = useCallback(() => {
    clearSaved();
    if (window.location.hash) history.replaceState(null, '', window.location.pathname + window.location.search);
    restart(session.load({}, undefined));
    setOrigin({ kind: 'fresh' });
    bump();
  }, [bump, restart, session, setOrigin]);

  return { setDependencyMode, setAuthChoice, changeFile, openFile, loadPreset, reset };
}
