import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { SiteChrome } from '@/components/site/SiteChrome';
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
        <SiteChrome>{children}</SiteChrome>
      </body>
    </html>
  );
}
