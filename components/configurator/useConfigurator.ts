'use client';

/**
 * The configurator's state: the editing session (values file ⇄ YAML text), validation, the bundled/external
 * switches that remember what was typed on the other side, presets, share links and saving in this browser.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import * as precompiled from '@/lib/schema/generated/chart-validators.js';
import { createValuesValidator, type CompiledSchema, type SchemaIssue } from '@/lib/schema/validate';
import { activeRequirements, type Schema } from '@/lib/schema/form-schema';
import type { DependencyPair } from '@/lib/schema/groups';
import { coalesce, isPlainObject, setIn, type Json, type JsonObject } from '@/lib/values/coalesce';
import { withAuthChoice, type AuthChoice } from '@/lib/values/auth-choice';
import { switchDependency, type Stash } from '@/lib/values/dependency-switch';
import { EditingSession, type SessionState, type ViewMode } from '@/lib/values/editing-session';
import type { Preset } from '@/lib/values/presets';
import { SHARE_PARAM } from '@/lib/values/share-param';
import { stripSecrets } from '@/lib/values/secrets';
import { parseValuesYaml } from '@/lib/values/yaml-document';

export const STORAGE_KEY = 'aeterna-configurator-v1';

interface Saved {
  mode: ViewMode;
  /** The values file text, kept only when it holds no credentials. */
  text?: string;
  user: JsonObject;
  stash: Stash;
}

export interface Origin {
  kind: 'storage' | 'share' | 'fresh';
}

function readSaved(): Saved | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Saved;
    return isPlainObject(s.user as unknown) ? s : null;
  } catch {
    return null;
  }
}

export function useConfigurator(schema: Schema, defaultsText: string) {
  const defaults = useMemo(() => {
    const r = parseValuesYaml(defaultsText);
    return r.ok ? r.values : {};
  }, [defaultsText]);
  // The chart's cross-field rules load right after the page is interactive (keeping the first load small); until
  // then the verdict says it is still checking them.
  const [rules, setRules] = useState<Pick<CompiledSchema, 'validateRules' | 'ruleIfs' | 'templateRules'>>({});
  useEffect(() => {
    let cancelled = false;
    void Promise.all([import('@/lib/schema/generated/chart-rules.js'), import('@/lib/schema/template-rules')]).then(([m, t]) => {
      if (!cancelled) setRules({ validateRules: m.validateRules, ruleIfs: m.ruleIfs, templateRules: t.templateRuleIssues });
    });
    return () => {
      cancelled = true;
    };
  }, []);
  const validator = useMemo(() => createValuesValidator(schema, defaults, { ...precompiled, ...rules }), [schema, defaults, rules]);

  const sessionRef = useRef<EditingSession | null>(null);
  sessionRef.current ??= new EditingSession(defaults, defaultsText);
  const session = sessionRef.current;
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

  const effective = useMemo(() => coalesce(defaults, state.user), [defaults, state.user]);
  const issues: SchemaIssue[] = useMemo(() => validator.validateValues(effective), [validator, effective]);
  const requirementsKey = JSON.stringify(activeRequirements(schema, effective, validator.ruleApplies));
  const requirements = useMemo(() => JSON.parse(requirementsKey) as Record<string, string[]>, [requirementsKey]);

  const save = useCallback((s: SessionState, st: Stash) => {
    try {
      const stripped = stripSecrets(s.user);
      const saved: Saved = {
        mode: s.mode,
        user: stripped.values,
        stash: stripSecrets(st as JsonObject).values as Stash,
        ...(stripped.removed.length === 0 && s.mode === 'changes' && s.problems.length === 0 ? { text: s.text } : {}),
      };
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
    } catch {
      // Private mode or a full storage: the configurator still works, it just will not survive a reload.
    }
  }, []);

  // The server renders the chart defaults; a share link or the saved state is applied once in the browser.
  useEffect(() => {
    let cancelled = false;
    const restoreSaved = () => {
      const saved = readSaved();
      if (saved) {
        if (saved.mode !== session.current.mode) session.setMode(saved.mode);
        setState(session.load(saved.user, saved.text));
        bump();
        setStash(saved.stash ?? {});
        setOrigin({ kind: 'storage' });
      }
    };
    if (!window.location.hash.includes(`${SHARE_PARAM}=`)) {
      restoreSaved();
      return;
    }
    // The share-link decoder (lz-string) is only loaded when a link is opened.
    void import('@/lib/values/share-link').then(({ decodeShareHash }) => {
      if (cancelled) return;
      const shared = decodeShareHash(window.location.hash);
      if (!shared) {
        restoreSaved();
        return;
      }
      const next = session.load(shared, undefined);
      setState(next);
      bump();
      setOrigin({ kind: 'share' });
      // Later reloads restore the latest edits (saved below), not the link's starting point.
      history.replaceState(null, '', window.location.pathname + window.location.search);
      save(next, {});
    });
    return () => {
      cancelled = true;
    };
  }, [session, save, bump]);

  const commit = useCallback(
    (next: SessionState, nextStash: Stash = stash) => {
      setState(next);
      if (nextStash !== stash) setStash(nextStash);
      save(next, nextStash);
    },
    [save, stash],
  );

  const onFormChange = useCallback(
    (keys: readonly string[], data: JsonObject) => {
      let next = session.effective();
      for (const k of keys) next = setIn(next, [k], data[k] as Json | undefined);
      commit(session.fromForm(next));
    },
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
    try {
      window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      /* nothing saved */
    }
    if (window.location.hash) history.replaceState(null, '', window.location.pathname + window.location.search);
    const next = session.load({}, undefined);
    setState(next);
    setStash({});
    setOrigin({ kind: 'fresh' });
    bump();
  }, [bump, session]);

  return {
    state,
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
