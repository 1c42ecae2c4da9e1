/**
 * Budgets of the documentation pages, measured on the existing production build (`npx next build` first):
 *
 * 1. First-load JavaScript of /docs, /docs/[...slug] and /reference, gzip-compressed: at most 150 KB each.
 *    Next 16 lists each route's first-load chunks in .next/diagnostics/route-bundle-stats.json (uncompressed);
 *    each chunk is gzipped here (level 9, as servers and CDNs do) and summed.
 * 2. Lighthouse performance and accessibility >= 95 on the docs pages and the reference, with @lhci/cli
 *    (Debian Chromium, headless, no network calls home), Lighthouse's default mobile settings. Each URL is run
 *    BENCH_DOCS_RUNS times (default 3) and the median run (by performance) is reported: on a shared 2-core
 *    machine a single run's Total Blocking Time depends on what else is running.
 *
 * Env: BENCH_DOCS_PORT (default 3400), BENCH_DOCS_RUNS, BENCH_DOCS_SKIP_LIGHTHOUSE=1 to measure bundles only.
 * Prints every figure; exits 1 when one is over budget.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { waitForUrl } from './bench-support';

const JS_BUDGET_BYTES = 150 * 1000;
const SCORE_BUDGET = 95;
const ROUTES = ['/docs', '/docs/[...slug]', '/reference'];
const PAGES = ['/docs', '/docs/getting-started', '/docs/dependencies', '/docs/grafana-dashboard', '/docs/troubleshooting', '/reference'];
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync';

interface RouteStats {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}

let failures = 0;
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

function bundles(): void {
  const stats = JSON.parse(readFileSync('.next/diagnostics/route-bundle-stats.json', 'utf8')) as RouteStats[];
  console.log(`First-load JavaScript (gzip -9), budget ${kb(JS_BUDGET_BYTES)}:`);
  for (const route of ROUTES) {
    const r = stats.find((s) => s.route === route);
    if (!r) {
      console.log(`  ${route.padEnd(18)} MISSING from route-bundle-stats.json`);
      failures++;
      continue;
    }
    const gz = r.firstLoadChunkPaths.reduce((sum, p) => sum + gzipSync(readFileSync(p), { level: 9 }).length, 0);
    const ok = gz <= JS_BUDGET_BYTES;
    if (!ok) failures++;
    console.log(`  ${route.padEnd(18)} ${kb(gz).padStart(9)} gzip (${kb(r.firstLoadUncompressedJsBytes)} raw, ${r.firstLoadChunkPaths.length} chunks) ${ok ? 'ok' : 'OVER BUDGET'}`);
  }
}


async function lighthouse(): Promise<void> {
  const port = Number(process.env.BENCH_DOCS_PORT ?? 3400);
  const base = `http://127.0.0.1:${port}`;
  // The next binary itself (not npx, whose wrapper does not pass signals on), in its own process group.
  const server: ChildProcess = spawn(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  const out = mkdtempSync(path.join(os.tmpdir(), 'bench-docs-lhci-'));
  try {
    await waitForUrl(`${base}/docs`);
    const lhci = path.resolve('node_modules/.bin/lhci');
    const runs = Math.max(1, Number(process.env.BENCH_DOCS_RUNS ?? 3));
    const args = ['collect', '--no-lighthouserc', `--numberOfRuns=${runs}`, `--chromePath=${process.env.CHROME_PATH ?? '/usr/bin/chromium'}`];
    args.push(`--settings.chromeFlags=${CHROME_FLAGS}`, '--settings.onlyCategories=performance', '--settings.onlyCategories=accessibility');
    for (const p of PAGES) args.push(`--url=${base}${p}`);
    // lhci writes into ./.lighthouseci: run it in a scratch folder so parallel benches do not mix results.
    const r = spawnSync(lhci, args, { cwd: out, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } });
    if (r.status !== 0) throw new Error(`lhci collect exited with ${r.status}`);
    const dir = path.join(out, '.lighthouseci');
    const reports = readdirSync(dir)
      .filter((f) => /^lhr-.*\.json$/.test(f))
      .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as {
        finalDisplayedUrl?: string;
        requestedUrl: string;
        categories: Record<string, { score: number | null }>;
        audits: Record<string, { numericValue?: number }>;
      });
    const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
    console.log(`\nLighthouse ${SCORE_BUDGET}+ (performance, accessibility), mobile defaults, median of ${runs} run(s).`);
    console.log(`  Load average ${load} on ${os.cpus().length} CPUs: Lighthouse scales the main-thread time it observes, so TBT and`);
    console.log('  the performance score drop when other work shares the machine.');
    for (const p of PAGES) {
      const mine = reports
        .filter((x) => new URL(x.requestedUrl).pathname === p)
        .sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
      const rep = mine[Math.floor((mine.length - 1) / 2)];
      if (!rep) {
        console.log(`  ${p.padEnd(26)} no report`);
        failures++;
        continue;
      }
      const perf = Math.round((rep.categories.performance?.score ?? 0) * 100);
      const a11y = Math.round((rep.categories.accessibility?.score ?? 0) * 100);
      const lcp = rep.audits['largest-contentful-paint']?.numericValue ?? NaN;
      const tbt = rep.audits['total-blocking-time']?.numericValue ?? NaN;
      const ok = perf >= SCORE_BUDGET && a11y >= SCORE_BUDGET;
      if (!ok) failures++;
      console.log(
        `  ${p.padEnd(26)} performance ${String(perf).padStart(3)}  accessibility ${String(a11y).padStart(3)}  (LCP ${Math.round(lcp)} ms, TBT ${Math.round(tbt)} ms) ${ok ? 'ok' : 'BELOW BUDGET'}`,
      );
    }
  } finally {
    if (server.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
    rmSync(out, { recursive: true, force: true });
  }
}

bundles();
if (process.env.BENCH_DOCS_SKIP_LIGHTHOUSE !== '1') {
  await lighthouse().catch((e: unknown) => {
    console.error(`Lighthouse could not run: ${e instanceof Error ? e.message : String(e)}`);
    failures++;
  });
}
process.exit(failures ? 1 : 0);
