import { DOCS_INDEX_META, DocsIndex } from '@/components/docs/DocsIndex';
import { StaticPage, renderStaticPage } from '@/components/site/StaticPage';

// No framework JavaScript on this page (the islands add search); Next reads this literal at build time.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

export function getStaticProps() {
  return renderStaticPage(DOCS_INDEX_META.title, DOCS_INDEX_META.description, <DocsIndex />);
}

export default StaticPage;
