/**
 * Runs the chart's helm-unittest suites (charts/aeterna/tests/*_test.yaml) with the pinned helm-unittest, on a copy
 * of the chart that has the stand-in subcharts. The suites cover what needs helm-unittest's fakes: passwords kept
 * across upgrades and IngressClass detection (kubernetesProvider fakes the objects `lookup` finds), NOTES.txt, and
 * Capabilities-dependent rendering.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { toolPath } from '../../lib/tools/bin';
import { run } from '../../lib/tools/run';
import { CHART_DIR, chartCopyWithStandIns, removeChartCopy } from '../support/chart-copy';

let dir: string;
beforeAll(async () => {
  dir = await chartCopyWithStandIns();
});
afterAll(async () => {
  if (dir) await removeChartCopy(dir);
});

it('passes every helm-unittest suite', async () => {
  const { code, stdout, stderr } = await run(toolPath('helm-unittest'), ['-f', 'tests/*_test.yaml', '--color=false', dir], {
    timeoutMs: 600_000,
  });
  const output = `${stdout}${stderr}`;
  const suites = (await readdir(path.join(CHART_DIR, 'tests'))).filter((f) => f.endsWith('_test.yaml')).length;
  expect(output, output).toMatch(new RegExp(String.raw`Test Suites:\s+${suites} passed, ${suites} total`));
  expect(output, output).toMatch(/Tests:\s+(\d+) passed, \1 total/);
  expect(code, output).toBe(0);
});
