import type { ReactNode } from 'react';
import { SiteHeader } from './SiteHeader';

/** What every page has around its content: the skip link, the header, <main> and the footer. */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
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
      <footer className="mx-auto max-w-6xl px-4 py-8 text-sm text-slate-600 dark:text-slate-400">Aeterna Helm chart · Apache-2.0</footer>
    </>
  );
}
