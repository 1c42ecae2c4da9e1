/**
 * The chart's validation rules that JSON Schema cannot express, so they are checked only by the chart's
 * templates/_validation.tpl (comparisons of quantities and of two values, host lists). The configurator must
 * refuse exactly what helm refuses, so their conditions are mirrored here; their messages are the chart's own
 * (validation-rules.json, by rule id). The corpus test (test/configurator-verdict.test.ts) runs helm on the same
 * files and fails if the two ever disagree.
 */
import rules from '@/charts/aeterna/validation-rules.json';
import { ruleMessage } from '@/lib/chart/validation-rules';
import { getIn, isPlainObject, type JsonObject } from '@/lib/values/coalesce';
import type { SchemaIssue } from './messages';

/** Go template truthiness: empty strings, 0, false, null, empty lists and maps are false. */
function truthy(v: unknown): boolean {
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

/** The chart's `aeterna.quantity` helper: a Kubernetes quantity as a number (cpu in cores, memory in bytes). */
export function quantity(v: unknown): number {
  const q = String(v).trim();
  const num = /^[0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?/.exec(q)?.[0] ?? '';
  const suffix = q.slice(num.length);
  const n = num === '' ? 0 : Number(num);
  return n * (MULTIPLIERS[suffix] ?? 1);
}

function toInt(v: unknown): number {
  if (typeof v === 'number') return Math.trunc(v);
  if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return Number.parseInt(v, 10);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return 0;
}

function goString(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function templateRuleIssues(values: JsonObject): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const add = (path: string[], id: string, ...args: unknown[]) => {
    const message = ruleMessage(rules, id, ...args);
    issues.push({ path, message, keyword: 'chartRule', rule: message, ruleId: id });
  };

  for (const res of ['cpu', 'memory']) {
    const req = getIn(values, ['resources', 'requests', res]);
    const lim = getIn(values, ['resources', 'limits', res]);
    if (truthy(req) && truthy(lim) && quantity(lim) < quantity(req)) {
      add(['resources', 'limits', res], 'limits-below-requests', res, goString(lim), res, goString(req));
    }
  }

  if (truthy(getIn(values, ['autoscaling', 'enabled']))) {
    const min = getIn(values, ['autoscaling', 'minReplicas']);
    const max = getIn(values, ['autoscaling', 'maxReplicas']);
    if (toInt(min) > toInt(max)) {
      add(['autoscaling', 'minReplicas'], 'autoscaling-min-above-max', goString(min), goString(max));
    }
  }

  if (truthy(getIn(values, ['ingress', 'enabled']))) {
    const hostsValue = getIn(values, ['ingress', 'hosts']);
    const hosts = Array.isArray(hostsValue) ? hostsValue.map((h) => (isPlainObject(h) ? h.host : undefined)) : [];
    const tls = getIn(values, ['ingress', 'tls']);
    if (Array.isArray(tls)) {
      tls.forEach((block, i) => {
        const list = isPlainObject(block) ? block.hosts : undefined;
        if (!Array.isArray(list)) return;
        list.forEach((h, j) => {
          if (!hosts.includes(h)) {
            add(['ingress', 'tls', String(i), 'hosts', String(j)], 'ingress-tls-host-not-routed', goString(h));
          }
        });
      });
    }
  }
  return issues;
}
