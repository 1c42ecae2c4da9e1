import { expect, test } from '@playwright/test';
import { chooseBundled, chooseExternal, editorText, expectNoProblems, field, openFresh, selectedOption } from './support/configurator';

test('switching a dependency back and forth keeps what was typed on each side', async ({ page }) => {
  await openFresh(page);
  await field(page, 'redis.architecture').selectOption('replication');

  await chooseExternal(page, 'Redis');
  await field(page, 'externalRedis.host').fill('cache.example.com');
  await field(page, 'externalRedis.port').fill('6380');
  // The bundled settings are out of the file while Redis is external.
  await expect.poll(() => editorText(page)).toBe('redis:\n  enabled: false\nexternalRedis:\n  host: cache.example.com\n  port: 6380\n');

  await chooseBundled(page, 'Redis');
  await expect.poll(() => editorText(page)).toBe('redis:\n  architecture: replication\n');
  await expect(selectedOption(page, 'redis.architecture')).toHaveText('replication');
  await expectNoProblems(page);

  await chooseExternal(page, 'Redis');
  await expect(field(page, 'externalRedis.host')).toHaveValue('cache.example.com');
  await expect(field(page, 'externalRedis.port')).toHaveValue('6380');
  await expectNoProblems(page);
});
