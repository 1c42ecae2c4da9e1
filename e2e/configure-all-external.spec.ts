import { expect, test } from '@playwright/test';
import { chooseExternal, downloadValues, editorText, expectHelmAccepts, expectNoProblems, field, openFresh } from './support/configurator';

test('all external: point at existing Redis and PostgreSQL with credentials in Secrets, the migration admin included', async ({ page }) => {
  await openFresh(page);

  await chooseExternal(page, 'Redis');
  await expect(page.getByTestId('externalRedis-missing')).toContainText('externalRedis.host');
  await field(page, 'externalRedis.host').fill('redis.data.svc');

  await chooseExternal(page, 'PostgreSQL');
  await field(page, 'externalPostgresql.host').fill('pg.data.svc');
  await field(page, 'externalPostgresql.existingSecret').fill('aeterna-pg');
  // The migration Job needs a superuser of the external server.
  await expect(page.getByTestId('verdict')).toContainText('problem');
  await field(page, 'externalPostgresql.admin.existingSecret').fill('aeterna-pg-admin');

  await expectNoProblems(page);
  const text = await editorText(page);
  expect(text).toContain('redis:\n  enabled: false\n');
  expect(text).toContain('externalRedis:\n  host: redis.data.svc\n');
  expect(text).toContain('externalPostgresql:\n  host: pg.data.svc\n  existingSecret: aeterna-pg\n');

  const commands = page.getByTestId('install-commands');
  await expect(commands).toContainText('kubectl create namespace aeterna');
  await expect(commands).toContainText(
    "kubectl create secret generic aeterna-pg --namespace aeterna --from-literal='password=<postgresql-password>'",
  );
  await expect(commands).toContainText(
    "kubectl create secret generic aeterna-pg-admin --namespace aeterna --from-literal='password=<postgresql-admin-password>'",
  );

  const file = await downloadValues(page, 'all-external');
  await expectHelmAccepts(file);
});
