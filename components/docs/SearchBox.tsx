'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import type MiniSearch from 'minisearch';
import { SEARCH_INDEX_PATH, miniSearchOptions, type SearchHit } from '@/lib/docs/search-options';

const BASE = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

let indexPromise: Promise<MiniSearch<SearchHit>> | null = null;

/** Loads MiniSearch and the prebuilt index only when someone starts searching. */
function loadIndex(): Promise<MiniSearch<SearchHit>> {
  indexPromise ??= Promise.all([
    import('minisearch'),
    fetch(`${BASE}${SEARCH_INDEX_PATH}`).then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      return r.text();
    }),
  ]).then(([mod, json]) => mod.default.loadJSON<SearchHit>(json, miniSearchOptions));
  indexPromise.catch(() => {
    indexPromise = null;
  });
  return indexPromise;
}

/** Search across the docs and every chart value, offline, from the index built with the site. */
export function SearchBox() {
  const id = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState('');
  const latest = useRef('');
  const list = useRef<HTMLUListElement>(null);
  const router = useRouter();

  async function search(q: string) {
    setQuery(q);
    latest.current = q;
    if (!q.trim()) {
      setHits(null);
      return;
    }
    try {
      const index = await loadIndex();
      if (latest.current !== q) return;
      setHits(index.search(q).slice(0, 12) as unknown as SearchHit[]);
      setError('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <div role="search" className="relative">
      <label htmlFor={id} className="mb-1 block text-sm font-semibold text-slate-900 dark:text-white">
        Search docs and values
      </label>
      <input
        id={id}
        type="search"
        value={query}
        onFocus={() => void loadIndex().catch(() => {})}
        onChange={(e) => void search(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') void search('');
          if (e.key === 'Enter' && hits?.[0]) {
            e.preventDefault();
            setHits(null);
            router.push(hits[0].url);
          }
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            list.current?.querySelector('a')?.focus();
          }
        }}
        placeholder="e.g. redis.enabled, TLS"
        aria-describedby={`${id}-help`}
        autoComplete="off"
        spellCheck={false}
        className="w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 placeholder:text-slate-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
      <p id={`${id}-help`} className="sr-only">
        Results appear below as you type. Enter opens the first result; the down arrow moves into the results.
      </p>
      <div aria-live="polite" className="sr-only">
        {hits ? `${hits.length} result${hits.length === 1 ? '' : 's'}` : ''}
      </div>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          Search is unavailable: {error}
        </p>
      ) : null}
      {hits ? (
        <div className="mt-2 max-h-[70vh] overflow-y-auto rounded border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900">
          {hits.length === 0 ? (
            <p className="p-3 text-sm text-slate-700 dark:text-slate-300">No results for “{query}”.</p>
          ) : (
            <ul
              ref={list}
              aria-label="Search results"
              onKeyDown={(e) => {
                const links = Array.from(list.current?.querySelectorAll('a') ?? []);
                const i = links.indexOf(document.activeElement as HTMLAnchorElement);
                if (e.key === 'ArrowDown' && i < links.length - 1) {
                  e.preventDefault();
                  links[i + 1]?.focus();
                }
                if (e.key === 'ArrowUp') {
                  e.preventDefault();
                  if (i > 0) links[i - 1]?.focus();
                  else document.getElementById(id)?.focus();
                }
              }}
              className="divide-y divide-slate-200 dark:divide-slate-800">
              {hits.map((h) => (
                <li key={h.id}>
                  <Link
                    prefetch={false}
                    href={h.url}
                    onClick={() => setHits(null)}
                    className="block px-3 py-2 hover:bg-slate-100 focus:bg-slate-100 dark:hover:bg-slate-800 dark:focus:bg-slate-800"
                  >
                    <span className={`block text-sm font-medium text-slate-900 dark:text-white ${h.kind === 'value' ? 'font-mono' : ''}`}>
                      {h.title}
                    </span>
                    <span className="block text-xs text-slate-700 dark:text-slate-300">{h.page}</span>
                    {h.excerpt ? <span className="mt-0.5 block text-xs text-slate-700 dark:text-slate-300">{h.excerpt}</span> : null}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
