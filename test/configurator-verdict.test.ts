/**
 * Same verdict as helm: every values file of the corpus (and the chart's presets) is accepted or refused by the
 * configurator's validation exactly when `helm template` (stand-in subcharts) accepts or refuses it, with Helm 4
 * and with Helm 3 (which most users still run).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartSchemaWithRules as schema } from '@/lib/rules/chart-rules';
import * as precompiled from '@/lib/schema/generated/chart-validators.js';
import * as precompiledRules from '@/lib/schema/generated/chart-rules.js';
import { templateRuleIssues } from '@/lib/schema/template-rules';
import { createValuesValidator } from '@/lib/schema/validate';
import { verdictForValuesFile } from './support/verdict';
import { parseValuesYaml } from '@/lib/values/yaml-document';

// The configurator judges `helm upgrade --install`, which reads the cluster; helm template cannot, and would refuse
// to generate the Secrets that must never change (templates/_generated-secrets.tpl) without this explicit choice.
const PREVIEW = ['--set', 'generatedSecrets.withoutCluster=generate'];
import { presetFiles } from '@/lib/chart/files';
import { CHART_DIR, chartCopyWithStandIns, helm, mapLimit, removeChartCopy } from './support/chart-copy';

const CORPUS = path.join(process.cwd(), 'test', 'fixtures', 'values-corpus');

interface Case {
  name: string;
  file: string;
  expected: 'accept' | 'reject';
}

function corpus(): Case[] {
  const cases: Case[] = [];
  for (const [folder, expected] of [
    ['valid', 'accept'],
    ['invalid', 'reject'],
  ] as const) {
    for (const f of readdirSync(path.join(CORPUS, folder)).sort()) {
      if (f.endsWith('.yaml')) cases.push({ name: `${folder}/${f}`, file: path.join(CORPUS, folder, f), expected });
    }
  }
  for (const { file } of presetFiles()) cases.push({ name: `chart preset ${file}`, file: path.join(CHART_DIR, file), expected: 'accept' });
  return cases;
}

const defaults = parseValuesYaml(readFileSync(path.join(CHART_DIR, 'values.yaml'), 'utf8'));
if (!defaults.ok) throw new Error('charts/aeterna/values.yaml does not parse');
// The precompiled validators the page ships, the rules' module included (lib/schema/generated.test.ts checks they match the schema).
const validator = createValuesValidator(schema as Record<string, unknown>, defaults.values, {
  ...precompiled,
  ...precompiledRules,
  templateRules: templateRuleIssues,
});

describe('configurator verdict equals helm template', () => {
  const cases = corpus();
  const helmVerdicts = new Map<string, { accepted: boolean; output: string }>();
  const helm3Verdicts = new Map<string, { accepted: boolean; output: string }>();
  /** What the chart's templates say about each file (schema validation skipped): the lines of its VALUES VALIDATION error. */
  const templateMessages = new Map<string, string[]>();
  let chart = '';

  beforeAll(async () => {
    chart = await chartCopyWithStandIns({ withUnitTests: false });
    await mapLimit(cases, 2, async (c) => {
      const r = await helm(['template', 'verdict', chart, '--namespace', 'aeterna', ...PREVIEW, '-f', c.file], { check: false });
      helmVerdicts.set(c.name, { accepted: r.code === 0, output: (r.stderr || r.stdout).trim().split('\n').slice(-6).join('\n') });
      // Helm 3 built with `go install` assumes Kubernetes 1.20 unless told (see stack notes).
      const r3 = await helm(
        ['template', 'verdict', chart, '--namespace', 'aeterna', '--kube-version', '1.29.0', ...PREVIEW, '-f', c.file],
        {
          bin: 'helm3',
          check: false,
        },
      );
      helm3Verdicts.set(c.name, { accepted: r3.code === 0, output: (r3.stderr || r3.stdout).trim().split('\n').slice(-6).join('\n') });
      const t = await helm(['template', 'verdict', chart, '--namespace', 'aeterna', '--skip-schema-validation', ...PREVIEW, '-f', c.file], {
        check: false,
      });
      templateMessages.set(
        c.name,
        t.stderr
          .split('\n')
          .filter((l) => l.startsWith('- '))
          .map((l) => l.slice(2).trim()),
      );
    });
  });

  afterAll(async () => {
    if (chart) await removeChartCopy(chart);
  });

  it('has a corpus covering both verdicts', () => {
    expect(cases.filter((c) => c.expected === 'accept').length).toBeGreaterThan(5);
    expect(cases.filter((c) => c.expected === 'reject').length).toBeGreaterThan(20);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const h = helmVerdicts.get(c.name)!;
    const ours = verdictForValuesFile(readFileSync(c.file, 'utf8'), validator);
    const summary = `helm: ${h.accepted ? 'accept' : 'reject'} (${h.output.slice(0, 600)})\nconfigurator: ${ours.accepted ? 'accept' : 'reject'} (${ours.messages.join(' | ')})`;
    expect(h.accepted ? 'accept' : 'reject', `the file is in the wrong folder for helm's verdict\n${summary}`).toBe(c.expected);
    expect(ours.accepted, summary).toBe(h.accepted);
    const h3 = helm3Verdicts.get(c.name)!;
    expect(h3.accepted, `Helm 3 disagrees with Helm 4: ${h3.output.slice(0, 600)}`).toBe(h.accepted);
    // The configurator says what the chart says: every message the templates stop with, word for word (values of
    // the wrong type make the templates' checks meaningless, so those files are judged by their verdict only).
    if (!ours.typeErrors) for (const m of templateMessages.get(c.name)!) expect(ours.messages, `the chart says "${m}"`).toContain(m);
  });
});
