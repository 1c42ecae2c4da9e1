/**
 * The smallest single replacement that turns one text into another, for the YAML editor: a form edit changes a
 * line or two of the file, and handing Monaco only those keeps its re-tokenising, decorations and undo entry to
 * that span instead of the whole document (a full replace cost a form keystroke about 1.4 ms, and 20 ms on the
 * first one).
 */

export interface TextEdit {
  /** UTF-16 offsets into the old text: the span [start, end) is replaced by `text`. */
  start: number;
  end: number;
  text: string;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * True when `i` falls inside a pair that must not be split: a surrogate pair (a lone half is not a character) or
 * a CRLF (an editor normalising line ends would see a lone CR or LF).
 */
function splitsPair(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  const before = s.charCodeAt(i - 1);
  const after = s.charCodeAt(i);
  return (isHigh(before) && isLow(after)) || (before === 13 && after === 10);
}

/** The edit from `before` to `after`, or null when they are equal. */
export function textEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  while (prefix > 0 && (splitsPair(before, prefix) || splitsPair(after, prefix))) prefix--;
  // The common suffix may not overlap the common prefix in either text.
  const room = max - prefix;
  let suffix = 0;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  while (suffix > 0 && (splitsPair(before, before.length - suffix) || splitsPair(after, after.length - suffix))) suffix--;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

/** `text` with `edit` applied. */
export function applyTextEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}
