/**
 * The search box's markup, rendered on the server; components/islands/search.ts makes it search (offline, from
 * the index built with the site) when it is first focused.
 */
export function SearchBox() {
  return (
    <div role="search" className="relative" data-search>
      <label htmlFor="site-search" className="mb-1 block text-sm font-semibold text-slate-900 dark:text-white">
        Search docs and values
      </label>
      <input
        id="site-search"
        type="search"
        data-search-input
        placeholder="e.g. redis.enabled, TLS"
        aria-describedby="site-search-help"
        autoComplete="off"
        spellCheck={false}
        className="w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 placeholder:text-slate-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
      <p id="site-search-help" className="sr-only">
        Results appear below as you type. Enter opens the first result; the down arrow moves into the results.
      </p>
      <div aria-live="polite" className="sr-only" data-search-status />
      <div
        hidden
        data-search-results
        className="mt-2 max-h-[70vh] overflow-y-auto rounded border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900"
      />
    </div>
  );
}
