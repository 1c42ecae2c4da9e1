import Head from 'next/head';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { SITE_NAME } from '@/lib/site/nav';
import { SiteChrome } from './SiteChrome';

/** Props of a page rendered at build time to plain HTML (see renderStaticPage). */
export interface StaticPageProps {
  title: string;
  description: string;
  html: string;
}

/**
 * Renders a page's content inside the site chrome to HTML, in getStaticProps: the page then ships no framework
 * JavaScript and its module imports nothing that reads files (the build bundles every page for the browser too).
 */
export function renderStaticPage(title: string, description: string, content: ReactElement): { props: StaticPageProps } {
  return { props: { title, description, html: renderToStaticMarkup(<SiteChrome>{content}</SiteChrome>) } };
}

/** The page component of such a page. */
export function StaticPage({ title, description, html }: StaticPageProps) {
  return (
    <>
      <Head>
        <title>{title === SITE_NAME ? title : `${title} · ${SITE_NAME}`}</title>
        <meta name="description" content={description} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </Head>
      <div className="contents" dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}
