/**
 * The parts of UPGRADING.md and Chart.yaml that version-history.json decides, rendered from it: per version, what
 * `helm upgrade` does, the values renamed, removed and now required, and the defaults that changed (computed
 * from the two values.yaml); and Chart.yaml's artifacthub.io/changes. The prose around them stays hand-written.
 */
import { stringify } from 'yaml';
import type { Json } from '@/lib/values/coalesce';
import type { ChangedDefault } from './changed-defaults';
import type { VersionEntry } from './version-history';

const notesStart = (version: string) =>
  `<!-- @generated:version-history:${version}:start (npm run generate, from version-history.json; do not edit by hand) -->`;
const notesEnd = (version: string) => `<!-- @generated:version-history:${version}:end -->`;

/** How each kind of upgrade step is introduced, in the notes, the assistant and the command line alike. */
export const STEP_LABEL: Record<string, string> = {
  hook: 'Hook',
  secret: 'New Secret to back up',
  volume: 'New volume',
  data: 'Data step',
  downtime: 'Downtime',
  note: 'Note',
};

function code(v: string): string {
  return v.includes('`') ? `\`\` ${v} \`\`` : `\`${v}\``;
}

function cell(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

export function shownValue(v: Json | undefined): string {
  if (v === undefined) return '(none)';
  const s = typeof v === 'string' ? (v === '' ? '""' : v) : JSON.stringify(v);
  return code(s.length > 80 ? `${s.slice(0, 77)}...` : s);
}

/** A rule's message without its printf verbs (`%s` is the value it is about). */
function readableMessage(message: string): string {
  return message.replace(/%[svq]/g, 'the value').replace(/%%/g, '%');
}

export interface NotesInput {
  entry: VersionEntry;
  /** The version it upgrades from (the next older entry), if any. */
  previous?: string;
  /** Defaults changed from `previous` to this version (changedDefaults of their values.yaml). */
  changed: ChangedDefault[];
  /** Rule id → message (validation-rules.json). */
  ruleMessages: Record<string, string>;
}

/** The generated block of one version's section of UPGRADING.md (without its markers). */
export function renderVersionNotes({ entry, previous, changed, ruleMessages }: NotesInput): string {
  const out: string[] = [];
  if (previous && entry.upgrade.length) {
    out.push(`**What \`helm upgrade\` from ${previous} does**`, '');
    for (const s of entry.upgrade) out.push(`* ${STEP_LABEL[s.kind]}: ${s.text}`);
    out.push('');
  }
  if (entry.renamed.length) {
    out.push(
      '**Values renamed** (the upgrade assistant on /configure applies them)',
      '',
      '| old value | new value | why |',
      '| --- | --- | --- |',
    );
    for (const r of entry.renamed) {
      const mapping = Object.entries(r.values ?? {}).map(([a, b]) => `${code(a === '' ? '""' : a)} → ${shownValue(b)}`);
      if (r.otherwise !== undefined) mapping.push(`anything else → ${shownValue(r.otherwise)}`);
      out.push(`| ${code(r.from)} | ${code(r.to)} | ${cell(r.why)}${mapping.length ? ` Values: ${mapping.join(', ')}.` : ''} |`);
    }
    out.push('');
  }
  if (entry.retyped.length) {
    out.push('**Values whose type changed**', '', '| value | why |', '| --- | --- |');
    for (const r of entry.retyped) out.push(`| ${code(r.path)} | ${cell(r.why)} |`);
    out.push('');
  }
  if (entry.removed.length) {
    out.push('**Values removed** (helm refuses them as unknown keys)', '', '| value | why | what to do |', '| --- | --- | --- |');
    for (const r of entry.removed) out.push(`| ${code(r.path)} | ${cell(r.why)} | ${cell(r.instead)} |`);
    out.push('');
  }
  if (previous && entry.required.length) {
    out.push(`**Values ${previous} accepted that are now refused** (rules new in ${entry.version}; helm prints the message)`, '');
    out.push('| rule | message |', '| --- | --- |');
    for (const id of entry.required) out.push(`| ${code(id)} | ${cell(readableMessage(ruleMessages[id] ?? ''))} |`);
    out.push('');
  }
  const moved = changed.filter((c) => c.from !== undefined && c.to !== undefined);
  if (previous && moved.length) {
    out.push(`**Defaults changed** (computed from the two versions' values.yaml; a values file that sets the key keeps its value)`, '');
    out.push(`| value | ${previous} | ${entry.version} |`, '| --- | --- | --- |');
    for (const c of moved) out.push(`| ${code(c.path.join('.'))} | ${cell(shownValue(c.from))} | ${cell(shownValue(c.to))} |`);
    out.push('');
  }
  const added = changed.filter((c) => c.from === undefined);
  if (previous && added.length) {
    out.push(
      `**New values**: ${added.map((c) => code(c.path.join('.') + (c.to !== null && typeof c.to === 'object' && !Array.isArray(c.to) ? '.*' : ''))).join(', ')}.`,
      '',
    );
  }
  return out.join('\n').trimEnd();
}

/** Replaces the text between a version's markers; throws when the section has no markers. */
export function injectVersionNotes(markdown: string, version: string, block: string): string {
  const start = notesStart(version);
  const end = notesEnd(version);
  const a = markdown.indexOf(start);
  const b = markdown.indexOf(end);
  if (a < 0 || b < a)
    throw new Error(`UPGRADING.md has no generated block for ${version}: add the lines\n${start}\n${end}\nto its section`);
  return `${markdown.slice(0, a + start.length)}\n\n${block}\n\n${markdown.slice(b)}`;
}

/** Chart.yaml's artifacthub.io/changes annotation (a YAML list in a string, as Artifact Hub reads it). */
export function artifactHubChanges(entry: VersionEntry): string {
  return stringify(
    entry.changes.map((c) => ({ kind: c.kind, description: c.description })),
    { lineWidth: 0 },
  );
}
