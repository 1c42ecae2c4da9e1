import { Head, Html, Main, NextScript } from 'next/document';
import { HeadParts, IslandsScript, htmlAttributes } from '@/components/site/DocumentParts';

/**
 * The document of the Pages Router pages: the landing page, the docs and the reference. They ship no framework
 * JavaScript (`unstable_runtimeJS: false` in each page); the islands' entry (about 1 KB) adds what is interactive.
 */
export default function Document() {
  return (
    <Html {...htmlAttributes}>
      <Head>
        <HeadParts />
      </Head>
      <body className="min-h-screen antialiased">
        <Main />
        <NextScript />
        <IslandsScript />
      </body>
    </Html>
  );
}
