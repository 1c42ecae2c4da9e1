/**
 * The rule declarations as JSON Schema, in two forms:
 * - **strict** (`rulesAllOf`): one `if`/`then` per rule for values already coalesced over the chart's defaults, as
 *   the configurator validates them: `then: false` for a refused combination, `then: {required}` for a rule with
 *   `require` (the form marks those fields required while the rule applies). The entry's `title` is the rule id
 *   (with its `each` text after a colon) and its `description` the message.
 * - **editor** (`editorRulesAllOf`, in values.editor.schema.json): for a values file as written, which lists only
 *   what differs from the defaults, so a value that is not written counts as its default; a violation carries the
 *   rule's message as `errorMessage`, which the YAML language server (VS Code, monaco-yaml) shows instead of
 *   "Matches a schema that is not allowed", on the value the rule is about when the file writes it.
 * Helm's values.schema.json holds neither: Helm validates the schema before it renders and prints a failed rule as
 * "'allOf' failed / false schema", so the rules are enforced by templates/_validation.tpl instead, which prints
 * every message.
 */
import { getIn, isPlainObject } from '@/lib/values/coalesce';
import type { Schema } from '@/lib/schema/schema';
import {
  conditionValuePaths,
  ruleDescription,
  schemaExpressible,
  violationOf,
  type Condition,
  type RuleInstance,
  type ValueType,
} from './declaration';
import { truthy } from './evaluate';

interface Context {
  types: Schema;
  /** The chart's defaults, in the editor form (an unwritten value is its default); undefined in the strict form. */
  defaults?: unknown;
}

function typeAt(types: Schema, path: string): ValueType | undefined {
  let node: Schema | undefined = types;
  for (const k of path.split('.')) node = (node?.properties as Record<string, Schema> | undefined)?.[k];
  const t = node?.type;
  return typeof t === 'string' ? (t as ValueType) : undefined;
}

/** `leaf` at `path`, as nested `properties`; each level `required` unless an unwritten value passes anyway. */
function nest(path: string, leaf: Schema, ctx: Context, passesByDefault: boolean): Schema {
  const keys = path.split('.');
  const requiredAlong = !(ctx.defaults !== undefined && passesByDefault);
  let s: Schema = leaf;
  for (let i = keys.length - 1; i >= 0; i--) {
    s = { properties: { [keys[i]!]: s }, ...(requiredAlong ? { required: [keys[i]!] } : {}) };
  }
  return s;
}

function setLeaf(path: string, declared: ValueType | undefined, ctx: Context): Schema {
  const type = declared ?? typeAt(ctx.types, path);
  switch (type) {
    case 'string':
      return { type: 'string', minLength: 1 };
    case 'boolean':
      return { const: true };
    case 'object':
      return { type: 'object', minProperties: 1 };
    case 'array':
      return { type: 'array', minItems: 1 };
    case 'integer':
      return { type: 'integer', not: { const: 0 } };
    default:
      throw new Error(`"set" of ${path}: the schema gives it no single type; declare "type" in the condition`);
  }
}

function compile(c: Condition, ctx: Context): Schema {
  const dflt = (p: string) => (ctx.defaults === undefined ? undefined : getIn(ctx.defaults, p.split('.')));
  if ('all' in c) return c.all.length === 1 ? compile(c.all[0]!, ctx) : { allOf: c.all.map((x) => compile(x, ctx)) };
  if ('any' in c) return c.any.length === 1 ? compile(c.any[0]!, ctx) : { anyOf: c.any.map((x) => compile(x, ctx)) };
  if ('not' in c) return { not: compile(c.not, ctx) };
  if ('is' in c) {
    const [p, v] = c.is;
    return nest(p, { const: v }, ctx, dflt(p) === v);
  }
  if ('in' in c) return nest(c.in[0], { enum: c.in[1] }, ctx, c.in[1].includes(dflt(c.in[0]) as string));
  if ('set' in c) return nest(c.set, setLeaf(c.set, c.type, ctx), ctx, truthy(dflt(c.set)));
  if ('unset' in c) return { not: compile({ set: c.unset, ...(c.type ? { type: c.type } : {}) }, ctx) };
  if ('present' in c) {
    const d = dflt(c.present);
    return nest(c.present, { not: { const: '' } }, ctx, d !== undefined && d !== null && d !== '');
  }
  if ('atLeast' in c) {
    const [p, n] = c.atLeast;
    return nest(p, { type: 'integer', minimum: n }, ctx, typeof dflt(p) === 'number' && (dflt(p) as number) >= n);
  }
  if ('matches' in c) {
    const [p, re] = c.matches;
    return nest(p, { type: 'string', pattern: re }, ctx, typeof dflt(p) === 'string' && new RegExp(re).test(dflt(p) as string));
  }
  throw new Error(`JSON Schema cannot express ${JSON.stringify(c)}`);
}

/** The strict form: the configurator's root `allOf` (see the module comment). */
function rulesAllOf(rules: RuleInstance[], types: Schema): Schema[] {
  const ctx: Context = { types };
  return rules.filter(schemaExpressible).map((r) => ({
    title: r.title,
    description: ruleDescription(r),
    if: compile(r.when, ctx),
    then: r.require.length ? compile({ all: r.require.map((p) => ({ set: p })) }, ctx) : false,
    // Not a JSON Schema keyword (validators ignore it): the value the configurator marks, where the rule names one.
    ...(r.at ? { 'x-at': r.at } : {}),
  }));
}

/**
 * The values a rule's message can be shown on in an editor, best first: its `at`, then the values whose being
 * written triggers it (not those it finds missing), last named first. The message goes on the first the file
 * writes, else on the whole file.
 */
function targets(rule: RuleInstance): string[] {
  const triggering = (c: Condition, negated: boolean): string[] => {
    if ('all' in c) return c.all.flatMap((x) => triggering(x, negated));
    if ('any' in c) return c.any.flatMap((x) => triggering(x, negated));
    if ('not' in c) return triggering(c.not, !negated);
    return negated || 'unset' in c ? [] : conditionValuePaths(c);
  };
  return [...new Set([...(rule.at ? [rule.at] : []), ...triggering(rule.when, false).reverse()])];
}

/** The editor form (see the module comment). */
export function editorRulesAllOf(rules: RuleInstance[], types: Schema, defaults: unknown): Schema[] {
  const ctx: Context = { types, defaults };
  return rules.filter(schemaExpressible).map((r) => {
    const message = ruleDescription(r);
    // Any value fails `type: "null"` but null itself, which no triggering value is.
    const fail = { type: 'null', errorMessage: message };
    const written = { types };
    const then = targets(r).reduceRight<Schema>(
      (otherwise, at) => ({ if: nest(at, {}, written, false), then: nest(at, fail, written, false), else: otherwise }),
      fail,
    );
    return { title: r.title, description: message, if: compile(violationOf(r), ctx), then };
  });
}

/** The chart's schema with the strict rules as its root `allOf`: what the configurator validates with. */
export function schemaWithRules(types: Schema, rules: RuleInstance[]): Schema {
  if (isPlainObject(types) && 'allOf' in types)
    throw new Error('values.schema.json has a root allOf: its rules belong in validation-rules.json');
  return { ...types, allOf: rulesAllOf(rules, types) };
}
