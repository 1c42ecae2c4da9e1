import { Head, Html, Main, NextScript } from 'next/document';
import { themeBootScript } from '@/lib/site/theme';
import { islandsEntry } from '@/lib/site/islands';

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/**
 * The document of the Pages Router pages: the docs and the reference. They ship no framework JavaScript
 * (`unstable_runtimeJS: false` in each page); the islands' entry (about 1 KB) adds what is interactive.
 */
export default function Document() {
  return (
    <Html lang="en" data-base-path={basePath}>
      <Head>
        {/* Applies the saved or system theme before first paint, so there is no flash of the wrong theme. */}
        <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
        <link rel="icon" href={`${basePath}/icon.svg`} type="image/svg+xml" />
      </Head>
      <body className="min-h-screen antialiased">
        <Main />
        <NextScript />
        <script type="module" src={`${basePath}${islandsEntry()}`} />
      </body>
    </Html>
  );
}
