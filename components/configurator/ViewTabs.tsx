'use client';

import { useRef, type KeyboardEvent } from 'react';

export type ConfigView = 'decisions' | 'all';

const TABS: { id: ConfigView; label: string }[] = [
  { id: 'decisions', label: 'The decisions' },
  { id: 'all', label: 'All settings' },
];

/** The two views of the form: the few decisions (first), and every setting grouped as in values.yaml. */
export function ViewTabs({ view, onView }: { view: ConfigView; onView: (v: ConfigView) => void }) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  // The tab pattern: arrow keys move between the tabs, Tab leaves the list.
  function onKeyDown(e: KeyboardEvent, i: number) {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = (i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length;
    onView(TABS[next]!.id);
    refs.current[next]?.focus();
  }
  return (
    <div role="tablist" aria-label="Form view" className="flex gap-2 border-b border-slate-200 dark:border-slate-700">
      {TABS.map((t, i) => (
        <button
          key={t.id}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${t.id}`}
          aria-selected={view === t.id}
          aria-controls={`view-${t.id}`}
          tabIndex={view === t.id ? 0 : -1}
          onClick={() => onView(t.id)}
          onKeyDown={(e) => onKeyDown(e, i)}
          className={`-mb-px border-b-2 px-3 py-2 text-sm font-semibold ${
            view === t.id
              ? 'border-slate-900 text-slate-900 dark:border-slate-100 dark:text-slate-100'
              : 'border-transparent text-slate-600 dark:text-slate-400'
          }`}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
