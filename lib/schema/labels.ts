/**
 * Labels a person reads, from the chart's own words: a value's label is the first phrase of its `## @param` text
 * ("Secret holding the Vault token" from "Secret holding the Vault token (AETERNA_VAULT_TOKEN)"), and what follows
 * it becomes the help text, so the two never repeat each other. The key path stays visible for those who edit YAML.
 */

/** Where a description's first phrase ends: a parenthesis, a semicolon, a colon, a dash, or ", e.g.". */
const PHRASE_END = /\s\(|;\s|:\s|\s[—–-]\s|,\s(?:e\.g\.|i\.e\.)/;

export interface Label {
  label: string;
  /** The rest of the description, or '' when the label says it all. */
  help: string;
}

export function labelOf(description: string): Label {
  const text = description.trim();
  const m = PHRASE_END.exec(text);
  const head = (m ? text.slice(0, m.index) : text).replace(/[.\s]+$/, '');
  // A first phrase too long to scan at a glance is no label: keep it as help under the key's name.
  if (!head || head.length > 60) return { label: '', help: text };
  const rest = m
    ? text
        .slice(m.index)
        .replace(/^[;:,]?\s*/, '')
        .replace(/^[—–-]\s*/, '')
    : '';
  return { label: head.charAt(0).toUpperCase() + head.slice(1), help: rest };
}

/** A description's text split into plain text and `inline code`, for showing code as code without Markdown's HTML. */
export function codeSpans(text: string): { code: boolean; text: string }[] {
  return text
    .split(/(`[^`]+`)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 2 ? { code: true, text: part.slice(1, -1) } : { code: false, text: part },
    );
}
