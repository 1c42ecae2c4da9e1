/**
 * The values file as a YAML Document (eemeli/yaml): parsed with YAML 1.1 rules like Helm's parser (so `yes` is a
 * boolean in both), updated in place so the user's comments and layout survive form edits.
 */
import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, YAMLMap, type Node, type Pair } from 'yaml';
import { deepEqual, isPlainObject, type Json, type JsonObject } from './coalesce';
import { expandedValuesProblem, valuesTextTooLarge } from './input-limits';

export interface YamlProblem {
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  endLine: number;
  endColumn: number;
  /** The text was refused as a whole (too large, aliases expanding too far), not for a syntax error at this place. */
  refused?: true;
}

export type ParseResult =
  { ok: true; doc: Document; values: JsonObject; lineCounter: LineCounter } | { ok: false; problems: YamlProblem[] };

// uniqueKeys: false because Helm accepts a repeated key (the last one wins), and so must the configurator.
const PARSE_OPTIONS = { version: '1.1', prettyErrors: false, uniqueKeys: false, merge: true } as const;
const STRINGIFY_OPTIONS = { lineWidth: 0, indentSeq: true } as const;

/** What a file whose aliases expand too far is told (Helm's own parser would expand them all). */
export const ALIAS_BOMB =
  "The file's aliases (*name) expand to more than 1000 copies: a values file never needs that many. Write the values out, or use fewer aliases.";

const AT_START = { line: 1, column: 1, endLine: 1, endColumn: 2 } as const;
const refusal = (message: string): ParseResult => ({ ok: false, problems: [{ message, ...AT_START, refused: true }] });

/**
 * The values of a values file, or its problems. Never throws: whatever the text, the configurator shows a problem
 * (the limits are lib/values/input-limits.ts; the size is checked before anything is parsed).
 */
export function parseValuesYaml(text: string): ParseResult {
  const tooLarge = valuesTextTooLarge(text);
  if (tooLarge) return refusal(tooLarge);
  try {
    return parseWithinLimits(text);
  } catch (e) {
    // The library's own limits (its stack, for one) surface as exceptions: still a problem with this text.
    return refusal(`The configurator could not read this text: ${e instanceof Error ? firstLine(e.message) : String(e)}`);
  }
}

function parseWithinLimits(text: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...PARSE_OPTIONS, lineCounter });
  const at = (from: number, to: number) => {
    const start = lineCounter.linePos(from);
    const end = lineCounter.linePos(Math.max(to, from));
    return { line: start.line, column: start.col, endLine: end.line, endColumn: Math.max(end.col, start.col + 1) };
  };
  if (doc.errors.length > 0) {
    return { ok: false, problems: doc.errors.map((e) => ({ message: firstLine(e.message), ...at(e.pos[0], e.pos[1]) })) };
  }
  let js: unknown;
  try {
    js = doc.toJS({ maxAliasCount: 1000 }) as unknown;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // eemeli/yaml throws when aliases expand beyond maxAliasCount (an alias bomb): a problem with the file, not a crash.
    if (/^Excessive alias count/.test(message)) return refusal(ALIAS_BOMB);
    // The other throw is an alias without its anchor before it: point at the alias.
    const alias = /^Unresolved alias.*: (.+)$/.exec(message);
    if (alias) {
      const name = alias[1]!;
      const node = firstAlias(doc, name);
      const range = node?.range ? at(node.range[0], node.range[1]) : AT_START;
      return { ok: false, problems: [{ message: `The alias *${name} has no anchor &${name} before it.`, ...range }] };
    }
    throw e;
  }
  const expanded = expandedValuesProblem(js);
  if (expanded) return refusal(expanded);
  if (js === null || js === undefined) return { ok: true, doc, values: {}, lineCounter };
  if (!isPlainObject(js)) {
    return {
      ok: false,
      problems: [{ message: 'A values file must be a mapping of keys to values (key: value), not a list or a single value.', ...AT_START }],
    };
  }
  return { ok: true, doc, values: js as JsonObject, lineCounter };
}

function firstAlias(doc: Document, name: string): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.source !== name) return undefined;
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** A new document holding `values` (no comments), as Helm users write it. */
export function documentFromValues(values: JsonObject): Document {
  const doc = new Document(values, { version: '1.1' });
  return doc;
}

export function stringifyDocument(doc: Document): string {
  const contents = doc.contents;
  if (contents === null || (isMap(contents) && contents.items.length === 0 && !doc.commentBefore && !doc.comment)) {
    return '{}\n';
  }
  return doc.toString(STRINGIFY_OPTIONS);
}

/**
 * Changes `doc` so that it holds `values`, touching only the nodes whose value changed: comments and the order
 * of untouched keys are kept; keys no longer present are removed; new keys are appended.
 */
export function applyValuesToDocument(doc: Document, values: JsonObject): void {
  if (!isMap(doc.contents)) {
    doc.contents = doc.createNode(values) as unknown as typeof doc.contents;
    return;
  }
  syncMap(doc, doc.contents, values);
}

function syncMap(doc: Document, map: YAMLMap, values: JsonObject): void {
  // Remove keys that are gone.
  map.items = map.items.filter((pair) => {
    const key = keyOf(pair);
    return key !== undefined && Object.prototype.hasOwnProperty.call(values, key) && values[key] !== undefined;
  });
  for (const [key, val] of Object.entries(values)) {
    if (val === undefined) continue;
    const pair = map.items.find((p) => keyOf(p) === key);
    if (!pair) {
      map.items.push(doc.createPair(key, val) as Pair<unknown, unknown>);
      continue;
    }
    const node = pair.value as Node | null;
    if (isPlainObject(val) && isMap(node)) {
      syncMap(doc, node, val);
      continue;
    }
    const current = node && typeof (node as { toJSON?: unknown }).toJSON === 'function' ? (node as Node).toJSON() : node;
    if (deepEqual(current, val)) continue;
    if (isScalar(node) && (val === null || typeof val !== 'object')) {
      node.value = val;
      // A quoted style on a value that is no longer a string would be wrong; let the library choose again.
      if (typeof val !== 'string') node.type = undefined;
      continue;
    }
    const fresh = doc.createNode(val as Json) as Node;
    if (node && (isMap(node) || isSeq(node) || isScalar(node))) {
      fresh.commentBefore = node.commentBefore;
      fresh.comment = node.comment;
    }
    pair.value = fresh;
  }
}

function keyOf(pair: Pair<unknown, unknown>): string | undefined {
  const k = pair.key;
  if (isScalar(k)) return String(k.value);
  if (typeof k === 'string') return k;
  return undefined;
}

export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** True when the whole path exists in the file; false when the range is the nearest ancestor that does. */
  exact: boolean;
}

/** Where `path` is written in the file (its key), or its nearest written ancestor; line 1 when nothing is. */
export function locatePath(doc: Document, lineCounter: LineCounter, path: readonly (string | number)[]): SourceRange {
  let node: unknown = doc.contents;
  let range: [number, number] | undefined;
  let depth = 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => keyOf(p as Pair<unknown, unknown>) === String(seg));
      if (!pair) break;
      const key = pair.key as Node | null;
      if (key?.range) range = [key.range[0], key.range[1]];
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      if (item.range) range = [item.range[0], item.range[1]];
      node = item;
    } else {
      break;
    }
    depth++;
  }
  if (!range) return { line: 1, column: 1, endLine: 1, endColumn: 2, exact: path.length === 0 };
  const start = lineCounter.linePos(range[0]);
  const end = lineCounter.linePos(range[1]);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col, exact: depth === path.length };
}

/** Re-reads `text` to get positions for markers, or null when it does not parse. */
export function withPositions(text: string): { doc: Document; lineCounter: LineCounter } | null {
  const r = parseValuesYaml(text);
  return r.ok ? { doc: r.doc, lineCounter: r.lineCounter } : null;
}
