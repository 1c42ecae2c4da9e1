/**
 * HCL (Terraform) literals for JSON values: strings escaped for HCL's quoted templates (`\"`, `\\`, control
 * characters, and `${` / `%{`, which would otherwise be interpolated), keys quoted unless they are plain
 * identifiers. test/chart/exports-render.test.ts has Terraform itself read the output back.
 */
import type { Json } from '@/lib/values/coalesce';

/** Words HCL would read as something else when they stand as an object key. */
const KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if', 'endif', 'endfor', 'else']);

export function hclString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const next = s[i + 1];
    if (c === '\\') out += '\\\\';
    else if (c === '"') out += '\\"';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if ((c === '$' || c === '%') && next === '{') out += c + c;
    else if (c < ' ' || c === '\u007f') out += `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return `"${out}"`;
}

function hclKey(k: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) && !KEYWORDS.has(k) ? k : hclString(k);
}

/** A value as an HCL expression, indented from `indent`. */
export function hclValue(v: Json, indent = ''): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return hclString(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`not a number HCL can hold: ${v}`);
    return String(v);
  }
  if (typeof v === 'boolean') return String(v);
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => `${inner}${hclValue(x, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(v);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, x]) => `${inner}${hclKey(k)} = ${hclValue(x, inner)}`).join('\n')}\n${indent}}`;
}
