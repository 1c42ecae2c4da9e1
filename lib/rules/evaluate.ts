/**
 * Evaluates the chart's rule declarations on a set of values (coalesced over the chart's defaults) with the
 * semantics of the Go template ./go-template generates: what helm refuses, the configurator refuses. The
 * configurator runs it for the rules JSON Schema cannot express (./declaration `schemaExpressible`); the others
 * it checks with their JSON Schema form, whose errors say which field to mark. The corpus test
 * (test/configurator-verdict.test.ts) runs helm on the same files and fails if the two ever disagree.
 */
import { getIn, isPlainObject, type JsonObject } from '@/lib/values/coalesce';
import type { Condition, RuleArg, RuleInstance } from './declaration';
import { goSprintf, violationOf } from './declaration';

/** Go template truthiness: empty strings, 0, false, null, empty lists and maps are false. */
export function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isPlainObject(v)) return Object.keys(v).length > 0;
  return true;
}

const MULTIPLIERS: Record<string, number> = {
  '': 1,
  m: 0.001,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
  Pi: 1024 ** 5,
  Ei: 1024 ** 6,
};

/** The chart's `aeterna.quantity` helper (_pod.tpl): a Kubernetes quantity as a number (cores, bytes). */
export function quantity(v: unknown): number {
  const q = String(v).trim();
  const num = /^[0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?/.exec(q)?.[0] ?? '';
  const suffix = q.slice(num.length);
  const n = num === '' ? 0 : Number(num);
  return n * (MULTIPLIERS[suffix] ?? 1);
}

/** Sprig's `int`. */
function toInt(v: unknown): number {
  if (typeof v === 'number') return Math.trunc(v);
  if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return Number.parseInt(v, 10);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return 0;
}

/** Sprig's `toString` and Go's `%v`. */
function goString(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** The values a `forEach` path reaches (`ingress.tls[].hosts[]`), each with its own path. */
function elements(values: unknown, listPath: string): { value: unknown; path: string[] }[] {
  let current: { value: unknown; path: string[] }[] = [{ value: values, path: [] }];
  for (const part of listPath.split('[]').filter(Boolean)) {
    const segs = part.split('.').filter(Boolean);
    const next: { value: unknown; path: string[] }[] = [];
    for (const c of current) {
      const list = getIn(c.value, segs);
      if (Array.isArray(list)) list.forEach((value, i) => next.push({ value, path: [...c.path, ...segs, String(i)] }));
    }
    current = next;
  }
  return current;
}

/** `ingress.hosts[].host` → every element's `host`. */
function projection(values: unknown, listPath: string): unknown[] {
  const [list, field] = listPath.split('[].') as [string, string];
  const items = getIn(values, list.split('.'));
  return Array.isArray(items) ? items.map((i) => (isPlainObject(i) ? getIn(i, field.split('.')) : undefined)) : [];
}

function holds(c: Condition, values: JsonObject, element: unknown): boolean {
  const get = (p: string) => (p === '@' ? element : getIn(values, p.split('.')));
  if ('all' in c) return c.all.every((x) => holds(x, values, element));
  if ('any' in c) return c.any.some((x) => holds(x, values, element));
  if ('not' in c) return !holds(c.not, values, element);
  if ('is' in c) return typeof c.is[1] === 'boolean' ? truthy(get(c.is[0])) === c.is[1] : goString(get(c.is[0])) === c.is[1];
  if ('in' in c) return c.in[1].map(String).includes(goString(get(c.in[0])));
  if ('set' in c) return truthy(get(c.set));
  if ('unset' in c) return !truthy(get(c.unset));
  if ('present' in c) {
    const v = get(c.present);
    return v !== undefined && v !== null && goString(v) !== '';
  }
  if ('atLeast' in c) return toInt(get(c.atLeast[0])) >= c.atLeast[1];
  if ('matches' in c) return new RegExp(c.matches[1]).test(goString(get(c.matches[0])));
  if ('below' in c) {
    const [a, b] = c.below.map(get);
    return c.as === 'quantity' ? quantity(a) < quantity(b) : toInt(a) < toInt(b);
  }
  if ('notAmong' in c) return !projection(values, c.notAmong[1]).includes(element);
  throw new Error(`unknown condition ${JSON.stringify(c)}`);
}

export interface RuleViolation {
  rule: RuleInstance;
  /** The message with its arguments filled, as helm prints it. */
  message: string;
  /** The value it is about (`at`, with `@` the element's path), or [] when the rule does not say. */
  path: string[];
}

function argValue(a: RuleArg, values: JsonObject, element: unknown): unknown {
  if ('text' in a) return a.text;
  return a.value === '@' ? element : getIn(values, a.value.split('.'));
}

/** The violations of one rule instance: none, one, or one per offending `forEach` element. */
export function violations(rule: RuleInstance, values: JsonObject): RuleViolation[] {
  const when = violationOf(rule);
  const items = rule.forEach ? elements(values, rule.forEach) : [{ value: undefined, path: [] as string[] }];
  const out: RuleViolation[] = [];
  for (const item of items) {
    if (!holds(when, values, item.value)) continue;
    const args = rule.args.map((a) => goString(argValue(a, values, item.value)));
    const message = /%[%svq]/.test(rule.message) ? goSprintf(rule.message, args) : rule.message;
    const path = rule.at === '@' ? item.path : rule.at ? rule.at.split('.') : [];
    out.push({ rule, message, path });
  }
  return out;
}
