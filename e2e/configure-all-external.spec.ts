import { expect, test } from '@playwright/test';
import { chooseExternal, downloadValues, editorText, expectHelmAccepts, expectNoProblems, field, openFresh } from './support/configurator';

test('all external: point at existing Redis, PostgreSQL and Qdrant with credentials in Secrets', async ({ page }) => {
  await openFresh(page);

  await chooseExternal(page, 'Redis');
  await expect(page.getByTestId('externalRedis-missing')).toContainText('externalRedis.host');
  await field(page, 'externalRedis.host').fill('redis.data.svc');

  await chooseExternal(page, 'PostgreSQL');
  await field(page, 'externalPostgresql.host').fill('pg.data.svc');
  await field(page, 'externalPostgresql.existingSecret').fill('aeterna-pg');

  await chooseExternal(page, 'Qdrant');
  await field(page, 'externalQdrant.host').fill('qdrant.data.svc');
  await field(page, 'externalQdrant.existingSecret').fill('aeterna-qdrant');

  await expectNoProblems(page);
  const text = await editorText(page);
  expect(text).toContain('redis:\n  enabled: false\n');
  expect(text).toContain('externalRedis:\n  host: redis.data.svc\n');
  expect(text).toContain('externalPostgresql:\n  host: pg.data.svc\n  existingSecret: aeterna-pg\n');

  const commands = page.getByTestId('install-commands');
  await expect(commands).toContainText('kubectl create namespace aeterna');
  await expect(commands).toContainText("kubectl create secret generic aeterna-pg --namespace aeterna --from-literal='password=<postgresql-password>'");
  await expect(commands).toContainText("kubectl create secret generic aeterna-qdrant --namespace aeterna --from-literal='api-key=<qdrant-api-key>'");

  const file = await downloadValues(page, 'all-external');
  await expectHelmAccepts(file);
});
