import Link from 'next/link';
import type { DocMeta } from '@/lib/docs/content';

const LINK =
  'block rounded px-2 py-1 text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-slate-100 aria-[current=page]:font-semibold aria-[current=page]:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-slate-800 dark:aria-[current=page]:text-white';

/** The list of docs pages, in their `order`, with the current one marked for assistive technology. */
export function DocsNav({ docs, current, label = 'Docs' }: { docs: DocMeta[]; current?: string; label?: string }) {
  return (
    <nav aria-label={label}>
      <ul className="space-y-1 text-sm">
        <li>
          <Link prefetch={false} href="/docs" aria-current={current === undefined ? 'page' : undefined} className={LINK}>
            Overview
          </Link>
        </li>
        {docs.map((d) => (
          <li key={d.slug}>
            <Link prefetch={false} href={`/docs/${d.slug}`} aria-current={current === d.slug ? 'page' : undefined} className={LINK}>
              {d.title}
            </Link>
          </li>
        ))}
        <li className="pt-2">
          <Link
            prefetch={false}
            href="/reference"
            className="block rounded px-2 py-1 text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
          >
            Chart reference (all values)
          </Link>
        </li>
      </ul>
    </nav>
  );
}
