import type { GetStaticPropsContext } from 'next';
import { DocPage } from '@/components/docs/DocPage';
import { StaticPage, renderStaticPage } from '@/components/site/StaticPage';
import { listDocs, loadDoc } from '@/lib/docs/content';

// No framework JavaScript on this page (the islands add search and copy buttons); Next reads this literal.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

export function getStaticPaths() {
  return { paths: listDocs().map((d) => ({ params: { slug: d.slug } })), fallback: false };
}

export function getStaticProps({ params }: GetStaticPropsContext<{ slug: string }>) {
  const doc = loadDoc(params!.slug, { basePath: process.env.NEXT_PUBLIC_BASE_PATH ?? '' });
  if (!doc) return { notFound: true as const };
  return renderStaticPage(doc.title, doc.description ?? '', <DocPage doc={doc} />);
}

export default StaticPage;
