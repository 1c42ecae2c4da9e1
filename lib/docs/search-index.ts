import MiniSearch from 'minisearch';
import { formatValue, type ChartReference } from '@/lib/reference/reference';
import type { Doc } from './content';
import { miniSearchOptions, type SearchDoc } from './search-options';

function excerpt(text: string, max = 180): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** One search document per `##` section of each docs page. */
export function docsSearchDocs(docs: Doc[]): SearchDoc[] {
  return docs.flatMap((d) =>
    d.rendered.sections
      .filter((s) => s.text || s.title)
      .map((s) => ({
        id: `docs:${d.slug}#${s.id || 'top'}`,
        kind: 'docs' as const,
        title: s.title || d.title,
        page: d.title,
        url: s.id ? `/docs/${d.slug}#${s.id}` : `/docs/${d.slug}`,
        text: s.text,
        excerpt: excerpt(s.text),
      })),
  );
}

/** One search document per chart value. */
export function referenceSearchDocs(ref: ChartReference): SearchDoc[] {
  return ref.entries.map((e) => {
    const text = [
      e.description,
      e.type,
      e.hasDefault && !e.hasChildren ? `default ${formatValue(e.default)}` : '',
      e.allowed ? `allowed ${e.allowed.map((v) => formatValue(v)).join(' ')}` : '',
      ...e.rules,
    ]
      .filter(Boolean)
      .join(' ');
    return {
      id: `value:${e.path}`,
      kind: 'value' as const,
      title: e.path,
      page: `Reference · ${e.section}`,
      url: `/reference#${e.path}`,
      text,
      excerpt: excerpt(e.description || e.type),
    };
  });
}

export function buildSearchIndex(docs: SearchDoc[]): MiniSearch<SearchDoc> {
  const ms = new MiniSearch<SearchDoc>(miniSearchOptions);
  ms.addAll(docs);
  return ms;
}
