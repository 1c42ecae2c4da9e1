import { formatValue, shownDefault, type ChartReference, type ReferenceEntry } from './reference';

export const README_START = '<!-- @generated:reference:start (npm run docs:readme; do not edit by hand) -->';
export const README_END = '<!-- @generated:reference:end -->';

/** Escapes `|` for tables and `<`/`>` outside code spans (else `<release>` would vanish as an HTML tag). */
function cell(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('')
    .replace(/\|/g, '\\|');
}

function codeCell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function code(text: string): string {
  if (!text) return '';
  // A backtick inside the value needs a longer fence.
  const fence = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${codeCell(text)}${pad}${fence}`;
}

function entryRow(e: ReferenceEntry): string {
  const def = code(shownDefault(e) ?? '');
  const after = [
    e.allowed ? `Allowed: ${e.allowed.map((v) => formatValue(v)).join(', ')}.` : '',
    e.constraints.length ? `Constraints: ${e.constraints.join(', ')}.` : '',
    e.deprecated ? '**Deprecated.**' : '',
  ].filter(Boolean);
  // The @param texts are phrases without a final stop: one is added when sentences follow.
  const description = e.description && after.length > 0 && !/[.!?]$/.test(e.description) ? `${e.description}.` : e.description;
  const notes = [description, ...after].filter(Boolean).join(' ');
  return `| ${code(e.path)} | ${cell(e.type)} | ${def} | ${cell(notes)} |`;
}

/** The generated part of charts/aeterna/README.md: one table per section, then the cross-value rules. */
export function renderReferenceMarkdown(ref: ChartReference, siteReferenceUrl?: string): string {
  const out: string[] = [];
  out.push('## Parameters');
  out.push('');
  out.push(
    siteReferenceUrl
      ? `Generated from \`values.schema.json\` and \`values.yaml\`. The same reference, filterable, is at ${siteReferenceUrl}.`
      : 'Generated from `values.schema.json` and `values.yaml`.',
  );
  for (const s of ref.sections) {
    out.push('', `### ${s.name}`, '');
    if (s.description) out.push(cell(s.description), '');
    out.push('| Key | Type | Default | Description |', '| --- | --- | --- | --- |');
    for (const e of s.entries) out.push(entryRow(e));
  }
  if (ref.rules.length) {
    out.push(
      '',
      '### Cross-field rules',
      '',
      "`helm install`, `upgrade`, `template` and `lint` refuse values that break these rules, printing each broken rule's message (all at once):",
      '',
    );
    for (const r of ref.rules) out.push(`- ${cell(r.description).replace(/\\\|/g, '|')}`);
  }
  return out.join('\n');
}

/** Replaces what lies between the markers; throws when the template has lost them. */
export function injectBetweenMarkers(template: string, generated: string): string {
  const start = template.indexOf(README_START);
  const end = template.indexOf(README_END);
  if (start < 0 || end < 0 || end < start) {
    throw new Error(`README template must contain the markers\n${README_START}\n${README_END}`);
  }
  return `${template.slice(0, start + README_START.length)}\n${generated}\n${template.slice(end)}`;
}
