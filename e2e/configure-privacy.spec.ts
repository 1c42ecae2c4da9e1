import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import {
  chooseExternal,
  editorText,
  expectEditorText,
  field,
  openFresh,
  setEditorText,
  showAllSettings,
  waitForEditor,
} from './support/configurator';

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

const FINDING = readFileSync('test/fixtures/credentials/finding-23.yaml', 'utf8');
const FINDING_SECRETS = ['12345678', 'ghp_LEAKenvToken0123456789', 'ghp_LEAKurlToken0123456789', 'qdrant-LEAK-key-42'];
const STORAGE_KEY = 'aeterna-configurator-v1';

function stored(page: Page): Promise<string | null> {
  return page.evaluate((k) => window.localStorage.getItem(k), STORAGE_KEY);
}

test('privacy: the credentials of a pasted file reach neither the share link nor this browser, and the page says what it removed', async ({
  page,
  browser,
}) => {
  await openFresh(page);
  await setEditorText(page, FINDING);
  await expect.poll(() => stored(page)).toContain('github.com/o/r');

  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByTestId('share-removed').getByRole('listitem')).toHaveText([
    'postgresql.auth.password: removed',
    'aeterna.extraEnv[0].value: removed',
    'aeterna.knowledgeRepository.remote.url: user:password removed from the URL',
    'qdrant.config.service.api_key: removed',
  ]);
  await expect(page.getByTestId('share-removed')).not.toContainText('The link holds no credentials');
  const link = await page.getByLabel('Share link').inputValue();
  const carried = LZString.decompressFromEncodedURIComponent(new URLSearchParams(new URL(link).hash.slice(1)).get('values')!);
  expect(carried).toContain('https://github.com/o/r');
  for (const secret of FINDING_SECRETS) expect(carried).not.toContain(secret);

  // This browser's copy: none of the credentials, and an expiry 7 days after the save.
  const saved = (await stored(page))!;
  for (const secret of FINDING_SECRETS) expect(saved).not.toContain(secret);
  const { savedAt, expiresAt } = JSON.parse(saved) as { savedAt: number; expiresAt: number };
  expect(expiresAt - savedAt).toBe(7 * 24 * 60 * 60 * 1000);
  expect(savedAt).toBeGreaterThan(Date.now() - 60_000);

  // The link opened where nothing is saved: the configuration without the credentials, in the file and the form.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await waitForEditor(other);
  await expect(other.getByTestId('origin')).toContainText('Opened from a shared link');
  await expect.poll(() => editorText(other)).toContain('url: https://github.com/o/r');
  await showAllSettings(other);
  const text = await editorText(other);
  const formValues = await other
    .locator('[data-testid="form-column"] input, [data-testid="form-column"] textarea')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(formValues).toContain('https://github.com/o/r');
  for (const secret of FINDING_SECRETS) {
    expect(text).not.toContain(secret);
    expect(formValues.filter((v) => v.includes(secret))).toEqual([]);
  }
  await fresh.close();
});

test("privacy: 'Forget this browser's copy' deletes the saved configuration and saves nothing more", async ({ page }) => {
  await openFresh(page);
  await field(page, 'aeterna.logLevel').fill('debug');
  await expect.poll(() => stored(page)).toContain('debug');

  await page.getByRole('button', { name: "Forget this browser's copy" }).click();
  await expect(page.getByTestId('saved-status')).toHaveText('Forgotten: this browser holds no copy, and this page saves no more.');
  expect(await stored(page)).toBeNull();
  // The values on screen stay; further edits are not written.
  await expectEditorText(page, 'aeterna:\n  logLevel: debug\n');
  await field(page, 'replicaCount').fill('4');
  await page.waitForTimeout(600);
  expect(await stored(page)).toBeNull();

  await page.reload();
  await waitForEditor(page);
  await expect(page.getByTestId('origin')).toHaveCount(0);
  expect(await editorText(page)).toBe('{}\n');
});

test('privacy: a saved copy past its expiry is not restored, and is deleted', async ({ page }) => {
  await openFresh(page);
  await field(page, 'aeterna.logLevel').fill('debug');
  await expect.poll(() => stored(page)).toContain('debug');
  await page.evaluate((k) => {
    const s = JSON.parse(window.localStorage.getItem(k)!) as { expiresAt: number };
    window.localStorage.setItem(k, JSON.stringify({ ...s, expiresAt: Date.now() - 1 }));
  }, STORAGE_KEY);

  await page.reload();
  await waitForEditor(page);
  await expect(page.getByTestId('origin')).toHaveCount(0);
  expect(await editorText(page)).toBe('{}\n');
  expect(await stored(page)).toBeNull();
});
