'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { filterText, matchesFilter } from '@/lib/reference/filter';

/**
 * Filters the server-rendered reference as you type by hiding non-matching entries (elements with
 * `data-ref-entry`, matched on their id, which is the value's path, and their text) and sections left empty.
 * No entry data is sent to the browser twice: the page's HTML is the data.
 */
export function ReferenceFilter({ total }: { total: number }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(total);
  const filtered = useRef(false);

  useEffect(() => {
    // Nothing is hidden until someone types: leave the 300-entry DOM alone on first paint.
    if (!query && !filtered.current) return;
    filtered.current = query !== '';
    let count = 0;
    for (const el of document.querySelectorAll<HTMLElement>('[data-ref-entry]')) {
      // Path, description, type, default, allowed values; not the rule texts and docs links, which name other
      // values and pages.
      el.dataset.filter ??= filterText(
        el.id,
        ...Array.from(el.children, (c) => (c.tagName === 'UL' || c.classList.contains('ref-docs') ? '' : (c.textContent ?? ''))),
      );
      const ok = matchesFilter(el.dataset.filter, query);
      el.hidden = !ok;
      if (ok) count++;
    }
    for (const sec of document.querySelectorAll<HTMLElement>('[data-ref-section]')) {
      sec.hidden = !sec.querySelector('[data-ref-entry]:not([hidden])');
    }
    setShown(count);
  }, [query]);

  return (
    <div className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-white/95 px-4 py-3 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
      <label htmlFor={id} className="mb-1 block text-sm font-semibold text-slate-900 dark:text-white">
        Filter values
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <input
          id={id}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="path or words, e.g. redis host"
          autoComplete="off"
          spellCheck={false}
          className="w-full max-w-md rounded border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 placeholder:text-slate-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
        />
        <p aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
          {shown === total ? `${total} values` : `${shown} of ${total} values`}
        </p>
      </div>
    </div>
  );
}
