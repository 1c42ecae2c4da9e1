import { chromium } from '@playwright/test';
import { startNext } from './bench-baseline';
const server = await startNext('.', 3601, '/configure', { ...process.env, HELM_REPO_DIR: '/work/main/.cache/bench-helm-repo' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const context = await browser.newContext();
await context.addInitScript(() => {
  const W = Worker; (globalThis as any).__log = [];
  (globalThis as any).Worker = class extends W { constructor(u: string | URL, o?: WorkerOptions) { super(u, o); (globalThis as any).__log.push('new ' + u); const t = this.terminate.bind(this); this.terminate = () => { (globalThis as any).__log.push('terminate ' + new Error().stack?.split('\n').slice(1, 4).join(' / ')); t(); }; } };
});
const page = await context.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('http://127.0.0.1:3601/configure');
await page.waitForLoadState('networkidle');
await page.getByRole('button', { name: /Show the manifests/ }).click();
await page.waitForTimeout(6000);
console.log(await page.evaluate(() => (globalThis as any).__log.join('\n')));
console.log((await page.locator('#manifests-title').locator('..').innerText()).slice(-300));
await browser.close(); server.stop();
