/**
 * The bench's baseline: a bare App Router page of the same Next.js version with no client JavaScript of ours
 * (scripts/bench/baseline-app/), built into .cache/bench-baseline and served next to the site during a bench run.
 * Figures that depend on the machine (Lighthouse's Total Blocking Time, time to interactive) are compared to the
 * baseline's from the same run, so that they mean the same on a fast laptop and a loaded 2-core CI box.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { waitForUrl } from './support';

const SOURCE = path.resolve('scripts/bench/baseline-app');
export const BASELINE_DIR = path.resolve('.cache/bench-baseline');

function sourceHash(): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else h.update(p.slice(SOURCE.length)).update(readFileSync(p));
    }
  };
  walk(SOURCE);
  h.update(JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')).version as string);
  return h.digest('hex').slice(0, 16);
}

/** Builds the baseline once per source change (about 10-20 s). */
export function ensureBaselineBuild(): void {
  const stamp = path.join(BASELINE_DIR, '.built');
  const hash = sourceHash();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  mkdirSync(BASELINE_DIR, { recursive: true });
  cpSync(SOURCE, BASELINE_DIR, { recursive: true });
  console.log('[bench] building the baseline page (bare Next.js) in .cache/bench-baseline');
  const r = spawnSync(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build'], {
    cwd: BASELINE_DIR,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) throw new Error(`next build of the baseline exited with ${r.status}`);
  writeFileSync(stamp, hash);
}

/** First-load chunk paths of a route in a Next build folder (Next 16 writes them in its diagnostics). */
export function firstLoadChunks(projectDir: string, route: string): { paths: string[]; rawBytes: number } {
  const stats = JSON.parse(readFileSync(path.join(projectDir, '.next/diagnostics/route-bundle-stats.json'), 'utf8')) as Array<{
    route: string;
    firstLoadUncompressedJsBytes: number;
    firstLoadChunkPaths: string[];
  }>;
  const r = stats.find((s) => s.route === route);
  if (!r) throw new Error(`${route} is missing from ${projectDir}/.next/diagnostics/route-bundle-stats.json`);
  return { paths: r.firstLoadChunkPaths.map((p) => path.resolve(projectDir, p)), rawBytes: r.firstLoadUncompressedJsBytes };
}

/** `next start` of a built project on a loopback port, in its own process group; resolves when it answers. */
export async function startNext(
  projectDir: string,
  port: number,
  probePath = '/',
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ url: string; stop(): void }> {
  const server: ChildProcess = spawn(
    process.execPath,
    [path.resolve('node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: projectDir,
      stdio: 'ignore',
      detached: true,
      env,
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  try {
    await waitForUrl(`${url}${probePath}`);
  } catch (e) {
    stop();
    throw e;
  }
  return { url, stop };
}

/**
 * Milliseconds from navigation start until React has hydrated the element `selector` (it carries React's props):
 * the page answers input from then on.
 */
export async function timeToHydrated(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(
    (sel) =>
      new Promise<number>((resolve) => {
        const check = () => {
          const el = document.querySelector(sel);
          if (el && Object.keys(el).some((k) => k.startsWith('__reactProps$'))) resolve(performance.now());
          else setTimeout(check, 5);
        };
        check();
      }),
    selector,
  );
}

/** The 1-minute load average, for the figures' context. */
export function loadAverage(): string {
  return `${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} CPUs`;
}

/** "x.xx× baseline" */
export function ratio(value: number, baseline: number): string {
  return baseline > 0 ? `${(value / baseline).toFixed(2)}× baseline` : 'baseline 0';
}
