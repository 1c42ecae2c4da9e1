import { DocArticle } from './DocArticle';
import { DocsNav } from './DocsNav';
import { DocsShell } from './DocsShell';
import { Generated } from './Generated';
import { OnThisPage } from './OnThisPage';
import { listDocs, type Doc } from '@/lib/docs/content';

/** One docs page: the pages menu, the article and its table of contents. */
export function DocPage({ doc }: { doc: Doc }) {
  const docs = listDocs();
  return (
    <DocsShell>
      <div className="grid gap-8 md:grid-cols-[14rem_1fr] xl:grid-cols-[14rem_1fr_12rem]">
        <div className="hidden md:block">
          <DocsNav docs={docs} current={doc.slug} />
        </div>
        <article className="min-w-0">
          <details className="mb-4 rounded border border-slate-200 p-2 md:hidden dark:border-slate-800">
            <summary className="cursor-pointer text-sm font-semibold">All docs pages</summary>
            <div className="mt-2">
              <DocsNav docs={docs} current={doc.slug} label="Docs (menu)" />
            </div>
          </details>
          <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{doc.title}</h1>
          {doc.description ? <p className="mt-2 text-lg text-slate-700 dark:text-slate-300">{doc.description}</p> : null}
          <DocArticle segments={doc.rendered.segments} directive={(name, arg) => <Generated name={name} arg={arg} />} />
          <p className="mt-12 border-t border-slate-200 pt-4 text-sm text-slate-700 dark:border-slate-800 dark:text-slate-300">
            Source: <code>{doc.source}</code>
          </p>
        </article>
        <div className="hidden xl:block">
          <div className="sticky top-4">
            <OnThisPage headings={doc.rendered.headings} />
          </div>
        </div>
      </div>
    </DocsShell>
  );
}
