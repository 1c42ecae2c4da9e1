'use client';

/**
 * Going from an error to where it is: its field in the form (opening a folded section), or, for a value the form
 * does not show, its line in the YAML editor.
 */
import { useCallback, useState } from 'react';
import type { SchemaIssue } from '@/lib/schema/validate';
import { fieldId } from './field-ids';

export interface Reveal {
  line: number;
  column: number;
  nonce: number;
}

export function useGoTo(
  markers: readonly { line: number; column: number }[],
  issues: readonly SchemaIssue[],
  /** Shows every setting, for a field the current view does not have. */
  showAll: () => void,
) {
  const [reveal, setReveal] = useState<Reveal>();
  const goToLine = useCallback((line: number, column: number) => {
    document.getElementById('yaml-title')?.scrollIntoView({ block: 'start' });
    setReveal({ line, column, nonce: Date.now() });
  }, []);

  const goToField = useCallback(
    (path: string[]) => {
      // Not a field of the form (an unknown key, or a value of the side not in use): go to its line.
      const toLine = () => {
        const m = markers[issues.findIndex((x) => x.path.join('.') === path.join('.'))];
        goToLine(m?.line ?? 1, m?.column ?? 1);
      };
      if (focusField(path)) return;
      // Not in the view on screen: show every setting and look again once they are rendered.
      showAll();
      requestAnimationFrame(() => {
        if (!focusField(path)) toLine();
      });
    },
    [goToLine, issues, markers, showAll],
  );

  return { reveal, goToLine, goToField };
}

/** Focuses the field of `path` (or of its nearest parent in the form), opening folded sections; false if none. */
function focusField(path: string[]): boolean {
  for (let i = path.length; i > 0; i--) {
    const el = document.getElementById(fieldId(path.slice(0, i)));
    if (!el) continue;
    const target = el.matches('input,select,textarea,button')
      ? el
      : el.querySelector<HTMLElement>('input:not([type=hidden]),select,textarea,button');
    if (!target) continue;
    // A folded section (image references) opens to show the field.
    for (let d = target.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
    target.scrollIntoView({ block: 'center' });
    target.focus();
    return true;
  }
  return false;
}
