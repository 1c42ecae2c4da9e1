import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';

// The docs pages come from content/docs/*.md plus the chart's UPGRADING.md (/docs/upgrading).
const slugs = [
  ...new Set([
    ...readdirSync(path.resolve('content/docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.replace(/\.md$/, '')),
    'upgrading',
  ]),
];

test.describe('every docs page', () => {
  for (const slug of ['', ...slugs]) {
    const url = slug ? `/docs/${slug}` : '/docs';
    test(`${url} renders with a title and passes axe in both themes`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      const res = await page.goto(url);
      expect(res?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.reload();
      await expect(page.locator('html')).toHaveClass(/dark/);
      await expectNoSeriousA11yViolations(page);
    });
  }
});

test('code blocks have a copy button that copies exactly the code', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/docs/networking');
  const block = page.locator('pre', { hasText: 'kubectl --namespace aeterna create secret tls aeterna-tls' });
  await block.locator('..').getByRole('button', { name: 'Copy' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe('kubectl --namespace aeterna create secret tls aeterna-tls --cert=tls.crt --key=tls.key');
});

test('the troubleshooting page lists every rule message of validation-rules.json, each once', async ({ page }) => {
  // Independent of the site's parser: every message of the chart's rule file, cut at format verbs (%s, %v, %q),
  // must appear on the page, and a message without verbs in exactly one entry of the list.
  const { rules } = JSON.parse(readFileSync(path.resolve('charts/aeterna/validation-rules.json'), 'utf8')) as {
    rules: Record<string, { message: string }>;
  };
  const messages = Object.fromEntries(Object.entries(rules).map(([id, r]) => [id, r.message]));
  expect(Object.keys(messages).length).toBeGreaterThan(5);
  await page.goto('/docs/troubleshooting');
  const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  const entries = (await page.locator('[data-fail-message]').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
  for (const message of Object.values(messages)) {
    const pieces = message.split(/%[-+# 0]*\d*(?:\.\d+)?[svdqtfgx]/).map((x) => x.replace(/%%/g, '%').replace(/\s+/g, ' ').trim());
    for (const p of pieces) if (p.length > 3) expect(text, `message part "${p}"`).toContain(p);
    if (pieces.length === 1)
      expect(
        entries.filter((e) => e.includes(pieces[0]!)),
        pieces[0],
      ).toHaveLength(1);
  }
});

test('the upgrade notes have an entry for the chart version', async ({ page }) => {
  const version = /^version:\s*(\S+)/m.exec(readFileSync(path.resolve('charts/aeterna/Chart.yaml'), 'utf8'))![1]!;
  await page.goto('/docs/upgrading');
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`\\b${version.replace(/\./g, '\\.')}\\b`) })).toBeVisible();
});

test('on a phone the docs read without horizontal scrolling and the pages menu opens', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const url of ['/docs/getting-started', '/docs/dependencies', '/reference']) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${url} scrolls horizontally`).toBeLessThanOrEqual(0);
  }
  await page.goto('/docs/getting-started');
  await page.getByText('All docs pages').click();
  await page.getByRole('navigation', { name: 'Docs (menu)' }).getByRole('link', { name: 'Security' }).click();
  await expect(page).toHaveURL(/\/docs\/security$/);
});

test('no internal link of the site leads to a 404, and every #anchor exists', async ({ request, baseURL }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  const seen = new Map<string, { status: number; ids: Set<string> }>();
  const queue: { url: string; from: string }[] = [{ url: '/', from: '(start)' }];
  const anchors: { page: string; id: string; from: string }[] = [];
  const failures: string[] = [];
  while (queue.length) {
    const { url, from } = queue.shift()!;
    if (seen.has(url)) continue;
    const res = await request.get(url, { maxRedirects: 5 });
    const type = res.headers()['content-type'] ?? '';
    const entry = { status: res.status(), ids: new Set<string>() };
    seen.set(url, entry);
    if (res.status() >= 400) {
      failures.push(`${url} → ${res.status()} (linked from ${from})`);
      continue;
    }
    if (!type.includes('text/html')) continue;
    const html = await res.text();
    for (const m of html.matchAll(/\sid="([^"]+)"/g)) entry.ids.add(m[1]!.replace(/&amp;/g, '&'));
    for (const m of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      const href = m[1]!.replace(/&amp;/g, '&');
      const abs = new URL(href, `${origin}${url}`);
      if (abs.origin !== origin) continue;
      const p = abs.pathname;
      if (abs.hash) anchors.push({ page: p, id: decodeURIComponent(abs.hash.slice(1)), from: url });
      if (!seen.has(p)) queue.push({ url: p, from: url });
    }
  }
  for (const a of anchors) {
    const target = seen.get(a.page);
    if (target && target.status < 400 && target.ids.size && !target.ids.has(a.id))
      failures.push(`${a.page}#${a.id} has no such id (linked from ${a.from})`);
  }
  for (const p of ['/docs', '/reference', '/configure', ...slugs.map((s) => `/docs/${s}`)])
    expect(seen.has(p), `crawl reached ${p}`).toBe(true);
  expect(failures).toEqual([]);
});
