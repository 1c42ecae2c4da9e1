/**
 * Journey: a user picks the production preset and leaves with the release as helm commands, an Argo CD Application,
 * Flux objects, a helmfile or Terraform. Each export's text must be exactly what lib/exports makes of the preset for
 * this server's repository and the digest its index.yaml lists (the server answers /charts from E2E_HELM_REPO_DIR),
 * and Copy and Download must hand over that text. Argo CD first shows the chart's refusal, then the export once the
 * values name the Secrets.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { chartMetadata, chartPath, readChartText, valuesYamlText } from '../lib/chart/files';
import { parseGeneratedSecretsTemplate, pendingGeneratedSecrets, withExistingSecretsNamed } from '../lib/chart/generated-secrets';
import { PLAIN_CLUSTER } from '../lib/cluster/profile';
import { NAME_EXISTING_SECRETS, releaseExports, type ExportResult } from '../lib/exports/exports';
import type { ValuesIn } from '../lib/exports/release';
import { yamlText } from '../lib/exports/yaml-text';
import { servedDigest } from '../lib/helm-repo/served-digest';
import { helmRepoUrl } from '../lib/site/install-commands';
import { coalesce, type JsonObject } from '../lib/values/coalesce';
import { E2E_HELM_REPO_DIR } from '../playwright.config';
import { expectNoProblems, openFresh, setEditorText } from './support/configurator';

const VERSION = chartMetadata().version;
const DEFAULTS = parse(valuesYamlText()) as JsonObject;
const TPL = parseGeneratedSecretsTemplate(readChartText('templates/_generated-secrets.tpl')!);
const PRODUCTION = parse(readFileSync(chartPath('values-production.yaml'), 'utf8')) as JsonObject;

function expectedExports(page: Page, values: JsonObject, valuesIn: ValuesIn = 'inline'): ExportResult[] {
  const digest = servedDigest(VERSION, E2E_HELM_REPO_DIR);
  expect(digest, `${E2E_HELM_REPO_DIR}/index.yaml lists aeterna ${VERSION}`).toMatch(/^sha256:[0-9a-f]{64}$/);
  return releaseExports({
    input: {
      pin: { version: VERSION, digest },
      repoUrl: helmRepoUrl(new URL(page.url()).origin),
      release: 'aeterna',
      namespace: 'aeterna',
      profile: PLAIN_CLUSTER,
      values,
      valuesIn,
    },
    effective: coalesce(DEFAULTS, values),
    valid: true,
    generatedSecrets: TPL,
  });
}

const exportsPanel = (page: Page) => page.getByTestId('install-exports');

async function showExport(page: Page, e: ExportResult): Promise<void> {
  await exportsPanel(page)
    .getByRole('tab', { name: new RegExp(`^${e.label.replace(/[()]/g, '\\$&')}`) })
    .click();
  await expect(page.getByTestId(`export-${e.id}`)).toBeVisible();
}

/** The export's text is shown, Copy puts exactly it on the clipboard, and Download saves exactly it. */
async function expectShownCopiedDownloaded(page: Page, e: Extract<ExportResult, { ready: true }>): Promise<void> {
  await showExport(page, e);
  const panel = page.getByTestId(`export-${e.id}`);
  await expect(panel.locator('pre code')).toHaveText(e.text, { useInnerText: true });
  await panel.getByRole('button', { name: `Copy ${e.fileName}` }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(e.text);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: `Download ${e.fileName}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(e.fileName);
  const file = await download.path();
  expect(readFileSync(file, 'utf8')).toBe(e.text);
}

test('the production preset: every export shown, copyable and downloadable; Argo CD waits for the Secrets', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openFresh(page);
  await page.getByRole('button', { name: /Production \(values-production\.yaml\)/ }).click();
  await expectNoProblems(page);

  const all = expectedExports(page, PRODUCTION);
  await expect(exportsPanel(page).getByTestId('export-version')).toHaveText(VERSION);
  await expect(exportsPanel(page).getByTestId('export-digest')).toHaveText(servedDigest(VERSION, E2E_HELM_REPO_DIR)!);
  expect(all.filter((e) => !e.ready).map((e) => e.id)).toEqual(['argo-cd']);
  for (const e of all) if (e.ready) await expectShownCopiedDownloaded(page, e);

  // The values as the downloaded file: Flux reads them from a ConfigMap made from it; helm always reads the file.
  await exportsPanel(page).getByRole('radio', { name: 'Values from the downloaded values.yaml' }).check();
  for (const e of expectedExports(page, PRODUCTION, 'file')) {
    if (e.ready && ['flux', 'helmfile', 'terraform'].includes(e.id)) await expectShownCopiedDownloaded(page, e);
  }
  await showExport(
    page,
    all.find((e) => e.id === 'argo-cd')!,
  );
  await expect(page.getByTestId('export-values-in')).toHaveText(
    'Argo CD carries the values inline (a values file would need a Git repository beside the chart).',
  );
  await exportsPanel(page).getByRole('radio', { name: 'Values inline' }).check();

  // Argo CD renders without the cluster: the settings to add and the chart's own message, no Application.
  const argo = all.find((e) => e.id === 'argo-cd')!;
  await showExport(page, argo);
  const notReady = page.getByTestId('export-not-ready');
  await expect(notReady).toContainText(NAME_EXISTING_SECRETS);
  await expect(notReady.getByRole('listitem')).toHaveText(['auth.plugin.jwtSecret.existingSecret', 'postgresql.auth.existingSecret']);
  await expect(notReady.locator('pre code')).toHaveText(argo.ready ? '' : argo.refusal!.trim(), { useInnerText: true });
  await expect(page.getByTestId('export-argo-cd').getByRole('button', { name: 'Download application.yaml' })).toHaveCount(0);

  // Once the values name the Secrets the message asks for, the Application is there.
  const named = withExistingSecretsNamed(PRODUCTION, pendingGeneratedSecrets(TPL, coalesce(DEFAULTS, PRODUCTION), 'aeterna', 'aeterna'));
  await setEditorText(page, yamlText(named));
  await expectNoProblems(page);
  const ready = expectedExports(page, named).find((e) => e.id === 'argo-cd')!;
  if (!ready.ready) throw new Error(`argo-cd not ready: ${ready.reason}`);
  await expectShownCopiedDownloaded(page, ready);
  await expect(page.getByTestId('export-argo-cd').getByRole('link', { name: /What this export needs first/ })).toHaveAttribute(
    'href',
    '/docs/install-argo-cd',
  );
});
