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
