'use client';

/**
 * The server renders the chart defaults; once in the browser, a share link (if the address has one: ./open-share-link.ts,
 * which may ask before replacing saved work) or else the state saved in this browser is applied.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ClusterProfile } from '@/lib/cluster/profile';
import type { JsonSchema } from '@/lib/schema/schema';
import type { JsonObject } from '@/lib/values/coalesce';
import type { Stash } from '@/lib/values/dependency-switch';
import type { EditingSession, SessionState } from '@/lib/values/editing-session';
import { SHARE_PARAM } from '@/lib/values/share-param';
import { readSaved, writeSaved, type Saved } from './saved-state';
import type { Origin } from './useConfigurator';

interface Targets {
  session: EditingSession;
  schema: JsonSchema;
  setState: (s: SessionState) => void;
  setStash: (s: Stash) => void;
  setOrigin: (o: Origin) => void;
  /** The target cluster a share link names (the plain cluster when it names none). */
  setProfile: (p: ClusterProfile) => void;
  /** Tells the form its values changed from elsewhere. */
  bump: () => void;
  /**
   * Why the link in the address was not opened (larger than the configurator opens; saved work is restored), or
   * why its target cluster was not used.
   */
  onShareRefused?: (message: string) => void;
}

/** The open question "replace your saved work with the link's configuration?" and its two answers. */
export interface LinkAnswers {
  replace: () => void;
  keep: () => void;
}

export function useRestoreOnce({
  session,
  schema,
  setState,
  setStash,
  setOrigin,
  setProfile,
  bump,
  onShareRefused,
}: Targets): LinkAnswers | null {
  const [question, setQuestion] = useState<LinkAnswers | null>(null);
  const fromStorage = useCallback(
    (saved: Saved) => {
      if (saved.mode !== session.current.mode) session.setMode(saved.mode);
      setState(session.load(saved.user, saved.text));
      bump();
      setStash(saved.stash ?? {});
      setOrigin({ kind: 'storage' });
    },
    [session, bump, setState, setStash, setOrigin],
  );
  const fromShare = useCallback(
    (shared: JsonObject, cluster: ClusterProfile) => {
      const next = session.load(shared, undefined);
      setState(next);
      setProfile(cluster);
      bump();
      setStash({});
      setOrigin({ kind: 'share' });
      writeSaved(next, {}, schema);
    },
    [session, schema, bump, setState, setStash, setOrigin, setProfile],
  );
  useEffect(() => {
    const saved = readSaved();
    if (!window.location.hash.includes(`${SHARE_PARAM}=`)) {
      if (saved) fromStorage(saved);
      return;
    }
    let cancelled = false;
    // The share-link decoder (lz-string) is only loaded when a link is opened.
    void import('./open-share-link').then(({ openShareLink }) => {
      if (!cancelled)
        openShareLink(window.location.hash, schema, saved, { fromStorage, fromShare, ask: setQuestion, refused: onShareRefused });
    });
    return () => {
      cancelled = true;
    };
  }, [schema, fromStorage, fromShare, onShareRefused]);
  return question;
}
