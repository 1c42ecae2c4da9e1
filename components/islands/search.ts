/**
 * Search across the docs and every chart value, offline, from the index built with the site (MiniSearch with the
 * build's own options). Loaded by bootstrap.ts on the first focus of the search box.
 */
import MiniSearch from 'minisearch';
import { SEARCH_INDEX_PATH, miniSearchOptions, type SearchHit } from '@/lib/docs/search-options';

let indexPromise: Promise<MiniSearch<SearchHit>> | null = null;

function loadIndex(basePath: string): Promise<MiniSearch<SearchHit>> {
  indexPromise ??= fetch(`${basePath}${SEARCH_INDEX_PATH}`)
    .then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      return r.text();
    })
    .then((json) => MiniSearch.loadJSON<SearchHit>(json, miniSearchOptions));
  indexPromise.catch(() => {
    indexPromise = null;
  });
  return indexPromise;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderHits(box: HTMLElement, input: HTMLInputElement, query: string, hits: SearchHit[], basePath: string): void {
  const results = box.querySelector<HTMLElement>('[data-search-results]')!;
  const status = box.querySelector<HTMLElement>('[data-search-status]')!;
  status.textContent = `${hits.length} result${hits.length === 1 ? '' : 's'}`;
  results.replaceChildren();
  results.hidden = false;
  if (hits.length === 0) {
    results.append(el('p', 'p-3 text-sm text-slate-700 dark:text-slate-300', `No results for “${query}”.`));
    return;
  }
  const list = el('ul', 'divide-y divide-slate-200 dark:divide-slate-800');
  list.setAttribute('aria-label', 'Search results');
  for (const h of hits) {
    const a = el('a', 'block px-3 py-2 hover:bg-slate-100 focus:bg-slate-100 dark:hover:bg-slate-800 dark:focus:bg-slate-800');
    a.href = `${basePath}${h.url}`;
    a.append(el('span', `block text-sm font-medium text-slate-900 dark:text-white ${h.kind === 'value' ? 'font-mono' : ''}`, h.title));
    a.append(el('span', 'block text-xs text-slate-700 dark:text-slate-300', h.page));
    if (h.excerpt) a.append(el('span', 'mt-0.5 block text-xs text-slate-700 dark:text-slate-300', h.excerpt));
    const li = el('li', '');
    li.append(a);
    list.append(li);
  }
  list.addEventListener('keydown', (e) => {
    const links = Array.from(list.querySelectorAll('a'));
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && i < links.length - 1) {
      e.preventDefault();
      links[i + 1]?.focus();
    }
    if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (i > 0) links[i - 1]?.focus();
      else input.focus();
    }
  });
  results.append(list);
}

function clear(box: HTMLElement): void {
  const results = box.querySelector<HTMLElement>('[data-search-results]')!;
  results.replaceChildren();
  results.hidden = true;
  box.querySelector<HTMLElement>('[data-search-status]')!.textContent = '';
}

/** Wires one search box (idempotent). */
export function attach(input: HTMLInputElement, basePath: string): void {
  if (input.dataset.attached) return;
  input.dataset.attached = 'true';
  const box = input.closest<HTMLElement>('[data-search]')!;
  let latest = '';
  let hits: SearchHit[] = [];

  async function search(q: string): Promise<void> {
    latest = q;
    if (!q.trim()) {
      hits = [];
      clear(box);
      return;
    }
    try {
      const index = await loadIndex(basePath);
      if (latest !== q) return;
      hits = index.search(q).slice(0, 12) as unknown as SearchHit[];
      box.querySelector('[data-search-error]')?.remove();
      renderHits(box, input, q, hits, basePath);
    } catch (e) {
      if (!box.querySelector('[data-search-error]')) {
        const p = el(
          'p',
          'mt-2 text-sm text-red-700 dark:text-red-300',
          `Search is unavailable: ${e instanceof Error ? e.message : String(e)}`,
        );
        p.setAttribute('role', 'alert');
        p.dataset.searchError = '';
        input.after(p);
      }
    }
  }

  void loadIndex(basePath).catch(() => {});
  input.addEventListener('input', () => void search(input.value));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      input.value = '';
      void search('');
    }
    if (e.key === 'Enter' && hits[0]) {
      e.preventDefault();
      window.location.assign(`${basePath}${hits[0].url}`);
    }
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      box.querySelector<HTMLAnchorElement>('[data-search-results] a')?.focus();
    }
  });
  if (input.value) void search(input.value);
}
