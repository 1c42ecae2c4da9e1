// The bench's baseline: a bare page of the same Next.js version, with no client JavaScript of ours (see
// scripts/bench/baseline.ts). Built into .cache/bench-baseline, never part of the site.
import type { ReactNode } from 'react';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <title>Baseline</title>
        <meta name="description" content="A bare Next.js page: the bench's baseline." />
      </head>
      <body>{children}</body>
    </html>
  );
}
