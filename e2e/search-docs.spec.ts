import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const schema = JSON.parse(readFileSync(path.resolve('charts/aeterna/values.schema.json'), 'utf8'));

test('search finds a value by its exact path and opens its reference entry', async ({ page }) => {
  await page.goto('/docs');
  await page.getByRole('searchbox', { name: 'Search docs and values' }).fill('externalPostgresql.tls.sslMode');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link').first()).toHaveAttribute('href', '/reference#externalPostgresql.tls.sslMode');
  await results.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/reference#externalPostgresql\.tls\.sslMode$/);
  await expect(page.locator('[id="externalPostgresql.tls.sslMode"]')).toBeInViewport();
});

test('search finds a value by a word of its description', async ({ page }) => {
  // The longest word of the schema's own description of waitForDependencies.enabled.
  const description: string = schema.properties.waitForDependencies.properties.enabled.description;
  const word = description.split(/[^A-Za-z_]+/).sort((a, b) => b.length - a.length)[0]!;
  await page.goto('/reference');
  await page.getByRole('searchbox', { name: 'Search docs and values' }).fill(word);
  await expect(
    page.getByRole('list', { name: 'Search results' }).locator('a[href="/reference#waitForDependencies.enabled"]'),
  ).toBeVisible();
});

test('search finds docs sections and works offline from the built index', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await page.goto('/docs/getting-started');
  const [index] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/search-index.json')),
    page.getByRole('searchbox', { name: 'Search docs and values' }).fill('cert-manager'),
  ]);
  expect(index.status()).toBe(200);
  await expect(page.getByRole('list', { name: 'Search results' }).locator('a[href^="/docs/networking"]').first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search docs and values' }).fill('zzzzqqq');
  await expect(page.getByText('No results for “zzzzqqq”.')).toBeVisible();
  expect(foreign).toEqual([]);
});

test('the search index is not part of the first load', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(r.url()));
  await page.goto('/docs/security');
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((u) => u.includes('search-index'))).toEqual([]);
});

test('search works from the keyboard: Enter opens the first hit, arrows move through hits', async ({ page }) => {
  await page.goto('/docs/security');
  const box = page.getByRole('searchbox', { name: 'Search docs and values' });
  await box.fill('ingress.className');
  const first = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
  await expect(first).toHaveAttribute('href', '/reference#ingress.className');
  await box.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await box.press('Enter');
  await expect(page).toHaveURL(/\/reference#ingress\.className$/);
});
