import { filterText } from '@/lib/reference/filter';
import { formatValue, type ReferenceEntry } from '@/lib/reference/reference';

/** One value: path (its own anchor), type, default, allowed values, constraints, description and rules. */
export function ReferenceEntryCard({ entry }: { entry: ReferenceEntry }) {
  const e = entry;
  const def = e.hasChildren ? null : e.hasDefault ? formatValue(e.default) : null;
  return (
    <div
      id={e.path}
      data-ref-entry
      data-filter={filterText(e.path, e.description, e.title)}
      className="scroll-mt-28 border-b border-slate-200 py-3 target:bg-amber-50 dark:border-slate-800 dark:target:bg-slate-900"
    >
      <h3 className="font-mono text-sm font-semibold break-all text-slate-900 dark:text-white">
        <a href={`#${e.path}`} className="hover:underline">
          {e.path}
        </a>
        {e.deprecated ? <span className="ml-2 rounded bg-amber-200 px-1 text-xs text-amber-950">deprecated</span> : null}
      </h3>
      {e.description ? <p className="mt-1 text-sm text-slate-800 dark:text-slate-200">{e.description}</p> : null}
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-700 dark:text-slate-300">Type</dt>
        <dd className="font-mono text-slate-900 dark:text-slate-100">{e.type}</dd>
        {def !== null ? (
          <>
            <dt className="text-slate-700 dark:text-slate-300">Default</dt>
            <dd className="font-mono break-all text-slate-900 dark:text-slate-100">{def === '""' ? '"" (empty)' : def}</dd>
          </>
        ) : null}
        {e.allowed ? (
          <>
            <dt className="text-slate-700 dark:text-slate-300">Allowed</dt>
            <dd className="font-mono break-all text-slate-900 dark:text-slate-100">{e.allowed.map((v) => formatValue(v)).join(', ')}</dd>
          </>
        ) : null}
        {e.constraints.length ? (
          <>
            <dt className="text-slate-700 dark:text-slate-300">Constraints</dt>
            <dd className="text-slate-900 dark:text-slate-100">{e.constraints.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {e.rules.length ? (
        <ul className="mt-2 list-disc pl-5 text-sm text-slate-800 dark:text-slate-200">
          {e.rules.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
