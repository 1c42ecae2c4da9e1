import { Landing, LANDING_META } from '@/components/site/Landing';
import { StaticPage, renderStaticPage } from '@/components/site/StaticPage';
import { chartMetadata } from '@/lib/chart/files';

// No framework JavaScript on this page (the islands add the copy button, the origin and the repository notice).
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

export function getStaticProps() {
  return renderStaticPage(LANDING_META.title, LANDING_META.description, <Landing chartVersion={chartMetadata().version} />);
}

export default StaticPage;
