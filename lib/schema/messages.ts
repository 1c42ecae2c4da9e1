/**
 * Turns ajv's errors into sentences for people: which value, what is wrong, and under which condition
 * ("externalRedis.host is required when redis.enabled is false").
 */
import type { ErrorObject } from 'ajv';
import { conditionPaths } from './form-schema';
import { pointerSegment, type Schema } from './schema';
import { ruleIdOfTitle } from '@/lib/rules/declaration';
import { getIn } from '@/lib/values/coalesce';

export interface SchemaIssue {
  /** Path of the value the problem is about, e.g. ['externalRedis', 'host']. Empty for the whole file. */
  path: string[];
  message: string;
  keyword: string;
  /** The human description of the chart rule (root `allOf` entry) that raised it, if any. */
  rule?: string;
  /** That rule's id in the chart's validation-rules.json (the allOf entry's title, before any `:`). */
  ruleId?: string;
}

function pointerToPath(pointer: string): string[] {
  if (!pointer) return [];
  return pointer.split('/').slice(1).map(pointerSegment);
}

function dotted(path: readonly string[]): string {
  return path.length === 0 ? 'the values file' : path.join('.');
}

/** The root `allOf` entry an error comes from, if its schemaPath starts with `#/allOf/<n>/`. */
function ruleOf(error: ErrorObject, root: Schema): { index: number; rule: Schema } | undefined {
  const m = /^#\/allOf\/(\d+)\//.exec(error.schemaPath);
  if (!m) return undefined;
  const allOf = root.allOf as Schema[] | undefined;
  const rule = allOf?.[Number(m[1])];
  return rule ? { index: Number(m[1]), rule } : undefined;
}

/**
 * "redis.enabled is false and x is 'y'" from a rule's `if` schema, when it is made of properties with
 * `const`/`enum` (the usual shape); undefined for anything more complex.
 */
function describeCondition(ifSchema: unknown, prefix: string[] = []): string | undefined {
  if (typeof ifSchema !== 'object' || ifSchema === null) return undefined;
  const s = ifSchema as Schema;
  const parts: string[] = [];
  if ('const' in s) parts.push(`${dotted(prefix)} is ${show(s.const)}`);
  if (Array.isArray(s.enum)) parts.push(`${dotted(prefix)} is ${s.enum.map(show).join(' or ')}`);
  if (s.not && typeof s.not === 'object') {
    const n = s.not as Schema;
    if ('const' in n) parts.push(`${dotted(prefix)} is not ${show(n.const)}`);
    else if (Array.isArray(n.enum)) parts.push(`${dotted(prefix)} is not ${n.enum.map(show).join(' or ')}`);
    else if (Array.isArray(n.required) && n.required.length) {
      parts.push((n.required as string[]).map((r) => `${dotted([...prefix, r])} is not set`).join(' and '));
    } else return undefined;
  }
  if (s.properties && typeof s.properties === 'object') {
    for (const [k, sub] of Object.entries(s.properties as Record<string, unknown>)) {
      const d = describeCondition(sub, [...prefix, k]);
      if (d === undefined) return undefined;
      if (d) parts.push(d);
    }
  }
  if (Array.isArray(s.required) && s.required.length && !s.properties) {
    parts.push((s.required as string[]).map((r) => `${dotted([...prefix, r])} is set`).join(' and '));
  }
  if (Array.isArray(s.allOf)) {
    for (const sub of s.allOf) {
      const d = describeCondition(sub, prefix);
      if (d === undefined) return undefined;
      if (d) parts.push(d);
    }
  }
  for (const k of ['anyOf', 'oneOf', 'if', '$ref', 'pattern', 'minimum', 'maximum', 'minLength']) {
    if (k in s) return undefined;
  }
  return parts.join(' and ');
}

function show(v: unknown): string {
  return typeof v === 'string' ? `"${v}"` : JSON.stringify(v);
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  if (typeof v === 'string') return `the text ${show(v)}`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  return typeof v;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'a map (key: value)',
  array: 'a list',
  null: 'null',
};

function describeType(t: unknown): string {
  const list = Array.isArray(t) ? t : [t];
  return list.map((x) => TYPE_WORDS[String(x)] ?? String(x)).join(' or ');
}

/** Closest known key, for "did you mean …?" on unknown keys. */
function suggest(unknown: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const k of known) {
    const d = distance(unknown.toLowerCase(), k.toLowerCase());
    if (d < bestScore) {
      bestScore = d;
      best = k;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(unknown.length / 4)) ? best : undefined;
}

function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

/** Patterns people do not read as regular expressions, said in words. */
const KNOWN_PATTERNS: { test: RegExp; words: string }[] = [
  { test: /Ki\|Mi\|Gi/, words: 'a Kubernetes quantity such as 500m, 2, 512Mi or 1Gi (or empty)' },
];

/** Keywords whose failure only says "a sub-rule failed"; the sub-rule's own error says what. */
const WRAPPER_KEYWORDS = new Set(['if', 'allOf', '$ref']);

/** The schema at a JSON pointer such as `#/properties/service/properties/port`. */
function schemaAt(root: Schema, pointer: string): unknown {
  return getIn(root, pointerToPath(pointer.replace(/^#/, '')));
}

/**
 * `values` is what was validated: ajv runs without `verbose` (smaller precompiled code), so the failing value
 * and the schema around the failing keyword are looked up here from the paths ajv reports.
 */
export function humanizeErrors(errors: readonly ErrorObject[], root: Schema, values: unknown): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const raw of errors) {
    if (WRAPPER_KEYWORDS.has(raw.keyword)) continue;
    const parentPointer = raw.schemaPath.slice(0, raw.schemaPath.lastIndexOf('/'));
    const e: ErrorObject = {
      ...raw,
      data: raw.data !== undefined ? raw.data : getIn(values, pointerToPath(raw.instancePath)),
      parentSchema: (raw.parentSchema ?? schemaAt(root, parentPointer)) as ErrorObject['parentSchema'],
    };
    const issue = humanize(e, root);
    const key = `${issue.path.join('\u0000')}|${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}

function humanize(e: ErrorObject, root: Schema): SchemaIssue {
  const base = pointerToPath(e.instancePath);
  const found = ruleOf(e, root);
  const ruleText = found && typeof found.rule.description === 'string' ? found.rule.description : undefined;
  const condition = found ? describeCondition(found.rule.if) : undefined;
  const when = condition ? ` when ${condition}` : '';
  const p = e.params as Record<string, unknown>;
  const withRule = (path: string[], message: string): SchemaIssue => ({
    path,
    message,
    keyword: e.keyword,
    ...(ruleText ? { rule: ruleText } : {}),
    ...(found && ruleIdOfTitle(found.rule.title) ? { ruleId: ruleIdOfTitle(found.rule.title) } : {}),
  });

  switch (e.keyword) {
    case 'required': {
      const path = [...base, String(p.missingProperty)];
      return withRule(path, `${dotted(path)} is required${when}.`);
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const path = [...base, key];
      const parent = e.parentSchema as Schema | undefined;
      const known = Object.keys((parent?.properties as Record<string, unknown> | undefined) ?? {});
      const hint = suggest(key, known);
      return withRule(
        path,
        `${dotted(path)} is not a setting of this chart${hint ? `: did you mean ${dotted([...base, hint])}?` : ' (check the spelling and the indentation).'}`,
      );
    }
    case 'type':
      return withRule(base, `${dotted(base)} must be ${describeType(p.type)}, not ${typeName(e.data)}.`);
    case 'enum':
      return withRule(
        base,
        `${dotted(base)} must be one of ${(p.allowedValues as unknown[]).map(show).join(', ')}${when}; got ${show(e.data)}.`,
      );
    case 'const':
      if (ruleText && found) return withRule(base, `${ruleText}`);
      return withRule(base, `${dotted(base)} must be ${show(p.allowedValue)}${when}.`);
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const words: Record<string, string> = {
        minimum: 'at least',
        exclusiveMinimum: 'more than',
        maximum: 'at most',
        exclusiveMaximum: 'less than',
      };
      return withRule(base, `${dotted(base)} must be ${words[e.keyword]} ${String(p.limit)}${when}; got ${show(e.data)}.`);
    }
    case 'minLength':
      return withRule(
        base,
        Number(p.limit) === 1
          ? found
            ? `${dotted(base)} is required${when}.`
            : `${dotted(base)} must not be empty.`
          : `${dotted(base)} must be at least ${String(p.limit)} characters long${when}.`,
      );
    case 'maxLength':
      return withRule(base, `${dotted(base)} must be at most ${String(p.limit)} characters long.`);
    case 'pattern': {
      const known = KNOWN_PATTERNS.find((k) => k.test.test(String(p.pattern)));
      if (known) return withRule(base, `${dotted(base)} must be ${known.words}; got ${show(e.data)}.`);
      const parent = e.parentSchema as Schema | undefined;
      const desc = typeof parent?.description === 'string' ? ` (${firstSentence(parent.description)})` : '';
      return withRule(base, `${dotted(base)} has an invalid form${desc}: ${show(e.data)} does not match ${String(p.pattern)}.`);
    }
    case 'format':
      return withRule(base, `${dotted(base)} must be a valid ${String(p.format)}; got ${show(e.data)}.`);
    case 'minItems':
      return withRule(base, `${dotted(base)} must list at least ${String(p.limit)} item${Number(p.limit) === 1 ? '' : 's'}${when}.`);
    case 'maxItems':
      return withRule(base, `${dotted(base)} must list at most ${String(p.limit)} items.`);
    case 'uniqueItems':
      return withRule(base, `${dotted(base)} must not list the same item twice.`);
    case 'minProperties':
      return withRule(base, `${dotted(base)} must not be empty${when}.`);
    case 'not':
    case 'oneOf':
    case 'anyOf':
    case 'false schema':
    default: {
      if (ruleText) return withRule(base.length ? base : ruleTarget(found?.rule), ruleText);
      const parent = e.parentSchema as Schema | undefined;
      const desc = typeof parent?.description === 'string' ? `: ${firstSentence(parent.description)}` : '';
      const what =
        e.keyword === 'oneOf'
          ? 'must match exactly one of the allowed forms'
          : e.keyword === 'anyOf'
            ? 'must match one of the allowed forms'
            : 'is not allowed here';
      return withRule(base, `${dotted(base)} ${what}${desc}.`);
    }
  }
}

/**
 * For a rule that refuses a combination (`then: false`), the value to show the message at: the most specific
 * value its condition names (externalRedis.host for "bundled and external", pdb.maxUnavailable for "both set"), or
 * the one its declaration names (`at`, carried as `x-at` by lib/rules/json-schema.ts).
 */
function ruleTarget(rule: Schema | undefined): string[] {
  if (typeof rule?.['x-at'] === 'string') return rule['x-at'].split('.');
  const paths = conditionPaths(rule?.if);
  if (paths.length > 0) return paths[paths.length - 1]!;
  const then = rule?.then as Schema | undefined;
  const props = then?.properties as Record<string, unknown> | undefined;
  const first = props ? Object.keys(props)[0] : undefined;
  return first ? [first] : [];
}

function firstSentence(s: string): string {
  const m = /^(.*?[.!?])(\s|$)/.exec(s);
  return (m ? m[1]! : s).replace(/\.$/, '');
}
