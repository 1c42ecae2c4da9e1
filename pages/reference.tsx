import { Reference, REFERENCE_META } from '@/components/reference/Reference';
import { StaticPage, renderStaticPage } from '@/components/site/StaticPage';

// No framework JavaScript on this page (the islands add search and the filter); Next reads this literal.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

export function getStaticProps() {
  return renderStaticPage(REFERENCE_META.title, REFERENCE_META.description, <Reference />);
}

export default StaticPage;
