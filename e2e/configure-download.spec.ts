import { expect, test } from '@playwright/test';
import { downloadValues, editorText, expectHelmAccepts, field, openFresh, setEditorText } from './support/configurator';

test('download is byte-identical to the editor, in both views, comments included', async ({ page }) => {
  await openFresh(page);
  await setEditorText(page, '# my notes\nterminationGracePeriodSeconds: 45 # time to drain\n');
  await field(page, 'aeterna.logLevel').fill('debug');
  await expect
    .poll(() => editorText(page))
    .toBe('# my notes\nterminationGracePeriodSeconds: 45 # time to drain\naeterna:\n  logLevel: debug\n');
  await downloadValues(page, 'download-changes');

  await page.getByRole('switch', { name: /Show the full file/ }).check();
  await expect.poll(() => editorText(page)).toContain('## @section Global parameters');
  const full = await editorText(page);
  expect(full).toContain('terminationGracePeriodSeconds: 45');
  expect(full).toContain('logLevel: debug');
  const file = await downloadValues(page, 'download-full');
  await expectHelmAccepts(file);
});
