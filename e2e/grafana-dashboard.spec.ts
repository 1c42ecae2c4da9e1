import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

const file = path.resolve('charts/aeterna/dashboards/aeterna.json');
const bytes = readFileSync(file);
const dashboard = JSON.parse(bytes.toString('utf8')) as { panels: { type: string; title: string; panels?: { title: string }[] }[] };
const titles = dashboard.panels.flatMap((p) => (p.type === 'row' ? (p.panels ?? []).map((x) => x.title) : [p.title]));

test('the dashboard served by the site is the chart file, byte for byte', async ({ request }) => {
  const res = await request.get('/dashboards/aeterna.json');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/json');
  expect(Buffer.compare(await res.body(), bytes)).toBe(0);
});

test('the guide offers the download, draws every panel with its data and lists the metrics of each', async ({ page }) => {
  await page.goto('/docs/grafana-dashboard');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download aeterna.json' }).click()]);
  expect(download.suggestedFilename()).toBe('aeterna.json');
  expect(Buffer.compare(readFileSync((await download.path())!), bytes)).toBe(0);

  const picture = page.getByRole('img', { name: /Grafana dashboard/ });
  await expect(picture).toBeVisible();
  const desc = await picture.locator('desc').textContent();
  for (const t of titles) expect(desc).toContain(t);
  expect(await picture.locator('rect').count()).toBe(titles.length);
  // Data, not a wireframe: lines in the time series panels, values in the stats, and no empty panel.
  expect(await picture.locator('polyline').count()).toBeGreaterThan(titles.length);
  await expect(picture.getByText('No data', { exact: true })).toHaveCount(0);
  const stats = dashboard.panels.filter((p) => p.type === 'stat');
  await expect(picture.locator('text[data-stat]')).toHaveCount(stats.length);
  await expect(picture.locator('text[data-stat]').first()).toHaveText(/^\d/);

  for (const t of titles) await expect(page.locator(`tr[data-panel-title="${t.replace(/"/g, '\\"')}"]`)).toHaveCount(1);
  await expect(page.locator('tr[data-panel-title="Requests per second"]').locator('td').nth(1)).toContainText('http_requests_total');
  await expect(page.getByText('grafanaDashboard.enabled').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
