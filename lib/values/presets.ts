/**
 * The presets offered by the configurator: the chart defaults and the chart's values-*.yaml files, each described
 * by the first sentence of its own leading comment (so the text follows the chart, not this site).
 */
export interface Preset {
  id: string;
  label: string;
  description: string;
  /** The values file; empty for the chart defaults. */
  text: string;
}

export function leadingCommentSentence(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^#\s?(.*)$/.exec(line);
    if (!m) break;
    lines.push(m[1]!);
  }
  const comment = lines.join(' ').replace(/\s+/g, ' ').trim();
  const first = /^(.*?\.)(\s|$)/.exec(comment);
  return (first ? first[1]! : comment).replace(/\s*Usage:.*$/, '').replace(/[.:]$/, '');
}

/** Short ids are the clouds' own acronyms (eks, gke, aks) and read as such; longer ones are words. */
function presetName(id: string): string {
  return id.length <= 3 ? id.toUpperCase() : `${id.charAt(0).toUpperCase()}${id.slice(1)}`;
}

export function presetFromFile(fileName: string, text: string): Preset {
  const id = fileName.replace(/^values-/, '').replace(/\.ya?ml$/, '');
  return {
    id,
    label: `${presetName(id)} (${fileName})`,
    description: leadingCommentSentence(text) || fileName,
    text,
  };
}
