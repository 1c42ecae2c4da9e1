import { expect, test } from '@playwright/test';
import { chooseExternal, downloadValues, editorText, expectHelmAccepts, expectNoProblems, field, openFresh } from './support/configurator';

test('mixed: external PostgreSQL with a password and its migration admin, bundled Redis', async ({ page }) => {
  await openFresh(page);
  await chooseExternal(page, 'PostgreSQL');
  await expect(page.getByTestId('verdict')).toContainText('problem');
  await field(page, 'externalPostgresql.host').fill('db.example.com');
  await field(page, 'externalPostgresql.password').fill('pa55word');
  await field(page, 'externalPostgresql.admin.existingSecret').fill('db-admin');
  await expectNoProblems(page);

  expect(await editorText(page)).toBe(
    'postgresql:\n  enabled: false\nexternalPostgresql:\n  host: db.example.com\n  password: pa55word\n  admin:\n    existingSecret: db-admin\n',
  );
  await expect(page.getByRole('radiogroup', { name: 'Redis: bundled or external' }).getByRole('radio', { name: /Bundled/ })).toBeChecked();

  const file = await downloadValues(page, 'mixed');
  await expectHelmAccepts(file);
});
