import type { Doc } from '@/lib/docs/content';
import { renderMarkdown } from '@/lib/docs/markdown';

/** Test fixture: a docs page rendered from a Markdown string, as loadDoc would give it. */
export function docFromMarkdown(slug: string, title: string, markdown: string): Doc {
  return { slug, title, description: '', order: 1, source: '', rendered: renderMarkdown(markdown) };
}
