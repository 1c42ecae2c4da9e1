import { escapeHtml as esc } from './html';
import { sizeFiguresFor } from '@/lib/chart/sizes';
import { formatValue, shownDefault, type ReferenceEntry, type ReferenceSection } from './reference';

/**
 * The reference entries as static HTML. Rendered as one string (not a React tree) because there are hundreds
 * of them: the browser then has nothing to hydrate for the list, which keeps the page's main thread free.
 * The filter (components/reference/ReferenceFilter) works on the resulting DOM: each entry's id (its path) and
 * its text (description, type, default, allowed values).
 */

/** Escaped text with `backticked` spans as <code>, as the chart's `## @param` comments write them. */
export function inlineCodeHtml(s: string): string {
  return esc(s).replace(/`([^`]+)`/g, '<code>$1</code>');
}

// Class names are defined in components/reference/reference.css.
function row(label: string, value: string, mono = true): string {
  return `<dt>${esc(label)}</dt><dd${mono ? ' class="mono"' : ''}>${esc(value)}</dd>`;
}

export interface EntryLinks {
  /** Docs sections that explain a value, by path (see lib/docs/backlinks.ts). */
  docs?: Map<string, { title: string; url: string }[]>;
  /** next.config basePath, for the raw links of this HTML. */
  basePath?: string;
}

export function entryHtml(e: ReferenceEntry, links: EntryLinks = {}): string {
  const def = shownDefault(e);
  const rows = [
    row('Type', e.type),
    def !== null ? row('Default', def === '""' ? '"" (empty)' : def) : '',
    e.allowed ? row('Allowed', e.allowed.map((v) => formatValue(v)).join(', ')) : '',
    e.constraints.length ? row('Constraints', e.constraints.join(', '), false) : '',
    ...(sizeFiguresFor(e.path) ?? []).map((f) => row(`Size ${f.size}`, f.text, false)),
  ].join('');
  return [
    `<div id="${esc(e.path)}" data-ref-entry class="ref-entry">`,
    `<h3 class="ref-path"><a href="#${esc(e.path)}">${esc(e.path)}</a>`,
    e.deprecated ? '<span class="ref-deprecated">deprecated</span>' : '',
    '</h3>',
    e.description ? `<p class="ref-desc">${inlineCodeHtml(e.description)}</p>` : '',
    `<dl class="ref-facts">${rows}</dl>`,
    e.rules.length ? `<ul class="ref-rules">${e.rules.map((r) => `<li>${inlineCodeHtml(r)}</li>`).join('')}</ul>` : '',
    docsLinks(links.docs?.get(e.path) ?? [], links.basePath ?? ''),
    '</div>',
  ].join('');
}

function docsLinks(list: { title: string; url: string }[], basePath: string): string {
  if (!list.length) return '';
  const items = list.map((l) => `<a href="${esc(basePath + l.url)}">${esc(l.title)}</a>`).join(', ');
  return `<p class="ref-docs">Explained in ${items}</p>`;
}

export function sectionsHtml(sections: ReferenceSection[], links: EntryLinks = {}): string {
  return sections
    .map((s) =>
      [
        `<section aria-labelledby="${esc(s.id)}" data-ref-section>`,
        `<h2 id="${esc(s.id)}" class="scroll-mt-28 pt-4 text-2xl font-semibold text-slate-900 dark:text-white">${esc(s.name)}</h2>`,
        s.description
          ? `<p class="mt-1 max-w-3xl text-sm text-slate-700 [overflow-wrap:anywhere] dark:text-slate-300">${inlineCodeHtml(s.description)}</p>`
          : '',
        `<div class="mt-2">${s.entries.map((e) => entryHtml(e, links)).join('')}</div>`,
        '</section>',
      ].join(''),
    )
    .join('');
}
