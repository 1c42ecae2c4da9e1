import { expect, test, type Page } from '@playwright/test';
import { editorText, field, openFresh } from './support/configurator';

/** Presses Tab until `target` has the focus (at most `max` times); fails otherwise. */
async function tabTo(page: Page, isTarget: () => Promise<boolean>, max = 800): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await isTarget()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached the target with Tab');
}

test('keyboard only: choose external Redis, type its host, fix it from the error list, download', async ({ page }) => {
  await openFresh(page);
  await page.locator('body').focus();

  // The section links skip to the dependencies.
  const link = page.getByRole('navigation', { name: 'Form sections' }).getByRole('link', { name: 'Dependencies' });
  await tabTo(page, () => link.evaluate((el) => el === document.activeElement));
  await page.keyboard.press('Enter');
  const redisRadios = page.getByRole('radiogroup', { name: 'Redis: bundled or external' }).getByRole('radio');
  await tabTo(page, () => redisRadios.first().evaluate((el) => el === document.activeElement), 5);
  await page.keyboard.press('ArrowRight'); // radio group: arrows move and select
  await expect(redisRadios.nth(1)).toBeChecked();
  await expect.poll(() => editorText(page)).toBe('redis:\n  enabled: false\n');

  // The error list's entry takes the focus to the field.
  const entry = page.getByTestId('error-list').getByRole('button', { name: /externalRedis\.host is required/ });
  await tabTo(page, () => entry.evaluate((el) => el === document.activeElement));
  await page.keyboard.press('Enter');
  await expect(field(page, 'externalRedis.host')).toBeFocused();
  await page.keyboard.type('cache.internal');
  await expect.poll(() => editorText(page)).toBe('redis:\n  enabled: false\nexternalRedis:\n  host: cache.internal\n');
  await expect(page.getByTestId('verdict')).toHaveText('No problems: this values file installs.');

  const download = page.getByRole('button', { name: 'Download values.yaml' });
  await tabTo(page, () => download.evaluate((el) => el === document.activeElement));
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toBe('values.yaml');
});
