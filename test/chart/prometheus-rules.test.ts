/**
 * The chart's alerts (templates/prometheusrule.yaml) checked with the real, pinned `promtool`: the rules load
 * (`promtool check rules`) and each alert fires on synthetic series shaped like the server's and stays quiet on
 * healthy ones (`promtool test rules`, test/fixtures/promtool/alerts_test.yaml). Every expression of the rules and of
 * the dashboard names only metrics the server emits (charts/aeterna/dashboards/emitted-metrics.yaml), read with
 * Prometheus' grammar.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { expressionProblems, parseEmittedMetrics, selectableNames } from '@/lib/dashboard/emitted-metrics';
import { toolPath } from '@/lib/tools/bin';
import { run } from '@/lib/tools/run';
import { CHART_DIR, chartCopyWithStandIns, REPO_ROOT, removeChartCopy } from '../support/chart-copy';
import { all, get, one, render, type Manifest } from '../support/render';

const PROMETHEUS_RULE_API = 'monitoring.coreos.com/v1/PrometheusRule';
const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'promtool', 'alerts_test.yaml');

interface Rule {
  alert?: string;
  expr: string;
}

let dir: string;
let work: string;
beforeAll(async () => {
  dir = await chartCopyWithStandIns({ withUnitTests: false });
  work = await mkdtemp(path.join(tmpdir(), 'aeterna-promtool-'));
});
afterAll(async () => {
  if (dir) await removeChartCopy(dir);
  if (work) await rm(work, { recursive: true, force: true });
});

async function renderRule(values: Record<string, unknown> = {}): Promise<Manifest> {
  const m = await render(dir, {
    release: 'rel',
    namespace: 'aeterna',
    values: { metrics: { prometheusRule: { enabled: true, ...values } } },
    apiVersions: [PROMETHEUS_RULE_API],
  });
  return one(m, 'PrometheusRule');
}

/** Writes the rule's groups as a Prometheus rule file next to a copy of the promtool test file, and runs promtool. */
async function promtoolTest(rule: Manifest, name: string): Promise<{ check: number; test: number; output: string }> {
  const folder = await mkdtemp(path.join(work, `${name}-`));
  await writeFile(path.join(folder, 'rules.yaml'), stringify({ groups: get(rule, 'spec', 'groups') }));
  await copyFile(FIXTURE, path.join(folder, 'alerts_test.yaml'));
  const promtool = toolPath('promtool');
  const check = await run(promtool, ['check', 'rules', 'rules.yaml'], { cwd: folder });
  const test = await run(promtool, ['test', 'rules', 'alerts_test.yaml'], { cwd: folder });
  return { check: check.code, test: test.code, output: `${check.stdout}${check.stderr}${test.stdout}${test.stderr}` };
}

describe('alert rules', () => {
  it('are rendered only when the cluster serves PrometheusRule, unless forced', async () => {
    const values = { metrics: { prometheusRule: { enabled: true } } };
    expect(all(await render(dir, { values }), 'PrometheusRule')).toEqual([]);
    expect(
      all(await render(dir, { values: { metrics: { prometheusRule: { enabled: true, forceRender: true } } } }), 'PrometheusRule'),
    ).toHaveLength(1);
    expect(all(await render(dir, { apiVersions: [PROMETHEUS_RULE_API] }), 'PrometheusRule')).toEqual([]);
  });

  it('load in promtool, and each alert fires and stays quiet as the promtool tests expect', async () => {
    const r = await promtoolTest(await renderRule(), 'default');
    expect(r.output).toContain('SUCCESS: 4 rules found');
    expect({ check: r.check, test: r.test }, r.output).toEqual({ check: 0, test: 0 });
  });

  it('fail the promtool tests when an alert no longer fires where it should (a threshold raised past the synthetic errors)', async () => {
    const r = await promtoolTest(await renderRule({ errorRatioThreshold: 0.2 }), 'raised');
    expect(r.test).not.toBe(0);
    expect(r.output).toContain('alertname: AeternaHighErrorRatio');
  });
});

describe('every dashboard and alert expression', () => {
  let allowed: Set<string>;
  beforeAll(async () => {
    allowed = selectableNames(parseEmittedMetrics(await readFile(path.join(CHART_DIR, 'dashboards', 'emitted-metrics.yaml'), 'utf8')));
  });

  it('parses and selects only metrics the server emits', async () => {
    const dashboard = JSON.parse(await readFile(path.join(CHART_DIR, 'dashboards', 'aeterna.json'), 'utf8')) as {
      panels: Array<{ title: string; targets?: Array<{ expr: string }> }>;
    };
    const dashboardExprs = dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => ({ where: `panel "${p.title}"`, expr: t.expr })));
    const rules = get<Array<{ rules: Rule[] }>>(await renderRule(), 'spec', 'groups').flatMap((g) => g.rules);
    const ruleExprs = rules.map((r) => ({ where: `alert ${r.alert}`, expr: r.expr }));
    expect(dashboardExprs.length).toBeGreaterThan(20);
    expect(ruleExprs).toHaveLength(4);
    const problems = [...dashboardExprs, ...ruleExprs].flatMap(({ where, expr }) =>
      expressionProblems(expr, allowed).map((p) => `${where}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('are refused when they name a metric the server does not emit, or do not parse (self-check)', () => {
    expect(expressionProblems('sum(rate(memory_operations_total{job="x"}[5m]))', allowed)).toEqual([
      'memory_operations_total is not emitted by the server',
    ]);
    expect(expressionProblems('histogram_quantile(0.99, sum by (le) (rate(http_request_duration_ms_bucket[5m])))', allowed)).toEqual([
      'http_request_duration_ms_bucket is not emitted by the server',
    ]);
    expect(expressionProblems('sum(rate(http_requests_total[5m])', allowed)[0]).toMatch(/^does not parse/);
  });

  it('cover the tenant, sync, graph and knowledge families, and leave the probes out of request panels', async () => {
    const dashboard = JSON.parse(await readFile(path.join(CHART_DIR, 'dashboards', 'aeterna.json'), 'utf8')) as {
      panels: Array<{ targets?: Array<{ expr: string }> }>;
    };
    const exprs = dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr));
    for (const family of [
      'tenant_state',
      'tenant_state_transitions_total',
      'tenant_wiring_duration_seconds',
      'sync_cycles_total',
      'graph_consistency_divergences_total',
      'knowledge_promotion_requests_total',
    ]) {
      expect(
        exprs.some((e) => e.includes(family)),
        family,
      ).toBe(true);
    }
    for (const e of exprs.filter((x) => x.includes('http_request'))) expect(e, e).toContain('path!~"/health|/live|/ready"');
  });
});
