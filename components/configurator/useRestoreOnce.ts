'use client';

/**
 * The server renders the chart defaults; once in the browser, a share link (if the address has one) or else the
 * state saved in this browser is applied.
 */
import { useCallback, useEffect } from 'react';
import type { JsonObject } from '@/lib/values/coalesce';
import type { Stash } from '@/lib/values/dependency-switch';
import type { EditingSession, SessionState } from '@/lib/values/editing-session';
import { SHARE_PARAM } from '@/lib/values/share-param';
import { readSaved, writeSaved, type Saved } from './saved-state';
import type { Origin } from './useConfigurator';

interface Targets {
  session: EditingSession;
  setState: (s: SessionState) => void;
  setStash: (s: Stash) => void;
  setOrigin: (o: Origin) => void;
  /** Tells the form its values changed from elsewhere. */
  bump: () => void;
  /** Why the link in the address was not opened (larger than the configurator opens); saved work is restored. */
  onShareRefused?: (message: string) => void;
}

export function useRestoreOnce({ session, setState, setStash, setOrigin, bump, onShareRefused }: Targets): void {
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
    (shared: JsonObject) => {
      const next = session.load(shared, undefined);
      setState(next);
      bump();
      setOrigin({ kind: 'share' });
      writeSaved(next, {});
    },
    [session, bump, setState, setOrigin],
  );
  useEffect(() => {
    let cancelled = false;
    const restoreSaved = () => {
      const saved = readSaved();
      if (saved) fromStorage(saved);
    };
    if (!window.location.hash.includes(`${SHARE_PARAM}=`)) {
      restoreSaved();
      return;
    }
    // The share-link decoder (lz-string) is only loaded when a link is opened.
    void import('@/lib/values/share-link').then(({ decodeShareHash }) => {
      if (cancelled) return;
      const shared = decodeShareHash(window.location.hash, onShareRefused);
      if (!shared) {
        restoreSaved();
        return;
      }
      fromShare(shared);
      // Later reloads restore the latest edits (saved by the caller), not the link's starting point.
      history.replaceState(null, '', window.location.pathname + window.location.search);
    });
    return () => {
      cancelled = true;
    };
  }, [fromStorage, fromShare, onShareRefused]);
}
