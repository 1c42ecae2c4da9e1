import { expect, test } from '@playwright/test';
import { chooseExternal, field, openFresh, setEditorText } from './support/configurator';

test('privacy: values never leave the browser and nothing is requested from another origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: { url: string; body: string }[] = [];
  page.on('request', (r) => requests.push({ url: r.url(), body: r.postData() ?? '' }));

  await openFresh(page);
  const marker = 'zq-private-7731';
  await chooseExternal(page, 'PostgreSQL');
  await field(page, 'externalPostgresql.host').fill(`${marker}.db`);
  await field(page, 'externalPostgresql.password').fill(`${marker}-pw`);
  await setEditorText(
    page,
    `postgresql:\n  enabled: false\nexternalPostgresql:\n  host: ${marker}.db\n  password: ${marker}-pw\naeterna:\n  logLevel: ${marker}\n`,
  );
  await page.getByRole('button', { name: 'Download values.yaml' }).click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await page.reload();
  await page.waitForLoadState('networkidle');

  const foreign = requests.filter((r) => !r.url.startsWith(origin) && !r.url.startsWith('blob:') && !r.url.startsWith('data:'));
  expect(foreign.map((r) => r.url)).toEqual([]);
  const leaking = requests.filter((r) => r.url.includes(marker) || r.body.includes(marker));
  expect(leaking.map((r) => r.url)).toEqual([]);
});
