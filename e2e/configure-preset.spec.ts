import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chartPath } from '../lib/chart/files';
import { downloadValues, editorText, expectHelmAccepts, expectNoProblems, field, openFresh, selectedOption } from './support/configurator';

const chartFile = (f: string) => readFileSync(chartPath(f), 'utf8');

test('preset load: start from values-production.yaml, then from the chart defaults', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: /Production \(values-production\.yaml\)/ }).click();

  // The preset file as written, comments included.
  await expect.poll(() => editorText(page)).toBe(chartFile('values-production.yaml'));
  await expect(field(page, 'autoscaling.enabled')).toBeChecked();
  await expect(selectedOption(page, 'aeterna.llm.provider')).toHaveText('openai');
  await expectNoProblems(page);
  await expect(page.getByTestId('install-commands')).toContainText('kubectl create secret generic aeterna-openai');
  const file = await downloadValues(page, 'preset-production');
  await expectHelmAccepts(file);

  await page.getByRole('button', { name: /Local \(values-local\.yaml\)/ }).click();
  await expect.poll(() => editorText(page)).toBe(chartFile('values-local.yaml'));

  await page.getByRole('button', { name: /Chart defaults/ }).click();
  await expect.poll(() => editorText(page)).toBe('{}\n');
  await expect(field(page, 'autoscaling.enabled')).not.toBeChecked();
});
