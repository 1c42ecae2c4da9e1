import { islandsEntry } from '@/lib/site/islands';
import { themeBootScript } from '@/lib/site/theme';

/**
 * What the two document shells (app/layout.tsx for the configurator, pages/_document.tsx for the static pages)
 * put around every page, written once: the theme applied before first paint, the icon, and the islands' entry.
 */
const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** Attributes of <html>: the islands read the base path from it. */
export const htmlAttributes = { lang: 'en', 'data-base-path': basePath } as const;

/** In <head>. The theme script is synchronous on purpose: it must run before the first paint. */
export function HeadParts() {
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
      <link rel="icon" href={`${basePath}/icon.svg`} type="image/svg+xml" />
    </>
  );
}

/** At the end of <body>. */
export function IslandsScript() {
  return <script type="module" src={`${basePath}${islandsEntry()}`} />;
}
