'use client';

/**
 * The configurator's state: the editing session (values file ⇄ YAML text), its check (./useValuesCheck), the
 * bundled/external switches that remember what was typed on the other side, presets, share links and saving in this browser.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { PLAIN_CLUSTER, type ClusterProfile } from '@/lib/cluster/profile';
import { clusterWarnings, type ClusterChecks } from '@/lib/cluster/warnings';
import type { Schema } from '@/lib/schema/form-schema';
import { getIn, type Json, type JsonObject } from '@/lib/values/coalesce';
import type { Stash } from '@/lib/values/dependency-switch';
import { EditingSession, type SessionState, type ViewMode } from '@/lib/values/editing-session';
import { LARGE_TEXT_CHARS, PARSE_PAUSE_MS } from '@/lib/values/input-limits';
import { parseValuesYaml } from '@/lib/values/yaml-document';
import { whenIdle } from '@/lib/site/when-idle';
import { prepareSaving, saveSoon } from './saved-state';
import { useRestoreOnce } from './useRestoreOnce';
import { useValuesCheck } from './useValuesCheck';
import { useWholeFileChanges } from './useWholeFileChanges';

const ignore = () => {};

export interface Origin {
  kind: 'storage' | 'share' | 'fresh';
}

/**
 * `keepText` is told every text the page is about to show, before it renders it: the error boundary
 * (./ConfiguratorBoundary.tsx) offers that text if the render fails.
 */
export function useConfigurator(
  schema: Schema,
  defaultsText: string,
  keepText: (text: string) => void = ignore,
  clusterChecks: ClusterChecks = { gates: [] },
) {
  const defaults = useMemo(() => {
    const r = parseValuesYaml(defaultsText);
    return r.ok ? r.values : {};
  }, [defaultsText]);

  const [session] = useState(() => new EditingSession(defaults, defaultsText));
  const [state, setShown] = useState<SessionState>(session.current);
  const setState = useCallback(
    (next: SessionState) => {
      keepText(next.text);
      setShown(next);
    },
    [keepText],
  );
  /** Why the share link in the address was not opened (too large), shown above the configurator. */
  const [notice, setNotice] = useState<string | null>(null);
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

  /**
   * The cluster the release is for (lib/cluster/profile.ts): the manifests view renders for it, the exports carry
   * it, share links keep it, and the form warns of what it lacks.
   */
  const [profile, setProfile] = useState<ClusterProfile>(PLAIN_CLUSTER);
  const warnings = useMemo(() => clusterWarnings(clusterChecks, profile, effective), [clusterChecks, profile, effective]);

  const linkQuestion = useRestoreOnce({ session, schema, setState, setStash, setOrigin, setProfile, bump, onShareRefused: setNotice });

  const commit = useCallback(
    (next: SessionState, nextStash: Stash = stash) => {
      setState(next);
      if (nextStash !== stash) setStash(nextStash);
      saveSoon(next, nextStash, schema);
    },
    [setState, stash, schema],
  );

  // A large text is parsed once typing pauses (PARSE_PAUSE_MS): until then it is shown as typed, "checking".
  const parseTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const parseNow = useCallback(
    (text: string) => {
      clearTimeout(parseTimer.current);
      parseTimer.current = undefined;
      const next = session.fromText(text);
      commit(next);
      if (next.problems.length === 0) bump();
    },
    [bump, commit, session],
  );
  /** Parses a text still waiting (if a preset or reset replaced it meanwhile, nothing waits any more). */
  const settled = useCallback(() => {
    const held = session.held();
    if (held !== undefined) parseNow(held);
  }, [parseNow, session]);
  const onTextChange = useCallback(
    (text: string) => {
      if (text.length <= LARGE_TEXT_CHARS) return parseNow(text);
      clearTimeout(parseTimer.current);
      setState(session.hold(text));
      parseTimer.current = setTimeout(settled, PARSE_PAUSE_MS);
    },
    [parseNow, session, setState, settled],
  );
  useEffect(() => () => clearTimeout(parseTimer.current), []);
  // Saving's set-up (a module to load, the page-leave listeners) is done before the first edit, not during it.
  useEffect(() => whenIdle(prepareSaving), []);

  const onFormChange = useCallback(
    (keys: readonly string[], data: JsonObject) => {
      // A form edit starts from the text's values: a text still waiting is read first, not lost.
      settled();
      commit(session.patch(keys.map((k) => ({ path: [k], value: data[k] }))));
    },
    [commit, session, settled],
  );
  /** A form of values deeper than a top-level key (the first view's LLM, KMS, service type): one edit per path. */
  const onPathsChange = useCallback(
    (paths: readonly (readonly string[])[], data: JsonObject) => {
      settled();
      commit(session.patch(paths.map((p) => ({ path: [...p], value: getIn(data, p) as Json | undefined }))));
    },
    [commit, session, settled],
  );

  const setMode = useCallback(
    (mode: ViewMode) => {
      settled();
      commit(session.setMode(mode));
    },
    [commit, session, settled],
  );

  const restart = useCallback(
    (next: SessionState) => {
      setState(next);
      setStash({});
    },
    [setState],
  );
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
    profile,
    setProfile,
    warnings,
    rulesLoaded,
    requirements,
    origin,
    notice,
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
