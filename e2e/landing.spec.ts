import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

test('the landing page shows install commands for this very site and links to the docs', async ({ page, baseURL }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aeterna on Kubernetes');
  // Computed from the origin the page is served from, not hard-coded.
  await expect(page.getByText(`helm repo add aeterna ${baseURL}/charts`)).toBeVisible();
  for (const name of ['Docs', 'Chart reference', 'Configurator']) {
    await expect(page.getByRole('link', { name: new RegExp(`^${name}`) }).first()).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);
});

test('the theme toggle switches to dark and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expectNoSeriousA11yViolations(page);
});

test('no repository notice when the served index lists the documented chart version', async ({ page }) => {
  const index = page.waitForResponse((r) => r.url().endsWith('/charts/index.yaml'));
  await page.goto('/');
  expect((await index).status()).toBe(200);
  await page.waitForTimeout(200); // let the island apply the answer
  // The notice is in the page, hidden, for the island to show.
  await expect(page.getByText('is not in this repository')).toBeHidden();
});

test('a notice with the fix when the served index lacks the documented chart version', async ({ page }) => {
  await page.route('**/charts/index.yaml', (route) =>
    route.fulfill({ status: 200, contentType: 'application/yaml', body: 'apiVersion: v1\nentries: {}\n' }),
  );
  await page.goto('/');
  const notice = page.getByRole('status').filter({ hasText: 'is not in this repository' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('AETERNA_SUBCHARTS_DIR');
  await expectNoSeriousA11yViolations(page);
});
