import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { connection } from 'next/server';
import './globals.css';
import { HeadParts, IslandsScript, htmlAttributes } from '@/components/site/DocumentParts';
import { SiteChrome } from '@/components/site/SiteChrome';
import { SITE_NAME } from '@/lib/site/nav';

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description:
    'Install Aeterna, the memory and knowledge server for AI agents, on Kubernetes: Helm repository, chart reference, docs and configurator.',
};

/** The document of the App Router pages (the configurator); the static pages' is pages/_document.tsx, with the same parts. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request under `next start`: only then does Next.js put proxy.ts's nonce on the inline scripts of
  // the App Router (its flight data, React's), which the Content-Security-Policy allows by that nonce alone. A
  // prerendered page would carry none and be blocked. The static export is prerendered by definition; its pages
  // get their scripts' hashes instead (scripts/export/add-meta-policy.ts).
  if (process.env.NEXT_OUTPUT !== 'export') await connection();
  return (
    // The theme script sets the class on <html> before React hydrates.
    <html {...htmlAttributes} suppressHydrationWarning>
      <head>
        <HeadParts />
      </head>
      <body className="min-h-screen antialiased">
        <SiteChrome>{children}</SiteChrome>
        <IslandsScript />
      </body>
    </html>
  );
}
