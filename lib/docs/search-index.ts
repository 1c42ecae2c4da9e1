import MiniSearch from 'minisearch';
import { formatValue, shownDefault, type ChartReference } from '@/lib/reference/reference';
import type { Doc } from './content';
import type { DashboardSummary } from '../dashboard/dashboard';
import type { ValidationMessage } from '../chart/template-messages';
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
    const def = shownDefault(e);
    const text = [
      e.description,
      e.type,
      def !== null ? `default ${def}` : '',
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

/** Where a generated block sits: `/docs/<slug>#<section>` of the first page that includes it, and that page's title. */
function directivePlace(docs: Doc[], name: string): { url: string; page: string } | null {
  for (const d of docs) {
    const seg = d.rendered.segments.find((s) => s.kind === 'directive' && s.name === name);
    if (seg && seg.kind === 'directive') return { url: seg.section ? `/docs/${d.slug}#${seg.section}` : `/docs/${d.slug}`, page: d.title };
  }
  return null;
}

/** Generated content is searchable too: each validation message, each dashboard panel. */
export function generatedSearchDocs(docs: Doc[], messages: ValidationMessage[], dashboard: DashboardSummary | null): SearchDoc[] {
  const out: SearchDoc[] = [];
  const fail = directivePlace(docs, 'fail-messages');
  if (fail) {
    messages
      .filter((m) => !m.aggregate)
      .forEach((m, i) =>
        out.push({
          id: `fail:${i}`,
          kind: 'docs',
          title: excerpt(m.message.trim(), 90),
          page: `${fail.page} · chart messages`,
          url: fail.url,
          text: m.message,
          excerpt: excerpt(m.message.trim()),
        }),
      );
  }
  const panels = directivePlace(docs, 'dashboard-panels');
  if (panels && dashboard) {
    dashboard.panels.forEach((p, i) =>
      out.push({
        id: `panel:${i}`,
        kind: 'docs',
        title: `Panel: ${p.title}`,
        page: panels.page,
        url: panels.url,
        text: [p.title, p.description, p.row, ...p.metrics, ...p.queries.map((q) => q.expr)].join(' '),
        excerpt: excerpt(p.metrics.join(', ') || p.description),
      }),
    );
  }
  return out;
}
