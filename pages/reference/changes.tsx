import { VersionChanges, VERSION_CHANGES_META } from '@/components/reference/VersionChanges';
import { StaticPage, renderStaticPage } from '@/components/site/StaticPage';

// No framework JavaScript on this page; Next reads this literal.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

export function getStaticProps() {
  return renderStaticPage(VERSION_CHANGES_META.title, VERSION_CHANGES_META.description, <VersionChanges />);
}

export default StaticPage;
