import { chromium } from '@playwright/test';
import { startNext } from './bench-baseline';
const server = await startNext('.', 3601, '/configure', { ...process.env, HELM_REPO_DIR: '/work/main/.cache/bench-helm-repo' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
async function edits(page: any, n: number) {
  return page.evaluate(async (n: number) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const out: (number | string)[] = [];
    const starts: number[] = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => { const i = starts.findLastIndex((t) => t <= e.startTime + 1); out.push(`LT edit${i}+${Math.round(e.startTime - starts[i]!)}:${Math.round(e.duration)}`); })).observe({ type: 'longtask' });
    for (let i = 0; i < n; i++) {
      const input = document.getElementById('values.service.port') as HTMLInputElement;
      out.push(await new Promise<number>((resolve) => setTimeout(() => { const t = performance.now(); starts.push(t); setter.call(input, String(7000 + i)); input.dispatchEvent(new Event('input', { bubbles: true })); resolve(Math.round(performance.now() - t)); })));
      await new Promise((r) => setTimeout(r, 300));
    }
    return out;
  }, n);
}
for (const mode of ['closed', 'open-now', 'open-wait']) {
  const page = await context.newPage(); page.on('console', (m) => console.log('console', m.text())); page.on('pageerror', (e) => console.log('pageerror', e.message)); page.on('worker', (w) => w.on('console', (m) => console.log('worker', m.text())));
  await page.goto('http://127.0.0.1:3601/configure');
  await page.waitForLoadState('networkidle');
  if (mode !== 'closed') {
    await page.getByRole('button', { name: /Show the manifests/ }).click();

    await page.getByTestId('manifests-summary').waitFor({ timeout: 60_000 });
    if (mode === 'open-wait') await page.waitForTimeout(3000);
  }
  console.log(mode, (await edits(page, 4)).join(' '));
  await page.close();
}
await browser.close(); server.stop();
