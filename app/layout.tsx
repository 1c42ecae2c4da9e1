import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { SiteHeader } from '@/components/site/SiteHeader';
import { themeBootScript } from '@/lib/site/theme';

export const metadata: Metadata = {
  title: { default: 'Aeterna Helm chart', template: '%s · Aeterna Helm chart' },
  description:
    'Install Aeterna, the memory and knowledge server for AI agents, on Kubernetes: Helm repository, chart reference, docs and configurator.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Applies the saved or system theme before first paint, so there is no flash of the wrong theme. */}
        <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
      </head>
      <body className="min-h-screen antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl px-4 py-8">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl px-4 py-8 text-sm text-slate-600 dark:text-slate-400">
          Aeterna Helm chart · Apache-2.0
        </footer>
      </body>
    </html>
  );
}
