import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; description?: string; [k: string]: unknown };
const schema = JSON.parse(readFileSync(path.resolve('charts/aeterna/values.schema.json'), 'utf8')) as Schema;

function resolve(s: Schema): Schema {
  if (!s.$ref?.startsWith('#/')) return s;
  const target = s.$ref
    .slice(2)
    .split('/')
    .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], schema) as Schema;
  return { ...resolve(target), ...s, $ref: undefined };
}

/** Every key of the schema, read straight from the chart (not from the site's own walker). */
function schemaPaths(s: Schema, prefix = ''): string[] {
  const r = resolve(s);
  return Object.entries(r.properties ?? {}).flatMap(([k, child]) => {
    const p = prefix ? `${prefix}.${k}` : k;
    const c = resolve(child);
    const items = c.items ? resolve(c.items) : undefined;
    return [p, ...schemaPaths(c, p), ...(items?.properties ? schemaPaths(items, `${p}[]`) : [])];
  });
}

const paths = schemaPaths(schema);

test('the reference lists every key of values.schema.json with its own anchor', async ({ page }) => {
  await page.goto('/reference');
  const ids = new Set(await page.locator('[data-ref-entry]').evaluateAll((els) => els.map((e) => e.id)));
  expect(paths.length).toBeGreaterThan(50);
  expect(paths.filter((p) => !ids.has(p))).toEqual([]);
  await expect(page.getByText(`${paths.length} values`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a value shows its path, type, default and description, and its anchor scrolls to it', async ({ page }) => {
  await page.goto('/reference#redis.enabled');
  const entry = page.locator('[id="redis.enabled"]');
  await expect(entry).toBeInViewport();
  await expect(entry.getByRole('heading', { name: 'redis.enabled' })).toBeVisible();
  await expect(entry).toContainText('boolean');
  await expect(entry).toContainText(String(resolve(schema.properties!.redis!).properties!.enabled!.description ?? ''));
  await expect(entry.locator('dd').nth(1)).toHaveText('true');
  // Back to the docs that explain it (links written in content/docs).
  await entry
    .getByRole('link', { name: /^Dependencies/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/docs\/dependencies/);
});

test('the filter narrows the list as you type, by path or by words', async ({ page }) => {
  await page.goto('/reference');
  const filter = page.getByRole('searchbox', { name: 'Filter values' });
  await filter.fill('externalRedis.host');
  await expect(page.locator('[id="externalRedis.host"]')).toBeVisible();
  await expect(page.locator('[id="image.registry"]')).toBeHidden();
  await expect(page.getByText(/^1 of \d+ values$/)).toBeVisible();
  await filter.fill('redis host');
  await expect(page.locator('[id="externalRedis.host"]')).toBeVisible();
  await expect(page.locator('[id="postgresql.enabled"]')).toBeHidden();
  await filter.fill('');
  await expect(page.locator('[id="image.registry"]')).toBeVisible();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expectNoSeriousA11yViolations(page);
});

test('every served version has its reference at a stable URL, and what changed between versions is one page', async ({ page }) => {
  await page.goto('/reference');
  const versions = page.getByTestId('reference-versions');
  await expect(versions).toContainText('0.2.0 (newest)');
  await versions.getByRole('link', { name: '0.1.0' }).click();
  await expect(page).toHaveURL(/\/reference\/0\.1\.0\/?$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chart reference 0.1.0');
  // 0.1.0's own values, with their anchors: aeterna.logFormat existed then.
  await expect(page.locator('[id="aeterna.logFormat"]')).toHaveCount(1);
  await expect(page.locator('[id="auth.mode"]')).toHaveCount(0);
  await page.goto('/reference/changes');
  const pair = page.getByTestId('changes-0.1.0-0.2.0');
  await expect(pair.getByTestId('changed-defaults')).toContainText('qdrant.enabled: true → false');
  await expect(pair.getByTestId('removed-values')).toContainText('aeterna.logFormat');
  await expect(pair.getByTestId('added-values')).toContainText('auth.authorization.backend');
});
