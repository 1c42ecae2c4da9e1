'use client';

import { useState, type ReactNode } from 'react';
import type { Preset } from '@/lib/values/presets';
import { forgetSaved } from './saved-state';

/** Start from the chart defaults, one of the chart's preset files or your own earlier file (`children`); or clear everything. */
export function PresetBar({
  presets,
  onLoad,
  onReset,
  children,
}: {
  presets: Preset[];
  onLoad: (p: Preset) => void;
  onReset: () => void;
  children?: ReactNode;
}) {
  const [forgotten, setForgotten] = useState(false);
  function forget() {
    forgetSaved();
    setForgotten(true);
  }
  return (
    <section aria-labelledby="presets-title" className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h2 id="presets-title" className="text-lg font-semibold">
        Start from
      </h2>
      <ul className="mt-2 grid gap-3 sm:grid-cols-3">
        {presets.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              onClick={() => onLoad(p)}
              className="h-full w-full rounded border border-slate-300 p-3 text-left hover:border-slate-500 dark:border-slate-600"
              aria-describedby={`preset-${p.id}-desc`}
            >
              <span className="block font-medium">{p.label}</span>
              {/* Two lines keep six presets in two short rows (the first view stays three screens tall); the whole
                  sentence stays the button's description and its tooltip. */}
              <span
                id={`preset-${p.id}-desc`}
                title={p.description}
                className="mt-1 line-clamp-2 text-sm text-slate-700 dark:text-slate-300"
              >
                {p.description}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {children}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={onReset}
          className="rounded border border-red-700 px-3 py-1.5 text-sm text-red-800 dark:border-red-400 dark:text-red-300"
        >
          Reset (forget the saved configuration)
        </button>
        <button type="button" onClick={forget} className="rounded border border-slate-400 px-3 py-1.5 text-sm">
          Forget this browser&apos;s copy
        </button>
      </div>
      <p role="status" className="mt-2 text-sm text-slate-700 dark:text-slate-300" data-testid="saved-status">
        {forgotten ? 'Forgotten: this browser holds no copy, and this page saves no more.' : null}
      </p>
    </section>
  );
}
