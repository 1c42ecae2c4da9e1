import type { Doc } from './content';

export interface Backlink {
  title: string;
  /** `/docs/<slug>#<section>`: the section of the page that links to the value. */
  url: string;
}

/**
 * For each chart value, the docs sections that link to it (`/reference#path`), so the reference can point from a
 * value to the page that explains it. Docs must be rendered without a base path.
 */
export function valueBacklinks(docs: Doc[]): Map<string, Backlink[]> {
  const out = new Map<string, Backlink[]>();
  for (const d of docs) {
    let section = { id: '', title: d.title };
    for (const seg of d.rendered.segments) {
      if (seg.kind !== 'html') continue;
      // Walk headings and links in document order within the segment.
      for (const m of seg.html.matchAll(/<h2 id="([^"]+)">|href="\/reference#([^"]+)"/g)) {
        if (m[1]) {
          const id = m[1];
          section = { id, title: d.rendered.headings.find((h) => h.id === id)?.text ?? id };
          continue;
        }
        const path = decodeURIComponent(m[2]!);
        const url = section.id ? `/docs/${d.slug}#${section.id}` : `/docs/${d.slug}`;
        const title = section.id ? `${d.title}: ${section.title}` : d.title;
        const list = out.get(path) ?? [];
        if (!list.some((b) => b.url === url)) list.push({ title, url });
        out.set(path, list);
      }
    }
  }
  return out;
}
