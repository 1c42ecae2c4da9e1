'use client';

/**
 * The configurator's state: the editing session (values file ⇄ YAML text), validation, the bundled/external
 * switches that remember what was typed on the other side, presets, share links and saving in this browser.
 */
import { useCallback, useMemo, useState } from 'react';
import { createValuesValidator, type SchemaIssue } from '@/lib/schema/validate';
import { activeRequirements, type Schema } from '@/lib/schema/form-schema';
import type { DependencyPair } from '@/lib/schema/groups';
import type { JsonObject } from '@/lib/values/coalesce';
import { withAuthChoice, type AuthChoice } from '@/lib/values/auth-choice';
import { switchDependency, type Stash } from '@/lib/values/dependency-switch';
import { EditingSession, type SessionState, type ViewMode } from '@/lib/values/editing-session';
import type { Preset } from '@/lib/values/presets';
import { parseValuesYaml } from '@/lib/values/yaml-document';
import { clearSaved, saveSoon, writeSaved, type Saved } from './saved-state';
import { useChartRules } from './useChartRules';
import { useRestoreOnce } from './useRestoreOnce';

export interface Origin {
  kind: 'storage' | 'share' | 'fresh';
}

export function useConfigurator(schema: Schema, defaultsText: string) {
  const defaults = useMemo(() => {
    const r = parseValuesYaml(defaultsText);
    return r.ok ? r.values : {};
  }, [defaultsText]);
  const rules = useChartRules();
  const validator = useMemo(() => createValuesValidator(schema, defaults, rules), [schema, defaults, rules]);

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

  // The session computes the effective values once per values file (state.user changes exactly when it does).
  const effective = useMemo(() => session.effective(state.user), [session, state.user]);
  const issues: SchemaIssue[] = useMemo(() => validator.validateValues(effective), [validator, effective]);
  const requirementsKey = JSON.stringify(activeRequirements(schema, effective, validator.ruleApplies));
  const requirements = useMemo(() => JSON.parse(requirementsKey) as Record<string, string[]>, [requirementsKey]);

  const fromStorage = useCallback(
    (saved: Saved) => {
      if (saved.mode !== session.current.mode) session.setMode(saved.mode);
      setState(session.load(saved.user, saved.text));
      bump();
      setStash(saved.stash ?? {});
      setOrigin({ kind: 'storage' });
    },
    [session, bump],
  );
  const fromShare = useCallback(
    (shared: JsonObject) => {
      const next = session.load(shared, undefined);
      setState(next);
      bump();
      setOrigin({ kind: 'share' });
      writeSaved(next, {});
    },
    [session, bump],
  );
  useRestoreOnce({ fromStorage, fromShare });

  const commit = useCallback(
    (next: SessionState, nextStash: Stash = stash) => {
      setState(next);
      if (nextStash !== stash) setStash(nextStash);
      saveSoon(next, nextStash);
    },
    [stash],
  );

  const onFormChange = useCallback(
    (keys: readonly string[], data: JsonObject) => commit(session.patch(keys.map((k) => ({ path: [k], value: data[k] })))),
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

  /** Bundled ⇄ external, keeping what was typed on each side for when the user comes back. */
  const setDependencyMode = useCallback(
    (pair: DependencyPair, external: boolean) => {
      const next = switchDependency(session.current.user, stash, pair, external, defaults);
      commit(session.replaceUser(next.user), next.stash);
      bump();
    },
    [bump, commit, defaults, session, stash],
  );

  /** Off, plugin auth, or plugin auth with Kubernetes tokens (auth.mode and auth.kubernetes.enabled together). */
  const setAuthChoice = useCallback(
    (choice: AuthChoice) => {
      commit(session.replaceUser(withAuthChoice(session.current.user, defaults, choice)));
      bump();
    },
    [bump, commit, defaults, session],
  );

  const loadPreset = useCallback(
    (preset: Preset) => {
      const parsed = parseValuesYaml(preset.text);
      const user = parsed.ok ? parsed.values : {};
      commit(session.load(user, preset.text.trim() ? preset.text : undefined), {});
      setOrigin({ kind: 'fresh' });
      bump();
    },
    [bump, commit, session],
  );

  const reset = useCallback(() => {
    clearSaved();
    if (window.location.hash) history.replaceState(null, '', window.location.pathname + window.location.search);
    const next = session.load({}, undefined);
    setState(next);
    setStash({});
    setOrigin({ kind: 'fresh' });
    bump();
  }, [bump, session]);

  const positions = useCallback(() => session.positions(), [session]);

  return {
    state,
    positions,
    effective,
    issues,
    rulesLoaded: validator.rulesLoaded,
    requirements,
    origin,
    externalEpoch,
    onFormChange,
    onTextChange,
    setMode,
    setDependencyMode,
    setAuthChoice,
    loadPreset,
    reset,
  };
}
