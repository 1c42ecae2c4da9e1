import Link from 'next/link';
import { DocsNav } from './DocsNav';
import { DocsShell } from './DocsShell';
import { listDocs } from '@/lib/docs/content';

export const DOCS_INDEX_META = {
  title: 'Docs',
  description: 'Install and run Aeterna on Kubernetes with its Helm chart.',
};

/** The docs overview: every page with its description. */
export function DocsIndex() {
  const docs = listDocs();
  return (
    <DocsShell>
      <div className="grid gap-8 md:grid-cols-[14rem_1fr]">
        <div className="hidden md:block">
          <DocsNav docs={docs} />
        </div>
        <div className="min-w-0">
          <h1 className="text-3xl font-bold tracking-tight">Docs</h1>
          <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
            How to install Aeterna on Kubernetes with this chart, connect it to Redis and PostgreSQL, operate it, expose it, scale it,
            secure it and watch it. Every value is in the{' '}
            <Link prefetch={false} className="text-sky-800 underline dark:text-sky-300" href="/reference">
              chart reference
            </Link>
            .
          </p>
          <ul className="mt-8 grid gap-4 sm:grid-cols-2">
            {docs.map((d) => (
              <li key={d.slug}>
                <Link
                  prefetch={false}
                  href={`/docs/${d.slug}`}
                  className="block h-full rounded-lg border border-slate-200 p-4 hover:border-slate-400 dark:border-slate-800 dark:hover:border-slate-600"
                >
                  <span className="block font-semibold text-slate-900 dark:text-white">{d.title}</span>
                  <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">{d.description}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </DocsShell>
  );
}
