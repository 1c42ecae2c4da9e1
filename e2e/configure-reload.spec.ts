import { expect, test } from '@playwright/test';
import { editorText, expectEditorText, field, openFresh, showAllSettings, waitForEditor } from './support/configurator';

test('reload restores the configuration; reset clears it', async ({ page }) => {
  await openFresh(page);
  await field(page, 'aeterna.logLevel').fill('debug');
  await field(page, 'ingress.enabled').check();
  await expectEditorText(page, 'aeterna:\n  logLevel: debug\ningress:\n  enabled: true\n');

  await page.reload();
  await waitForEditor(page);
  await showAllSettings(page);
  await expect(page.getByTestId('origin')).toContainText('Restored from your last visit');
  await expect(field(page, 'aeterna.logLevel')).toHaveValue('debug');
  await expect(field(page, 'ingress.enabled')).toBeChecked();
  expect(await editorText(page)).toBe('aeterna:\n  logLevel: debug\ningress:\n  enabled: true\n');

  await page.getByRole('button', { name: /Reset/ }).click();
  await expectEditorText(page, '{}\n');
  await page.reload();
  await waitForEditor(page);
  await showAllSettings(page);
  await expect(field(page, 'aeterna.logLevel')).toHaveValue('info');
  expect(await editorText(page)).toBe('{}\n');
});
