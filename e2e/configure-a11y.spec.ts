import { test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { chooseExternal, openFresh, setEditorText } from './support/configurator';

test('the configurator is axe clean, with and without errors shown', async ({ page }) => {
  await openFresh(page);
  await expectNoSeriousA11yViolations(page);
  await chooseExternal(page, 'Redis');
  await setEditorText(page, 'redis:\n  enabled: false\nservice:\n  port: 0\n');
  await page.getByTestId('error-list').waitFor();
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await expectNoSeriousA11yViolations(page);
});
