/**
 * The values being configured and the YAML text shown for them, kept in step both ways:
 * - a form edit changes the values and updates the YAML document in place (comments and layout survive);
 * - a YAML edit that parses replaces the values; one that does not parse leaves them alone and reports where.
 * The text is either the values file (only what differs from the chart defaults) or the full values.yaml.
 */
import type { Document, LineCounter } from 'yaml';
import { coalesce, deepEqual, diffFromDefaults, getIn, isPlainObject, setIn, stripUndefined, type Json, type JsonObject } from './coalesce';
import {
  applyValuesToDocument,
  documentFromValues,
  parseValuesYaml,
  stringifyDocument,
  withPositions,
  type YamlProblem,
} from './yaml-document';

export type ViewMode = 'changes' | 'full';

/** One form edit: the value now at `path` in the effective values. */
export interface ValuePatch {
  path: readonly string[];
  value: Json | undefined;
}

export interface SessionState {
  /** The values file: what the user sets on top of the chart defaults (Helm semantics, null deletes). */
  user: JsonObject;
  /** The text in the editor. */
  text: string;
  mode: ViewMode;
  /** Syntax problems of `text`; when not empty, `user` is the last values that parsed. */
  problems: YamlProblem[];
  /** `text` is not parsed yet (a large text is parsed once typing pauses): `user` and `problems` are of the text before. */
  checking?: true;
}

export class EditingSession {
  private doc: Document;
  private state: SessionState;
  /** The values-file document while the full view is shown, so its comments come back with the changes view. */
  private changesDoc: Document | undefined;
  private effectiveOf: { user: JsonObject; values: JsonObject } | undefined;
  /** The parse of the current text with source positions, kept from a YAML edit or made on demand. */
  private positionsOf: { text: string; doc: Document; lineCounter: LineCounter } | undefined;

  constructor(
    private readonly defaults: JsonObject,
    private readonly defaultsText: string,
    initial: { user?: JsonObject; text?: string; mode?: ViewMode } = {},
  ) {
    const mode = initial.mode ?? 'changes';
    let user = initial.user ?? {};
    let doc: Document | undefined;
    if (initial.text !== undefined && mode === 'changes') {
      const parsed = parseValuesYaml(initial.text);
      if (parsed.ok) {
        doc = parsed.doc;
        user = parsed.values;
      }
    }
    this.state = { user, text: '', mode, problems: [] };
    this.doc = doc ?? this.buildDocument(mode, user);
    this.state.text = stringifyDocument(this.doc);
  }

  get current(): SessionState {
    return this.state;
  }

  /** The values Helm will render with: the values file coalesced over the chart defaults, computed once per values file. */
  effective(user: JsonObject = this.state.user): JsonObject {
    if (this.effectiveOf?.user !== user) this.effectiveOf = { user, values: coalesce(this.defaults, user) };
    return this.effectiveOf.values;
  }

  private buildDocument(mode: ViewMode, user: JsonObject): Document {
    if (mode === 'changes') return documentFromValues(user);
    const parsed = parseValuesYaml(this.defaultsText);
    if (!parsed.ok) return documentFromValues(fullFile(this.defaults, user));
    applyValuesToDocument(parsed.doc, fullFile(this.defaults, user));
    return parsed.doc;
  }

  private contentFor(user: JsonObject): JsonObject {
    return this.state.mode === 'changes' ? user : fullFile(this.defaults, user);
  }

  private commit(user: JsonObject): SessionState {
    applyValuesToDocument(this.doc, this.contentFor(user));
    this.state = { ...this.state, user, text: stringifyDocument(this.doc), problems: [], checking: undefined };
    return this.state;
  }

  /**
   * A form edit, as patches: each path gets the form's new value there (`undefined`: cleared, back to the chart
   * default). Only what changed relative to the current effective values is written to the values file; a value
   * set back to its default is removed from it; the rest of the values file is not looked at.
   */
  patch(edits: readonly ValuePatch[]): SessionState {
    const before = this.effective();
    let user = this.state.user;
    for (const { path, value } of edits) {
      user = applyChanges(user, path, getIn(before, path) as Json | undefined, stripUndefined(value), this.defaults);
    }
    if (user === this.state.user && this.state.problems.length === 0) return this.state;
    return this.commit(user);
  }

  /** Replaces the values file the way a form edit would (comments of the values still written are kept). */
  replaceUser(user: JsonObject): SessionState {
    return this.commit(user);
  }

  /** A YAML edit. */
  fromText(text: string): SessionState {
    const parsed = parseValuesYaml(text);
    if (!parsed.ok) {
      this.state = { ...this.state, text, problems: parsed.problems, checking: undefined };
      return this.state;
    }
    const user = this.state.mode === 'changes' ? parsed.values : diffFromDefaults(parsed.values, this.defaults);
    try {
      // Coalesced now, so that a failure is this text's problem rather than an exception while the page renders.
      this.effective(user);
    } catch (e) {
      const message = `These values could not be combined with the chart defaults: ${e instanceof Error ? e.message : String(e)}`;
      this.state = {
        ...this.state,
        text,
        problems: [{ message, line: 1, column: 1, endLine: 1, endColumn: 2, refused: true }],
        checking: undefined,
      };
      return this.state;
    }
    this.doc = parsed.doc;
    // Ranges of this parse stay right until the document is next changed, which also changes the text.
    this.positionsOf = { text, doc: parsed.doc, lineCounter: parsed.lineCounter };
    this.state = { ...this.state, user, text, problems: [], checking: undefined };
    return this.state;
  }

  /** A YAML edit to be parsed later (fromText): the text is shown as typed; values and problems wait for the parse. */
  hold(text: string): SessionState {
    this.state = { ...this.state, text, checking: true };
    return this.state;
  }

  /** The text held by `hold` and not parsed yet, if any. */
  held(): string | undefined {
    return this.state.checking ? this.state.text : undefined;
  }

  /**
   * The current text parsed with source positions (for editor markers), or null when it does not parse, or is not
   * parsed yet (a held text is not parsed here either: that is what holding it is for).
   */
  positions(): { doc: Document; lineCounter: LineCounter } | null {
    if (this.state.checking) return null;
    if (this.positionsOf?.text !== this.state.text) {
      const pos = withPositions(this.state.text);
      if (!pos) return null;
      this.positionsOf = { text: this.state.text, ...pos };
    }
    return this.positionsOf;
  }

  /** Replaces everything with a values file (a preset, a share link, the saved state). */
  load(user: JsonObject, text?: string): SessionState {
    this.changesDoc = undefined;
    if (text !== undefined) {
      const parsed = parseValuesYaml(text);
      if (parsed.ok) {
        this.state = { ...this.state, user: parsed.values, problems: [], checking: undefined };
        this.doc = this.state.mode === 'changes' ? parsed.doc : this.buildDocument('full', parsed.values);
        this.state.text = stringifyDocument(this.doc);
        return this.state;
      }
      // A file that does not parse (or is refused) is shown as it is, with its problems, over `user`: not replaced.
      this.doc = this.buildDocument(this.state.mode, user);
      this.state = { ...this.state, user, text, problems: parsed.problems, checking: undefined };
      return this.state;
    }
    this.state = { ...this.state, user, problems: [], checking: undefined };
    this.doc = this.buildDocument(this.state.mode, user);
    this.state.text = stringifyDocument(this.doc);
    return this.state;
  }

  setMode(mode: ViewMode): SessionState {
    if (mode === this.state.mode) return this.state;
    const previous = this.state.mode === 'changes' && this.state.problems.length === 0 ? this.doc : undefined;
    this.state = { ...this.state, mode, problems: [], checking: undefined };
    if (mode === 'changes' && this.changesDoc) {
      applyValuesToDocument(this.changesDoc, this.state.user);
      this.doc = this.changesDoc;
      this.changesDoc = undefined;
    } else {
      this.changesDoc = previous;
      this.doc = this.buildDocument(mode, this.state.user);
    }
    this.state.text = stringifyDocument(this.doc);
    return this.state;
  }
}

/**
 * The full values file: the defaults with the user's values, where a `null` the user wrote stays `null` (Helm
 * deletes the key; leaving it out of the full file would bring the default back).
 */
function fullFile(defaults: JsonObject, user: JsonObject): JsonObject {
  let out = coalesce(defaults, user);
  const walk = (v: Json, path: string[]) => {
    if (v === null) out = setIn(out, path, null);
    else if (isPlainObject(v)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  for (const [k, v] of Object.entries(user)) walk(v, [k]);
  return out;
}

/**
 * The values file after the effective value at `at` went from `before` to `after`: every leaf that differs is
 * written (or removed when it equals the chart default); everything else the user wrote is kept as written, and
 * the values file is returned unchanged (same object) when nothing differs.
 */
export function applyChanges(
  user: JsonObject,
  at: readonly string[],
  before: Json | undefined,
  after: Json | undefined,
  defaults: JsonObject,
): JsonObject {
  let out = user;
  const visit = (b: Json | undefined, a: Json | undefined, path: string[]) => {
    if (deepEqual(a, b)) return;
    if (isPlainObject(a) && isPlainObject(b)) {
      for (const k of new Set([...Object.keys(b), ...Object.keys(a)])) visit(b[k], a[k], [...path, k]);
      return;
    }
    const def = getIn(defaults, path) as Json | undefined;
    if (a === undefined || deepEqual(a, def)) {
      out = removeIn(out, path);
    } else if (isPlainObject(a) && isPlainObject(def)) {
      out = setIn(out, path, diffFromDefaults(a, def));
    } else {
      out = setIn(out, path, a);
    }
  };
  visit(before, after, [...at]);
  return out;
}

/** Removes `path` from the values file and the maps it leaves empty (they would only say "no change"). */
function removeIn(obj: JsonObject, path: string[]): JsonObject {
  if (getIn(obj, path) === undefined) return obj;
  let out = setIn(obj, path, undefined);
  for (let i = path.length - 1; i > 0; i--) {
    const parent = getIn(out, path.slice(0, i));
    if (isPlainObject(parent) && Object.keys(parent).length === 0) out = setIn(out, path.slice(0, i), undefined);
    else break;
  }
  return out;
}
