/**
 * `npm run bench`: every budget named in the issues, measured on a production build, figures printed.
 * Runs `next build` first unless BENCH_SKIP_BUILD=1 (when a fresh build is already there).
 * Budgets are reported, not enforced by unit tests; a bench exits non-zero when a figure is over its budget.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const benches = ['scripts/bench/docs.ts', 'scripts/bench/configurator.ts', 'scripts/bench/manifests.ts'];

if (process.env.BENCH_SKIP_BUILD !== '1') {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let failed = 0;
for (const b of benches) {
  if (!existsSync(b)) {
    console.error(`[bench] ${b} is missing`);
    failed++;
    continue;
  }
  console.log(`\n[bench] ${b}`);
  const r = spawnSync('npx', ['tsx', b], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
