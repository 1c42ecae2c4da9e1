import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartCopyWithStandIns, removeChartCopy } from '../support/chart-copy';
import { DEPENDENCY_SCENARIOS } from '../support/scenarios';

// scripts/test/lint-chart.sh is what the chart-lint workflow runs; run it here on a chart copy with stand-ins so
// the workflow cannot rot unnoticed.
describe('scripts/test/lint-chart.sh', () => {
  let chart: string;
  beforeAll(async () => {
    chart = await chartCopyWithStandIns({ withUnitTests: false });
  });
  afterAll(() => removeChartCopy(chart));

  // defaults + every values-*.yaml preset + every dependency scenario, on the folder and on the archive
  const presets = readdirSync('charts/aeterna').filter((f) => /^values-.+\.yaml$/.test(f)).length;
  const expected = 2 * (1 + presets + DEPENDENCY_SCENARIOS.length);

  for (const major of ['3', '4']) {
    it(`lints the folder and the archive for defaults, presets and scenarios with Helm ${major}`, () => {
      const r = spawnSync('bash', ['scripts/test/lint-chart.sh'], {
        env: { ...process.env, CHART_DIR: chart, HELM_MAJOR: major },
        encoding: 'utf8',
        timeout: 240_000,
      });
      expect(r.status, r.stderr + r.stdout).toBe(0);
      expect(r.stdout).toContain(`lint-chart: ${expected} lints passed (helm ${major})`);
    });
  }

  it('fails when a values set does not lint', async () => {
    const { writeFile } = await import('node:fs/promises');
    const path = await import('node:path');
    await writeFile(path.join(chart, 'values-broken.yaml'), 'replicaCount: "two"\n');
    const r = spawnSync('bash', ['scripts/test/lint-chart.sh'], {
      env: { ...process.env, CHART_DIR: chart },
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr + r.stdout).toContain('replicaCount');
  });
});
