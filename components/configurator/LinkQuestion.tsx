'use client';

import { useEffect, useRef } from 'react';
import type { LinkAnswers } from './useRestoreOnce';

/**
 * Asks before a shared link replaces the work saved in this browser (useRestoreOnce shows the saved work
 * meanwhile). In the page rather than window.confirm, which blocks the page and cannot be styled or tested
 * as part of it. Loaded only when there is a question to ask.
 */
export function LinkQuestion({ question }: { question: LinkAnswers }) {
  const keep = useRef<HTMLButtonElement>(null);
  // The safe answer has the focus: Enter keeps the user's work.
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby="link-question-title"
      aria-describedby="link-question-desc"
      className="rounded border border-amber-500 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
    >
      <p id="link-question-title" className="font-semibold">
        This link holds a configuration. Replace your saved work?
      </p>
      <p id="link-question-desc" className="mt-1">
        The page shows the work saved in this browser. Replace loads the link&apos;s configuration instead (your saved work is lost); Keep
        mine ignores the link.
      </p>
      <div className="mt-2 flex gap-2">
        <button type="button" onClick={question.replace} className="rounded border border-amber-700 px-3 py-1.5">
          Replace
        </button>
        <button type="button" ref={keep} onClick={question.keep} className="rounded border border-amber-700 px-3 py-1.5 font-medium">
          Keep mine
        </button>
      </div>
    </div>
  );
}
