import { filterText } from './filter';
import { formatValue, type ReferenceEntry, type ReferenceSection } from './reference';

/**
 * The reference entries as static HTML. Rendered as one string (not a React tree) because there are hundreds
 * of them: the browser then has nothing to hydrate for the list, which keeps the page's main thread free.
 * The filter (components/reference/ReferenceFilter) works on the resulting DOM.
 */

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const DT = 'text-slate-700 dark:text-slate-300';
const DD_MONO = 'font-mono break-all text-slate-900 dark:text-slate-100';

function row(label: string, value: string, mono = true): string {
  return `<dt class="${DT}">${esc(label)}</dt><dd class="${mono ? DD_MONO : 'text-slate-900 dark:text-slate-100'}">${esc(value)}</dd>`;
}

export function entryHtml(e: ReferenceEntry): string {
  const def = e.hasChildren ? null : e.hasDefault ? formatValue(e.default) : null;
  const rows = [
    row('Type', e.type),
    def !== null ? row('Default', def === '""' ? '"" (empty)' : def) : '',
    e.allowed ? row('Allowed', e.allowed.map((v) => formatValue(v)).join(', ')) : '',
    e.constraints.length ? row('Constraints', e.constraints.join(', '), false) : '',
  ].join('');
  return [
    `<div id="${esc(e.path)}" data-ref-entry data-filter="${esc(filterText(e.path, e.description, e.title))}" class="scroll-mt-28 border-b border-slate-200 py-3 target:bg-amber-50 dark:border-slate-800 dark:target:bg-slate-900">`,
    `<h3 class="font-mono text-sm font-semibold break-all text-slate-900 dark:text-white"><a href="#${esc(e.path)}" class="hover:underline">${esc(e.path)}</a>`,
    e.deprecated ? '<span class="ml-2 rounded bg-amber-200 px-1 text-xs text-amber-950">deprecated</span>' : '',
    '</h3>',
    e.description ? `<p class="mt-1 text-sm text-slate-800 dark:text-slate-200">${esc(e.description)}</p>` : '',
    `<dl class="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">${rows}</dl>`,
    e.rules.length
      ? `<ul class="mt-2 list-disc pl-5 text-sm text-slate-800 dark:text-slate-200">${e.rules.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>`
      : '',
    '</div>',
  ].join('');
}

export function sectionsHtml(sections: ReferenceSection[]): string {
  return sections
    .map((s) =>
      [
        `<section aria-labelledby="${esc(s.id)}" data-ref-section>`,
        `<h2 id="${esc(s.id)}" class="scroll-mt-28 pt-4 text-2xl font-semibold text-slate-900 dark:text-white">${esc(s.name)}</h2>`,
        s.description ? `<p class="mt-1 max-w-3xl text-sm text-slate-700 dark:text-slate-300">${esc(s.description)}</p>` : '',
        `<div class="mt-2">${s.entries.map(entryHtml).join('')}</div>`,
        '</section>',
      ].join(''),
    )
    .join('');
}
