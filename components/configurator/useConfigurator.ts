'use client';

/**
 * The configurator's state: the editing session (values file ⇄ YAML text), its check (./useValuesCheck), the
 * bundled/external switches that remember what was typed on the other side, presets, share links and saving in this browser.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Schema } from '@/lib/schema/form-schema';
import { getIn, type Json, type JsonObject } from '@/lib/values/coalesce';
import type { Stash } from '@/lib/values/dependency-switch';
import { EditingSession, type SessionState, type ViewMode } from '@/lib/values/editing-session';
import { parseValuesYaml } from '@/lib/values/yaml-document';
import { saveSoon } from './saved-state';
import { useRestoreOnce } from './useRestoreOnce';
import { useValuesCheck } from './useValuesCheck';
import { useWholeFileChanges } from './useWholeFileChanges';

export interface Origin {
  kind: 'storage' | 'share' | 'fresh';
}

export function useConfigurator(schema: Schema, defaultsText: string) {
  const defaults = useMemo(() => {
    const r = parseValuesYaml(defaultsText);
    return r.ok ? r.values : {};
  }, [defaultsText]);

  const [session] = useState(() => new EditingSession(defaults, defaultsText));
  const [state, setState] = useState<SessionState>(session.current);
  const [stash, setStash] = useState<Stash>({});
  const [origin, setOrigin] = useState<Origin>({ kind: 'fresh' });
  /**
   * Counts changes that did not come from the form (YAML edits, presets, switches, restores). The form shows its
   * own data while the user types in it (a cleared field stays empty and means "chart default") and is
   * re-filled from the values when this changes.
   */
  const [externalEpoch, setExternalEpoch] = useState(0);
  const bump = useCallback(() => setExternalEpoch((e) => e + 1), []);

  const { effective, issues, requirements, rulesLoaded } = useValuesCheck(schema, defaults, session, state.user);

  const linkQuestion = useRestoreOnce({ session, schema, setState, setStash, setOrigin, bump });

  const commit = useCallback(
    (next: SessionState, nextStash: Stash = stash) => {
      setState(next);
      if (nextStash !== stash) setStash(nextStash);
      saveSoon(next, nextStash, schema);
    },
    [stash, schema],
  );

  const onFormChange = useCallback(
    (keys: readonly string[], data: JsonObject) => commit(session.patch(keys.map((k) => ({ path: [k], value: data[k] })))),
    [commit, session],
  );
  /** A form of values deeper than a top-level key (the first view's LLM, KMS, service type): one edit per path. */
  const onPathsChange = useCallback(
    (paths: readonly (readonly string[])[], data: JsonObject) =>
      commit(session.patch(paths.map((p) => ({ path: [...p], value: getIn(data, p) as Json | undefined })))),
    [commit, session],
  );

  const onTextChange = useCallback(
    (text: string) => {
      const next = session.fromText(text);
      commit(next);
      if (next.problems.length === 0) bump();
    },
    [bump, commit, session],
  );

  const setMode = useCallback((mode: ViewMode) => commit(session.setMode(mode)), [commit, session]);

  const restart = useCallback((next: SessionState) => {
    setState(next);
    setStash({});
  }, []);
  const { setDependencyMode, setAuthChoice, changeFile, openFile, loadPreset, reset } = useWholeFileChanges({
    session,
    defaults,
    stash,
    commit,
    bump,
    restart,
    setOrigin,
  });

  const positions = useCallback(() => session.positions(), [session]);

  return {
    defaults,
    state,
    positions,
    effective,
    issues,
    rulesLoaded,
    requirements,
    origin,
    linkQuestion,
    externalEpoch,
    onFormChange,
    onPathsChange,
    onTextChange,
    setMode,
    setDependencyMode,
    setAuthChoice,
    changeFile,
    loadPreset,
    openFile,
    reset,
  };
}
