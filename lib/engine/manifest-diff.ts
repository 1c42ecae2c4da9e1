/**
 * How a rendered manifest differs from the same manifest rendered with the chart's defaults (the manifests view's
 * "changed from the defaults"). Values the chart generates on every render (passwords, keys: base64 or a
 * checksum over them) are not differences.
 */
export interface DocKey {
  source: string;
  kind: string;
  name: string;
}

export type DiffLine = { op: ' ' | '-' | '+'; text: string };

/** A generated value (base64, or the hex of a checksum) after a key, quoted or not: the line up to the value, and the value. */
export const GENERATED_VALUE = /^(\s+"?[\w./-]+"?: )"?([A-Za-z0-9+/=]{16,})"?$/;

/** A line with a generated value masked, so that two renders compare equal where only such values differ. */
export function maskGenerated(line: string): string {
  const m = GENERATED_VALUE.exec(line);
  return m ? `${m[1]}<generated>` : line;
}

export const docKey = (d: DocKey): string => `${d.source}\u0000${d.kind}\u0000${d.name}`;

/** Line diff (longest common subsequence) of two small texts, generated values masked. */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.split('\n').map(maskGenerated);
  const b = after.split('\n').map(maskGenerated);
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: ' ', text: a[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push({ op: '-', text: a[i++]! });
    else out.push({ op: '+', text: b[j++]! });
  }
  while (i < n) out.push({ op: '-', text: a[i++]! });
  while (j < m) out.push({ op: '+', text: b[j++]! });
  return out;
}

/** 'added' (not rendered with the defaults), 'changed' or 'same', per document. */
export function changeOf(doc: DocKey & { content: string }, defaults: Map<string, string>): 'added' | 'changed' | 'same' {
  const before = defaults.get(docKey(doc));
  if (before === undefined) return 'added';
  // Equal line by line once generated values are masked: no line diff needed to say so.
  const a = before.split('\n');
  const b = doc.content.split('\n');
  return a.length === b.length && a.every((line, i) => maskGenerated(line) === maskGenerated(b[i]!)) ? 'same' : 'changed';
}
