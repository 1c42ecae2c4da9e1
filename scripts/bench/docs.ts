/**
 * Budgets of the documentation pages, measured on the existing production build (`npx next build` first), each
 * next to the baseline (a bare page of the same Next.js version, scripts/bench/baseline.ts) from the same run:
 *
 * 1. First-load JavaScript of each docs page and /reference, gzip-compressed: at most 100 KB each (bytes do not
 *    depend on the machine: an absolute budget). Measured from what the served HTML loads (its <script src> and
 *    modulepreload links, fetched and gzipped at level 9 as servers and CDNs do), not from the build's route
 *    stats, which list framework chunks even for a page that ships none (unstable_runtimeJS: false).
 * 2. Lighthouse performance and accessibility >= 95 on the docs pages and the reference, and Total Blocking Time
 *    at most 1.5x the baseline page's, with @lhci/cli (Debian Chromium, headless, no network calls home),
 *    Lighthouse's default mobile settings. Each URL is run BENCH_DOCS_RUNS times (default 3) and the median run
 *    (by performance) is reported.
 *
 * Env: BENCH_DOCS_PORT (default 3400), BENCH_DOCS_RUNS, BENCH_DOCS_SKIP_LIGHTHOUSE=1 to measure bundles only.
 * Prints every figure; exits 1 when one is over budget.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBaselineBuild, loadAverage, ratio, startNext, BASELINE_DIR } from './baseline';

const JS_BUDGET_BYTES = 100 * 1000;
const TBT_BUDGET_RATIO = 1.5;
const SCORE_BUDGET = 95;
const PAGES = ['/docs', '/docs/getting-started', '/docs/dependencies', '/docs/grafana-dashboard', '/docs/troubleshooting', '/reference'];
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync';

let failures = 0;
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

const gzipBytes = (buffers: Buffer[]) => buffers.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);

/** The JavaScript a page loads before any interaction: every <script src> and modulepreload of its HTML. */
async function firstLoadJs(pageUrl: string): Promise<{ gz: number; raw: number; files: number }> {
  const html = await (await fetch(pageUrl)).text();
  const srcs = [
    // A nomodule script (Next's polyfills) is never fetched by a browser that runs modules.
    ...[...html.matchAll(/<script\b[^>]*>/g)]
      .filter((m) => !/\bnomodule\b/i.test(m[0]))
      .map((m) => /\bsrc="([^"]+)"/.exec(m[0])?.[1])
      .filter((src): src is string => !!src),
    ...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
  ];
  const bodies = await Promise.all(
    [...new Set(srcs)].map(async (src) => Buffer.from(await (await fetch(new URL(src, pageUrl))).arrayBuffer())),
  );
  return { gz: gzipBytes(bodies), raw: bodies.reduce((n, b) => n + b.length, 0), files: bodies.length };
}

async function bundles(site: string, baseline: string): Promise<void> {
  const base = await firstLoadJs(`${baseline}/`);
  console.log(`First-load JavaScript (gzip -9), budget ${kb(JS_BUDGET_BYTES)}; baseline (bare Next.js page) ${kb(base.gz)}:`);
  for (const p of PAGES) {
    const r = await firstLoadJs(`${site}${p}`);
    const ok = r.gz <= JS_BUDGET_BYTES;
    if (!ok) failures++;
    console.log(
      `  ${p.padEnd(26)} ${kb(r.gz).padStart(9)} gzip (${kb(r.raw)} raw, ${r.files} files, ${ratio(r.gz, base.gz)}) ${ok ? 'ok' : 'OVER BUDGET'}`,
    );
  }
}

interface Report {
  requestedUrl: string;
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

/** The median run (by performance score) of one URL. */
function median(reports: Report[], url: string): Report | undefined {
  const mine = reports
    .filter((x) => x.requestedUrl === url)
    .sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
  return mine[Math.floor((mine.length - 1) / 2)];
}

async function main(): Promise<void> {
  const port = Number(process.env.BENCH_DOCS_PORT ?? 3400);
  const site = await startNext('.', port, '/docs');
  const baseline = await startNext(BASELINE_DIR, port + 1).catch((e: unknown) => {
    site.stop();
    throw e;
  });
  try {
    await bundles(site.url, baseline.url);
    if (process.env.BENCH_DOCS_SKIP_LIGHTHOUSE !== '1') await lighthouse(site, baseline);
  } finally {
    site.stop();
    baseline.stop();
  }
}

async function lighthouse(site: { url: string }, baseline: { url: string }): Promise<void> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'bench-docs-lhci-'));
  try {
    const lhci = path.resolve('node_modules/.bin/lhci');
    const runs = Math.max(1, Number(process.env.BENCH_DOCS_RUNS ?? 3));
    const baselineUrl = `${baseline.url}/`;
    const args = [
      'collect',
      '--no-lighthouserc',
      `--numberOfRuns=${runs}`,
      `--chromePath=${process.env.CHROME_PATH ?? '/usr/bin/chromium'}`,
    ];
    args.push(`--settings.chromeFlags=${CHROME_FLAGS}`, '--settings.onlyCategories=performance', '--settings.onlyCategories=accessibility');
    // The baseline first and last, so that a machine getting busier during the run shows in its two figures.
    for (const u of [baselineUrl, ...PAGES.map((p) => `${site.url}${p}`)]) args.push(`--url=${u}`);
    const loadBefore = loadAverage();
    // lhci writes into ./.lighthouseci: run it in a scratch folder so parallel benches do not mix results.
    const r = spawnSync(lhci, args, {
      cwd: out,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    });
    if (r.status !== 0) throw new Error(`lhci collect exited with ${r.status}`);
    const loadAfter = loadAverage();
    const dir = path.join(out, '.lighthouseci');
    const reports = readdirSync(dir)
      .filter((f) => /^lhr-.*\.json$/.test(f))
      .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Report);
    const base = median(reports, baselineUrl);
    if (!base) throw new Error('no Lighthouse report for the baseline page');
    const baseTbt = base.audits['total-blocking-time']?.numericValue ?? NaN;
    const basePerf = Math.round((base.categories.performance?.score ?? 0) * 100);
    console.log(
      `\nLighthouse ${SCORE_BUDGET}+ (performance, accessibility) and TBT <= ${TBT_BUDGET_RATIO}x the baseline's; mobile defaults, median of ${runs} run(s).`,
    );
    console.log(`  Load average ${loadBefore} before, ${loadAfter} after.`);
    console.log(
      `  ${'baseline (bare Next.js page)'.padEnd(30)} performance ${String(basePerf).padStart(3)}  (LCP ${Math.round(base.audits['largest-contentful-paint']?.numericValue ?? NaN)} ms, TBT ${Math.round(baseTbt)} ms)`,
    );
    for (const p of PAGES) {
      const rep = median(reports, `${site.url}${p}`);
      if (!rep) {
        console.log(`  ${p.padEnd(30)} no report`);
        failures++;
        continue;
      }
      const perf = Math.round((rep.categories.performance?.score ?? 0) * 100);
      const a11y = Math.round((rep.categories.accessibility?.score ?? 0) * 100);
      const lcp = rep.audits['largest-contentful-paint']?.numericValue ?? NaN;
      const tbt = rep.audits['total-blocking-time']?.numericValue ?? NaN;
      // A page with no blocking time at all is within any multiple of the baseline's.
      const tbtOk = tbt === 0 || tbt <= TBT_BUDGET_RATIO * baseTbt;
      const ok = perf >= SCORE_BUDGET && a11y >= SCORE_BUDGET && tbtOk;
      if (!ok) failures++;
      console.log(
        `  ${p.padEnd(30)} performance ${String(perf).padStart(3)}  accessibility ${String(a11y).padStart(3)}  (LCP ${Math.round(lcp)} ms, TBT ${Math.round(tbt)} ms, ${ratio(tbt, baseTbt)}) ${ok ? 'ok' : 'BELOW BUDGET'}`,
      );
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

ensureBaselineBuild();
await main().catch((e: unknown) => {
  console.error(`The docs bench could not run: ${e instanceof Error ? e.message : String(e)}`);
  failures++;
});
process.exit(failures ? 1 : 0);
