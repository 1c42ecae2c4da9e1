import { expect, test } from '@playwright/test';
import { chooseExternal, editorText, expectEditorText, field, openFresh, showAllSettings, waitForEditor } from './support/configurator';

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
  await expect(page.getByTestId('share-removed').getByRole('listitem')).toHaveText(['externalPostgresql.password: removed']);

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

test('a link without credentials says so', async ({ page }) => {
  await openFresh(page);
  await field(page, 'replicaCount').fill('2');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByTestId('share-removed')).toHaveText('The link holds no credentials.');
});

test('opening a link over different saved work asks first: Keep mine keeps it, Replace loads the link', async ({ page, context }) => {
  await openFresh(page);
  await field(page, 'replicaCount').fill('3');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  // Work saved after the link was made, so it differs from the link.
  await field(page, 'aeterna.logLevel').fill('debug');
  const mine = 'replicaCount: 3\naeterna:\n  logLevel: debug\n';
  await expectEditorText(page, mine);
  await expect.poll(() => page.evaluate(() => window.localStorage.getItem('aeterna-configurator-v1'))).toContain('debug');

  const question = (p: typeof page) => p.getByRole('alertdialog', { name: 'This link holds a configuration. Replace your saved work?' });

  const keeping = await context.newPage();
  await keeping.goto(link);
  await waitForEditor(keeping);
  await expect(question(keeping)).toBeVisible();
  await expectEditorText(keeping, mine);
  await expect(question(keeping).getByRole('button', { name: 'Keep mine' })).toBeFocused();
  await question(keeping).getByRole('button', { name: 'Keep mine' }).click();
  await expect(question(keeping)).toHaveCount(0);
  expect(new URL(keeping.url()).hash).toBe('');
  await expectEditorText(keeping, mine);
  await expect(keeping.getByTestId('origin')).toContainText('Restored from your last visit');
  await keeping.reload();
  await waitForEditor(keeping);
  await expectEditorText(keeping, mine);
  await keeping.close();

  const replacing = await context.newPage();
  await replacing.goto(link);
  await waitForEditor(replacing);
  await question(replacing).getByRole('button', { name: 'Replace' }).click();
  await expect(question(replacing)).toHaveCount(0);
  await expectEditorText(replacing, 'replicaCount: 3\n');
  await expect(replacing.getByTestId('origin')).toContainText('Opened from a shared link');
  expect(new URL(replacing.url()).hash).toBe('');
  await expect.poll(() => replacing.evaluate(() => window.localStorage.getItem('aeterna-configurator-v1'))).not.toContain('debug');
  await replacing.reload();
  await waitForEditor(replacing);
  await expectEditorText(replacing, 'replicaCount: 3\n');
});

test('opening a link equal to the saved work asks nothing', async ({ page, context }) => {
  await openFresh(page);
  await field(page, 'replicaCount').fill('3');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  await expect.poll(() => page.evaluate(() => window.localStorage.getItem('aeterna-configurator-v1'))).toContain('replicaCount');
  const other = await context.newPage();
  await other.goto(link);
  await waitForEditor(other);
  await expect(other.getByTestId('origin')).toContainText('Opened from a shared link');
  await expect(other.getByRole('alertdialog')).toHaveCount(0);
});
