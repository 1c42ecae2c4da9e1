import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startNext } from './bench-baseline';
const server = await startNext('.', 3601, '/configure', { ...process.env, HELM_REPO_DIR: '/work/main/.cache/bench-helm-repo' });
const dir = mkdtempSync(path.join(os.tmpdir(), 'profile-'));
const context = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', viewport: { width: 1400, height: 1000 }, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
for (let i = 0; i < 4; i++) {
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:3601/configure');
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: /Show the manifests/ }).click();
  await page.getByTestId('manifests-summary').waitFor({ timeout: 60_000 });
  
  await page.waitForTimeout(i === 0 ? Number(process.env.SETTLE ?? 5000) : 500);
  console.log(i, await page.evaluate(() => performance.getEntriesByType('measure').map((e) => `${e.name.slice(13)} ${Math.round(e.duration)}`).join(', ')));
  await page.close();
}
await context.close(); server.stop();
