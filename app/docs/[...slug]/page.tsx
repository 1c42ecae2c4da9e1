import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DocArticle } from '@/components/docs/DocArticle';
import { DocsNav } from '@/components/docs/DocsNav';
import { Generated } from '@/components/docs/Generated';
import { OnThisPage } from '@/components/docs/OnThisPage';
import { listDocs, loadDoc } from '@/lib/docs/content';

type Props = { params: Promise<{ slug: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listDocs().map((d) => ({ slug: [d.slug] }));
}

function docFor(slug: string[]) {
  return slug.length === 1 ? loadDoc(slug[0]!, { basePath: process.env.NEXT_PUBLIC_BASE_PATH ?? '' }) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = docFor((await params).slug);
  return doc ? { title: doc.title, description: doc.description } : {};
}

export default async function DocPage({ params }: Props) {
  const { slug } = await params;
  const doc = docFor(slug);
  if (!doc) notFound();
  const docs = listDocs();
  return (
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
  );
}
