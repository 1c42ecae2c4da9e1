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

test('preset load: the cloud presets are offered with their description, and EKS loads with no problems', async ({ page }) => {
  await openFresh(page);
  // Offered like the others, by file name (lib/values/presets.ts), described by the first sentence of their comment.
  for (const cloud of ['EKS', 'GKE', 'AKS']) {
    await expect(page.getByRole('button', { name: new RegExp(`${cloud} \\(values-${cloud.toLowerCase()}\\.yaml\\)`) })).toBeVisible();
  }
  await page.getByRole('button', { name: /EKS \(values-eks\.yaml\)/ }).click();
  await expect.poll(() => editorText(page)).toBe(chartFile('values-eks.yaml'));
  await expect(selectedOption(page, 'aeterna.llm.provider')).toHaveText('bedrock');
  await expect(selectedOption(page, 'aeterna.kms.provider')).toHaveText('aws');
  await expectNoProblems(page);
  // The Secrets the preset reads are the ones the page tells you to create.
  const commands = page.getByTestId('install-commands');
  await expect(commands).toContainText('kubectl create secret generic aeterna-postgresql-tls');
  await expect(commands).toContainText('kubectl create secret generic aeterna-postgresql-admin');
  const file = await downloadValues(page, 'preset-eks');
  await expectHelmAccepts(file);

  await page.getByRole('button', { name: /GKE \(values-gke\.yaml\)/ }).click();
  await expect.poll(() => editorText(page)).toBe(chartFile('values-gke.yaml'));
  await expect(selectedOption(page, 'aeterna.llm.provider')).toHaveText('google');
  await expectNoProblems(page);
});
