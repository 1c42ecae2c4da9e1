import { expect, test } from '@playwright/test';

// The landing page, the docs and the reference are static HTML: no framework JavaScript, only the islands' small entry, which
// makes the theme toggle, the copy buttons, the install commands, search and the filter work.

// The landing page also loads the small chunk that checks the served index for its repository notice.
const PAGES: [string, RegExp[]][] = [
  ['/', [/^\/islands\/repo-version-notice-[A-Z0-9]+\.js$/]],
  ['/docs', []],
  ['/docs/networking', []],
  ['/reference', []],
];
for (const [url, chunks] of PAGES) {
  test(`${url} loads no framework JavaScript, only the islands`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([
      expect.stringMatching(/^\/islands\/bootstrap-[A-Z0-9]+\.js$/),
      ...chunks.map((c) => expect.stringMatching(c)),
    ]);
  });
}

test('on a docs page the theme toggle switches to dark and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/docs/networking');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toHaveText('Light');
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
});

test('the install commands on a docs page name the site they are served from', async ({ page, baseURL }) => {
  await page.goto('/docs/getting-started');
  const commands = page.locator('[data-site-origin] code').first();
  await expect(commands).toContainText(`helm repo add aeterna ${baseURL}/charts`);
  await expect(commands).not.toContainText('<this-site>');
});

test('search and the filter load their code only when used', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/reference');
  await page.waitForLoadState('networkidle');
  expect(scripts.some((s) => /search|filter/.test(s))).toBe(false);
  await page.getByRole('searchbox', { name: 'Filter values' }).fill('redis host');
  await expect(page.getByText(/^\d+ of \d+ values$/)).toBeVisible();
  expect(scripts.some((s) => /\/islands\/reference-filter-/.test(s))).toBe(true);
  expect(scripts.some((s) => /\/islands\/search-/.test(s))).toBe(false);
});
