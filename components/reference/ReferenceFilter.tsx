/**
 * The reference filter's markup, rendered on the server; components/islands/reference-filter.ts hides the
 * entries that do not match as you type.
 */
export function ReferenceFilter({ total }: { total: number }) {
  return (
    <div className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-white/95 px-4 py-3 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
      <label htmlFor="reference-filter" className="mb-1 block text-sm font-semibold text-slate-900 dark:text-white">
        Filter values
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <input
          id="reference-filter"
          type="search"
          data-ref-filter
          data-total={total}
          placeholder="path or words, e.g. redis host"
          autoComplete="off"
          spellCheck={false}
          className="w-full max-w-md rounded border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 placeholder:text-slate-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
        />
        <p aria-live="polite" data-ref-filter-status className="text-sm text-slate-700 dark:text-slate-300">
          {total} values
        </p>
      </div>
    </div>
  );
}
