/**
 * A refused install says why, wherever it is refused: for every rule of validation-rules.json, plain
 * `helm template`, `helm install --dry-run=client` and `helm lint -f`, with Helm 4 and Helm 3, print the rule's own
 * message (every rule the file breaks, not only the first) and exit non-zero; no refusal prints only Helm's
 * anonymous "false schema" or "'allOf' failed". Helm 3's `install --dry-run=client` still asks a cluster for its
 * version, so it and `helm upgrade` (both Helm versions) run against the test API server in
 * test/cluster/refusals.test.ts.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { chartCopyWithStandIns, helm, mapLimit, removeChartCopy, type HelmBin } from '../support/chart-copy';
import { RULE_CASES, TEMPLATE_ONLY_CASES, caseMessage, type RuleCase } from '../support/rule-cases';

const BINS: HelmBin[] = ['helm', 'helm3'];

/** The ways a values file is checked without a cluster (Helm 3's client dry run needs one, see above). */
function commands(chart: string, file: string, bin: HelmBin): { name: string; args: string[] }[] {
  return [
    { name: 'template', args: ['template', 'refused', chart, '-f', file] },
    ...(bin === 'helm' ? [{ name: 'install --dry-run=client', args: ['install', 'refused', chart, '--dry-run=client', '-f', file] }] : []),
    { name: 'lint -f', args: ['lint', chart, '-f', file] },
  ];
}

/**
 * Whether helm's output holds the message. Helm 4's lint logs the message as a quoted Go string (`\"` for a
 * quote), as it does every template's fail; everything else prints it as written.
 */
function says(output: string, message: string): boolean {
  return output.includes(message) || output.includes(JSON.stringify(message).slice(1, -1));
}

let chart = '';
let work = '';

beforeAll(async () => {
  chart = await chartCopyWithStandIns({ withUnitTests: false });
  work = path.dirname(chart);
});
afterAll(async () => {
  if (chart) await removeChartCopy(chart);
});

async function valuesFile(name: string, values: unknown): Promise<string> {
  const file = path.join(work, `${name}.yaml`);
  await writeFile(file, stringify(values));
  return file;
}

describe('every rule’s message on the helm command line (Helm 4 and Helm 3)', () => {
  it('template, install --dry-run=client and lint -f refuse each rule’s case with exactly its message', async () => {
    const cases: RuleCase[] = [...RULE_CASES, ...TEMPLATE_ONLY_CASES];
    const runs = (await Promise.all(cases.map(async (c, i) => ({ c, file: await valuesFile(`case-${i}-${c.rule}`, c.values) })))).flatMap(
      ({ c, file }) => BINS.flatMap((bin) => commands(chart, file, bin).map((cmd) => ({ c, bin, cmd }))),
    );
    const problems = (
      await mapLimit(runs, 4, async ({ c, bin, cmd }) => {
        const r = await helm(cmd.args, { bin, check: false });
        const output = `${r.stdout}\n${r.stderr}`;
        const what = `${bin} ${cmd.name} (${c.rule}${c.args ? ` ${c.args[0]}` : ''})`;
        const out: string[] = [];
        if (r.code === 0) out.push(`${what}: exited 0`);
        const said = c.helmSays ? c.helmSays.test(output) : says(output, caseMessage(c));
        if (!said) out.push(`${what}: the rule's message is missing from:\n${output.slice(0, 800)}`);
        if (/false schema|'allOf' failed/.test(output)) out.push(`${what}: still prints Helm's anonymous schema refusal`);
        return out;
      })
    ).flat();
    expect(runs.length).toBe(cases.length * 5);
    expect(problems).toEqual([]);
  });

  it('a file that breaks three rules gets all three messages, on one refusal, from every command', async () => {
    const file = await valuesFile('three-rules', {
      externalRedis: { host: 'redis.example' },
      aeterna: { kms: { provider: 'aws' } },
      auth: { mode: 'plugin' },
    });
    const expected = ['redis-both', 'kms-aws-without-key', 'plugin-auth-without-github'].map((rule) => caseMessage({ rule, values: {} }));
    for (const bin of BINS) {
      for (const cmd of commands(chart, file, bin)) {
        const r = await helm(cmd.args, { bin, check: false });
        const output = `${r.stdout}\n${r.stderr}`;
        expect(r.code, `${bin} ${cmd.name}`).not.toBe(0);
        for (const m of expected) expect(says(output, m), `${bin} ${cmd.name} says "${m}"\n${output}`).toBe(true);
      }
    }
    // Helm's template error lists them as one block, a line each.
    const r = await helm(['template', 'refused', chart, '-f', file], { check: false });
    expect(r.stderr).toContain(`VALUES VALIDATION:\n- ${expected.join('\n- ')}\n`);
  });

  it('type and unknown-key errors keep Helm’s own field path (the schema still checks them first)', async () => {
    const file = await valuesFile('typos', { replicaCount: '3', replicaCont: 2 });
    for (const bin of BINS) {
      const r = await helm(['template', 'refused', chart, '-f', file], { bin, check: false });
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain("values don't meet the specifications of the schema");
      expect(r.stderr).toMatch(/at '\/replicaCount': got string, want integer/);
      expect(r.stderr).toMatch(/at '': additional properties 'replicaCont' not allowed/);
      expect(r.stderr).not.toContain('VALUES VALIDATION');
    }
  });

  it('the chart defaults pass helm lint, without a validation message', async () => {
    for (const bin of BINS) {
      const r = await helm(['lint', chart], { bin, check: false });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout + r.stderr).not.toContain('VALUES VALIDATION');
    }
  });
});
