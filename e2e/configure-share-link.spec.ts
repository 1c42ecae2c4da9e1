import { expect, test } from '@playwright/test';
import { chooseExternal, editorText, field, openFresh, showAllSettings, waitForEditor } from './support/configurator';

test('share link round trip: the configuration comes back, the password does not', async ({ page, context }) => {
  await openFresh(page);
  await chooseExternal(page, 'PostgreSQL');
  await field(page, 'externalPostgresql.host').fill('db.example.com');
  await field(page, 'externalPostgresql.password').fill('TopSecret-123');
  await field(page, 'replicaCount').fill('3');

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toContain('/configure#values=');
  expect(link).not.toContain('TopSecret');
  await expect(page.getByTestId('share-removed')).toHaveText(
    'Left out of the link (credentials are never shared): externalPostgresql.password.',
  );

  const other = await context.newPage();
  await other.goto('about:blank');
  await other.evaluate(() => window.localStorage.clear()).catch(() => undefined);
  await other.goto(link);
  await waitForEditor(other);
  await showAllSettings(other);
  await expect(other.getByTestId('origin')).toContainText('Opened from a shared link');
  await expect(field(other, 'externalPostgresql.host')).toHaveValue('db.example.com');
  await expect(field(other, 'replicaCount')).toHaveValue('3');
  await expect(field(other, 'externalPostgresql.password')).toHaveValue('');
  await expect
    .poll(() => editorText(other))
    .toBe('postgresql:\n  enabled: false\nexternalPostgresql:\n  host: db.example.com\nreplicaCount: 3\n');
});
