'use client';

/**
 * The server renders the chart defaults; once in the browser, a share link (if the address has one) or else the
 * state saved in this browser is applied.
 */
import { useEffect } from 'react';
import type { JsonObject } from '@/lib/values/coalesce';
import { SHARE_PARAM } from '@/lib/values/share-param';
import { readSaved, type Saved } from './saved-state';

export interface Restorers {
  fromStorage(saved: Saved): void;
  fromShare(values: JsonObject): void;
}

export function useRestoreOnce({ fromStorage, fromShare }: Restorers): void {
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
      const shared = decodeShareHash(window.location.hash);
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
  }, [fromStorage, fromShare]);
}
