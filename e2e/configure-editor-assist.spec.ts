import { expect, test } from '@playwright/test';
import { openFresh, setEditorText } from './support/configurator';

test('the editor completes and explains keys from the chart schema (monaco-yaml, bundled with the site)', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openFresh(page);

  // Completion of a top-level key.
  await setEditorText(page, 'readi');
  await page.evaluate(() => {
    const ed = (
      window as unknown as {
        __aeternaValuesEditor: { setPosition(p: unknown): void; focus(): void; trigger(s: string, id: string, a: unknown): void };
      }
    ).__aeternaValuesEditor;
    ed.setPosition({ lineNumber: 1, column: 6 });
    ed.focus();
    ed.trigger('e2e', 'editor.action.triggerSuggest', {});
  });
  await expect(page.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'readinessProbe' }).first()).toBeVisible();
  await page.keyboard.press('Escape');

  // Hover shows the schema's description.
  await setEditorText(page, 'service:\n  port: 8080\n');
  await page.evaluate(() => {
    const ed = (
      window as unknown as {
        __aeternaValuesEditor: { setPosition(p: unknown): void; focus(): void; trigger(s: string, id: string, a: unknown): void };
      }
    ).__aeternaValuesEditor;
    ed.setPosition({ lineNumber: 2, column: 4 });
    ed.focus();
    ed.trigger('e2e', 'editor.action.showHover', {});
  });
  await expect(page.locator('.monaco-hover-content').first()).toContainText('Port of the HTTP API');

  // Monaco, its workers and the schema all come from this site.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
});
