/**
 * The warnings NOTES.txt prints (`{{- if <condition> }}` then a "WARNING: …" text with no template action in it),
 * with their conditions as written: the configurator shows some of them while the user types, in the words helm
 * install prints, read from the chart rather than copied.
 */

export interface NotesWarning {
  /** The `if` condition, as written. */
  condition: string;
  /** The text as helm prints it, its lines joined with spaces. */
  text: string;
}

export function notesWarnings(notes: string): NotesWarning[] {
  const out: NotesWarning[] = [];
  const re = /\{\{-?\s*if\s+([^}]*?)\s*-?\}\}\s*\n(WARNING:[^{]*?)\s*\{\{-?\s*end\s*-?\}\}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(notes)))
    out.push({
      condition: m[1]!,
      text: m[2]!
        .trim()
        .split(/\s*\n\s*/)
        .join(' '),
    });
  return out;
}
