/**
 * Extracts the messages a chart's templates stop with (`fail`, `required`) from Go template source, so the
 * troubleshooting page lists exactly what Helm can print, generated at build time rather than copied.
 *
 * Understood argument forms: a string literal ("..." or `...`), `(printf "format" args...)`, `(print "a" "b")`,
 * `(cat "a" "b")`, a variable assigned one of those earlier in the same file (`$msg := printf ...`), and
 * `(include "tpl" .)` (reported as a message built by another template).
 */

export interface ValidationMessage {
  kind: 'fail' | 'required';
  /** The message with format verbs (%s, %v, %d, %q) shown as `<…>`. */
  message: string;
  /** The named template it lives in (`define`), if any. */
  template: string;
  /** The `if`/`with`/`range` conditions enclosing it, outermost first, as written. */
  conditions: string[];
  /** `.Values.x.y` paths read by the conditions and the arguments, without `.Values.`. */
  valuePaths: string[];
  /** 1-based line of the `fail`/`required` call. */
  line: number;
  /**
   * The message that prints a list of collected errors (`fail (join ... $errors)`): its `<…>` stands for the
   * other messages, which are reported with kind `fail` where they are appended to that list.
   */
  aggregate: boolean;
  /** The rule's id when the message comes from the chart's validation-rules.json (`get $rules "id"`). */
  ruleId?: string;
}

interface Action {
  text: string;
  start: number;
}

/**
 * The actions `{{ ... }}` of a template, as Go's lexer reads them: a `}}` inside a quoted or raw string (a message
 * quoting YAML such as `{matchLabels: {...}}`) does not end the action; a comment action is skipped whole.
 */
function actions(src: string): Action[] {
  const out: Action[] = [];
  let at = src.indexOf('{{');
  while (at !== -1) {
    let i = at + 2;
    if (src[i] === '-' && /\s/.test(src[i + 1] ?? '')) i++;
    while (/\s/.test(src[i] ?? '')) i++;
    if (src.startsWith('/*', i)) {
      const close = src.indexOf('*/', i + 2);
      if (close === -1) break;
      at = src.indexOf('{{', close + 2);
      continue;
    }
    const start = i;
    let end = -1;
    while (i < src.length) {
      const c = src[i]!;
      if (c === '"' || c === "'") {
        for (i++; i < src.length && src[i] !== c; i += src[i] === '\\' ? 2 : 1);
        i++;
      } else if (c === '`') {
        i = src.indexOf('`', i + 1) + 1 || src.length;
      } else if (src.startsWith('}}', i)) {
        end = i;
        break;
      } else i++;
    }
    if (end === -1) break;
    let textEnd = end;
    if (src[textEnd - 1] === '-' && /\s/.test(src[textEnd - 2] ?? '')) textEnd--;
    out.push({ text: src.slice(start, textEnd).trim(), start: at });
    at = src.indexOf('{{', end + 2);
  }
  return out;
}

/** Splits a template action into tokens: strings, parenthesised groups, words. */
function tokenize(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out.push(text.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    if (c === '`') {
      const j = text.indexOf('`', i + 1);
      const end = j < 0 ? text.length : j + 1;
      out.push(text.slice(i, end));
      i = end;
      continue;
    }
    if (c === '(') {
      let depth = 0;
      let j = i;
      for (; j < text.length; j++) {
        const ch = text[j];
        if (ch === '"') {
          j++;
          while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
        } else if (ch === '`') {
          j = text.indexOf('`', j + 1);
          if (j < 0) j = text.length;
        } else if (ch === '(') depth++;
        else if (ch === ')' && --depth === 0) break;
      }
      out.push(text.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < text.length && !/[\s()"`]/.test(text[j]!)) j++;
    out.push(text.slice(i, j || i + 1));
    i = j > i ? j : i + 1;
  }
  return out;
}

function unquote(tok: string): string | null {
  if (tok.startsWith('`') && tok.endsWith('`')) return tok.slice(1, -1);
  if (tok.startsWith('"') && tok.endsWith('"')) {
    try {
      return JSON.parse(tok) as string;
    } catch {
      return tok.slice(1, -1);
    }
  }
  return null;
}

const VERB = /%[-+# 0]*\d*(?:\.\d+)?[svdqtfgx]/g;

/** A format string with its verbs shown as `<…>` and `%%` as `%`. */
function formatShown(fmt: string): string {
  return fmt
    .replace(/%%/g, '\u0000')
    .replace(VERB, '<…>')
    .replace(/\u0000/g, '%');
}

/** The rule id of `get $rules "id"` (a message looked up in the chart's validation-rules.json), if that is it. */
function ruleIdOf(tokens: string[]): string | undefined {
  const [head, , key] = tokens;
  if (head === 'get' && key) return unquote(key) ?? undefined;
  if (head === 'printf' && tokens[1]?.startsWith('(')) return ruleIdOf(tokenize(tokens[1].slice(1, -1)));
  if (head?.startsWith('(') && head.endsWith(')')) return ruleIdOf(tokenize(head.slice(1, -1)));
  return undefined;
}

/** Evaluates a message expression to text, with unknown parts as `<…>`; `rules` resolves `get $rules "id"`. */
function messageOf(tokens: string[], vars: Map<string, string>, rules: Record<string, string> = {}): string {
  if (tokens.length === 0) return '';
  let toks = tokens;
  // Drop a trailing pipeline (`| quote`), keep the head.
  const pipe = toks.indexOf('|');
  if (pipe >= 0) toks = toks.slice(0, pipe);
  const [head, ...rest] = toks;
  if (!head) return '';
  const lit = unquote(head);
  if (lit !== null) return lit;
  if (head.startsWith('(') && head.endsWith(')')) return messageOf(tokenize(head.slice(1, -1)), vars, rules);
  if (head.startsWith('$')) return vars.get(head) ?? '<…>';
  if (head === 'get') {
    const id = rest[1] ? unquote(rest[1]) : null;
    return id !== null && id in rules ? rules[id]! : '<…>';
  }
  if (head === 'printf') {
    const fmt = rest[0]
      ? (unquote(rest[0]) ?? (rest[0].startsWith('(') ? messageOf(tokenize(rest[0].slice(1, -1)), vars, rules) : null))
      : null;
    return fmt === null ? '<…>' : formatShown(fmt);
  }
  if (head === 'print' || head === 'cat') {
    const parts = rest.map((t) => unquote(t) ?? (t.startsWith('(') ? messageOf(tokenize(t.slice(1, -1)), vars) : '<…>'));
    return parts.join(head === 'cat' ? ' ' : '');
  }
  if (head === 'include' || head === 'tpl') return `<message from ${rest[0] ? (unquote(rest[0]) ?? rest[0]) : 'a template'}>`;
  return '<…>';
}

function lineAt(src: string, index: number): number {
  return src.slice(0, index).split('\n').length;
}

function valuePaths(text: string): string[] {
  const out = new Set<string>();
  const re = /\.Values((?:\.[A-Za-z0-9_]+)+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.add(m[1]!.slice(1));
  const idx = /\(?index\s+\.Values\s+((?:"[^"]+"\s*)+)\)?/g;
  while ((m = idx.exec(text))) {
    const segs = [...m[1]!.matchAll(/"([^"]+)"/g)].map((x) => x[1]!);
    if (segs.length) out.add(segs.join('.'));
  }
  return [...out];
}

/** Variables passed to a `fail` (directly or inside printf/join): lists of errors collected before failing. */
function failedVariables(src: string): Set<string> {
  const vars = new Set<string>();
  for (const a of actions(src)) {
    const m = /\bfail\b([\s\S]*)$/.exec(a.text);
    if (!m) continue;
    for (const v of m[1]!.matchAll(/\$[A-Za-z0-9_]+/g)) vars.add(v[0]);
  }
  return vars;
}

/**
 * Every message the template source can stop with. `rules` are the chart's validation-rules.json messages, which
 * the templates look up by id (`get $rules "id"`); such messages carry their `ruleId`.
 */
export function extractValidationMessages(src: string, rules: Record<string, string> = {}): ValidationMessage[] {
  const out: ValidationMessage[] = [];
  const errorLists = failedVariables(src);
  const vars = new Map<string, string>();
  const stack: { kind: string; cond: string }[] = [];
  let template = '';

  for (const a of actions(src)) {
    const toks = tokenize(a.text);
    const first = toks[0] ?? '';
    if (first === 'define') {
      template = unquote(toks[1] ?? '') ?? '';
      stack.length = 0;
      continue;
    }
    if (first === 'if' || first === 'with' || first === 'range') {
      stack.push({ kind: first, cond: a.text.slice(first.length).trim() });
    } else if (first === 'else') {
      const top = stack[stack.length - 1];
      if (top) {
        const rest = a.text.slice(4).trim();
        top.cond = rest.startsWith('if ') ? `not (${top.cond}) and ${rest.slice(3).trim()}` : `not (${top.cond})`;
      }
    } else if (first === 'end') {
      stack.pop();
      if (stack.length === 0 && template && /^end$/.test(a.text.trim())) {
        // `end` of the define itself is indistinguishable here; the next define resets the template.
      }
    }

    // Variable assignments used to build a message: `$msg := printf ...`, `$msg = ...`; and errors collected
    // in a list that is failed with later: `$errors = append $errors "message"`.
    const assign = /^(\$[A-Za-z0-9_]+)\s*:?=\s*([\s\S]+)$/.exec(a.text);
    const appended = assign ? /^append\s+(\$[A-Za-z0-9_]+)\s+([\s\S]+)$/.exec(assign[2]!.trim()) : null;
    if (appended && errorLists.has(appended[1]!)) {
      const ruleId = ruleIdOf(tokenize(appended[2]!));
      const raw = messageOf(tokenize(appended[2]!), vars, rules);
      out.push({
        kind: 'fail',
        message: raw,
        ...(ruleId ? { ruleId } : {}),
        template,
        conditions: stack.map((s) => s.cond),
        valuePaths: [...new Set([...stack.flatMap((s) => valuePaths(s.cond)), ...valuePaths(appended[2]!)])],
        line: lineAt(src, a.start),
        aggregate: false,
      });
      continue;
    }
    if (assign) {
      const value = messageOf(tokenize(assign[2]!), vars);
      if (!value.startsWith('<…>') || !vars.has(assign[1]!)) vars.set(assign[1]!, value);
    }

    // `fail` and `required` may be called anywhere in an action (`{{ if x }}{{ fail "..." }}`, pipelines).
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.startsWith('(') && /\b(fail|required)\b/.test(t)) {
        // e.g. `$_ := (required "msg" .Values.x)` — recurse into the group
        for (const inner of extractValidationMessages(`{{ ${t.slice(1, -1)} }}`)) {
          out.push({
            ...inner,
            template,
            conditions: stack.map((s) => s.cond),
            valuePaths: [...new Set([...stack.flatMap((s) => valuePaths(s.cond)), ...inner.valuePaths])],
            line: lineAt(src, a.start),
          });
        }
        continue;
      }
      if (t !== 'fail' && t !== 'required') continue;
      const args = toks.slice(i + 1);
      const message = messageOf(args.slice(0, t === 'required' ? 1 : undefined), vars);
      out.push({
        kind: t,
        message,
        template,
        conditions: stack.map((s) => s.cond),
        valuePaths: [...new Set([...stack.flatMap((s) => valuePaths(s.cond)), ...valuePaths(a.text)])],
        line: lineAt(src, a.start),
        aggregate: args.some((x) => [...errorLists].some((v) => x.includes(v))),
      });
      break;
    }
  }
  return out;
}
