/**
 * The sizes' figures (charts/aeterna/sizes.json) where a user picks one: the reference entry and the configurator's
 * field, and the choice reaches the values file helm accepts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { downloadValues, editorText, expectHelmAccepts, field, openFresh } from './support/configurator';

type Figures = { requests: { cpu: string; memory: string } };
// Read from the chart, not through the site's own code: the test checks what the site makes of the file.
const sizes = (JSON.parse(readFileSync('charts/aeterna/sizes.json', 'utf8')) as { sizes: Record<string, Record<string, Figures>> }).sizes;
const medium = sizes.medium!;
const SIZE_COUNT = Object.keys(sizes).length;

test('the reference shows what each size gives the server and the migration Job', async ({ page }) => {
  await page.goto('/reference#resourcesPreset');
  const entry = page.locator('[id="resourcesPreset"]');
  await expect(entry).toContainText('Size medium');
  await expect(entry).toContainText(`${medium.server!.requests.cpu} CPU, ${medium.server!.requests.memory} memory requested`);
  const job = page.locator('[id="migrations.resourcesPreset"]');
  await expect(job).toContainText(`${medium.migrations!.requests.cpu} CPU, ${medium.migrations!.requests.memory} memory requested`);
});

test('the configurator shows the figures next to the size, and the chosen size is in the values helm accepts', async ({ page }) => {
  await openFresh(page);
  const figures = page.locator('[id="values.resourcesPreset__description"]').getByRole('list', { name: 'What each size sets' });
  await expect(figures.getByRole('listitem')).toHaveCount(SIZE_COUNT);
  await expect(figures).toContainText(`medium: ${medium.server!.requests.cpu} CPU, ${medium.server!.requests.memory} memory requested`);
  await field(page, 'resourcesPreset').selectOption({ label: 'large' });
  await expect.poll(() => editorText(page)).toContain('resourcesPreset: large');
  await expectHelmAccepts(await downloadValues(page, 'sizes'));
});
