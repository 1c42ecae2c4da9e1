import { Reference, REFERENCE_META } from '@/components/reference/Reference';
import { StaticPage, renderStaticPage } from '@/components/site/StaticPage';
import { referenceVersions } from '@/lib/reference/versions';

// No framework JavaScript on this page (the islands add search and the filter); Next reads this literal.
export const config = { runtime: 'nodejs', unstable_runtimeJS: false };

/** /reference/<version>: one stable page per chart version the site serves. */
export function getStaticPaths() {
  return { paths: referenceVersions.map((version) => ({ params: { version } })), fallback: false };
}

export function getStaticProps({ params }: { params: { version: string } }) {
  return renderStaticPage(
    `${REFERENCE_META.title} ${params.version}`,
    `${REFERENCE_META.description} Chart version ${params.version}.`,
    <Reference version={params.version} />,
  );
}

export default StaticPage;
