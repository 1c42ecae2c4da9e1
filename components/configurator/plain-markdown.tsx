import type { ReactNode } from 'react';

/**
 * Stands in for `markdown-to-jsx/react` in the browser bundle (next.config.mjs resolveAlias). @rjsf/core imports
 * that 32 KB (gzip) Markdown renderer for descriptions and help written in Markdown, which it renders only with
 * `ui:enableMarkdownInDescription` / `ui:enableMarkdownInHelp`; the configurator never sets them
 * (plain-markdown.test.ts), so the text is shown as it is, as rjsf does without those options.
 */
export function Markdown({ children }: { children?: ReactNode; options?: unknown }) {
  return <span>{children}</span>;
}
