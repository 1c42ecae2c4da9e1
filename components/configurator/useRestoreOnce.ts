'use client';

/**
 * The server renders the chart defaults; once in the browser, a share link (if the address has one) or else the
 * state saved in this browser is applied. A link opened over saved work that differs from it does not replace that
 * work unasked: the saved work is shown and the page asks (LinkQuestion), since a link is easy to open by mistake.
 */
import { useCallback, useEffect, useState } from 'react';
import type { JsonSchema } from '@/lib/schema/schema';
import { deepEqual, type JsonObject } from '@/lib/values/coalesce';
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
  /** Tells the form its values changed from elsewhere. */
  bump: () => void;
}

/** The open question "replace your saved work with the link's configuration?" and its two answers. */
export interface LinkAnswers {
  replace: () => void;
  keep: () => void;
}

/** Later reloads restore the latest edits (saved by the caller), not the link's starting point. */
function dropFragment(): void {
  history.replaceState(null, '', window.location.pathname + window.location.search);
}

export function useRestoreOnce({ session, schema, setState, setStash, setOrigin, bump }: Targets): LinkAnswers | null {
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
    (shared: JsonObject) => {
      const next = session.load(shared, undefined);
      setState(next);
      bump();
      setStash({});
      setOrigin({ kind: 'share' });
      writeSaved(next, {}, schema);
    },
    [session, schema, bump, setState, setStash, setOrigin],
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
      const shared = decodeShareHash(window.location.hash, schema);
      if (!shared) {
        restoreSaved();
        return;
      }
      const saved = readSaved();
      if (saved && Object.keys(saved.user).length > 0 && !deepEqual(saved.user, shared)) {
        fromStorage(saved);
        setQuestion({
          replace: () => {
            setQuestion(null);
            fromShare(shared);
            dropFragment();
          },
          keep: () => {
            setQuestion(null);
            dropFragment();
          },
        });
        return;
      }
      fromShare(shared);
      dropFragment();
    });
    return () => {
      cancelled = true;
    };
  }, [schema, fromStorage, fromShare]);
  return question;
}
