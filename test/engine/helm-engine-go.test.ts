import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '@/lib/tools/run';
import { chartCopyWithStandIns, helmPackage, removeChartCopy, REPO_ROOT } from '../support/chart-copy';

// The engine keeps the loaded chart and the compiled schemas between renders (helm-engine/cache.go). Helm mutates a
// chart while it renders (dependencies disabled per values), so helm-engine/render_test.go renders a sequence of
// values on one kept chart and on fresh engines and compares them. It runs natively (go test), on the chart packaged
// as the site packages it; -v, so that a skipped Go test (no archive) cannot pass here.
describe('helm-engine: a kept chart renders as a fresh one', () => {
  let chart: string;
  let archive: string;
  beforeAll(async () => {
    chart = await chartCopyWithStandIns({ withUnitTests: false });
    archive = await helmPackage(chart);
  });
  afterAll(async () => {
    if (chart) await removeChartCopy(chart);
  });

  it('bundled, external, bundled again, refused and default values on one loaded chart equal fresh renders', async () => {
    const r = await run('go', ['test', '-v', '-count=1', '-run', '^TestKeptChartRendersAsAFreshOne$', '.'], {
      cwd: path.join(REPO_ROOT, 'helm-engine'),
      env: { ...process.env, HELM_ENGINE_ARCHIVE: archive, GOFLAGS: '-mod=readonly' },
      timeoutMs: 900_000,
    });
    const out = `${r.stdout}\n${r.stderr}`;
    expect(out, out).toContain('--- PASS: TestKeptChartRendersAsAFreshOne');
    expect(r.code, out).toBe(0);
  }, 900_000);
});
