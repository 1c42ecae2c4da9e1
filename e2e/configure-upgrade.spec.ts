import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { downloadValues, expectEditorText, expectHelmAccepts, openFresh } from './support/configurator';

const FIXTURES = path.join('test', 'fixtures', 'values-0.1.0');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

async function carry(page: import('@playwright/test').Page, text: string) {
  const assistant = page.getByTestId('upgrade-assistant');
  await assistant.locator('summary').click();
  await assistant.getByLabel('Your values file').fill(text);
  await assistant.getByRole('button', { name: 'Carry it to 0.2.0' }).click();
  return assistant;
}

test('a 0.1.0 production file carried to 0.2.0: every change listed, the rule messages it needs, the upgrade command', async ({ page }) => {
  await openFresh(page, 'decisions');
  const a = await carry(page, fixture('production-like.yaml'));
  await expect(a.getByTestId('upgrade-renamed')).toContainText('aeterna.authBackend → auth.authorization.backend: permissive → allow-all');
  await expect(a.getByTestId('upgrade-removed').locator('li')).toHaveCount(9);
  await expect(a.getByTestId('upgrade-removed')).toContainText('aeterna.otel.endpoint: The server binary has no OTLP exporter.');
  await expect(a.getByTestId('upgrade-retyped')).toContainText('aeterna.features.cca: true → true');
  const needed = a.getByTestId('upgrade-needed');
  await expect(needed.locator('li')).toHaveCount(3);
  await expect(needed).toContainText('auth.mode=off with an Ingress, a LoadBalancer or a NodePort');
  await expect(needed).toContainText('List who must reach it in networkPolicy.allowedClients');
  await expect(needed).toContainText('migrations.enabled with an external PostgreSQL needs the admin credentials');
  await expect(needed.getByRole('link', { name: 'externalPostgresql.admin.existingSecret' })).toHaveAttribute(
    'href',
    '/reference#externalPostgresql.admin.existingSecret',
  );
  await expect(a.getByTestId('upgrade-steps').locator('li')).toHaveCount(10);
  await expect(a.getByTestId('upgrade-steps')).toContainText('now come from a size: `resourcesPreset` and `migrations.resourcesPreset`');
  await expect(a.getByTestId('upgrade-steps')).toContainText('A NetworkPolicy is on by default');
  await expect(a.getByTestId('upgrade-steps')).toContainText('Downtime: The Deployment switches to the `Recreate` strategy');
  await expect(a.getByTestId('upgrade-result')).toContainText(
    '# Values for the aeterna chart 0.2.0 (Aeterna 0.8.0-rc.12), from the configurator.',
  );
  await expect(a.getByTestId('upgrade-result')).not.toContainText('logFormat');
  await expect(a.getByTestId('upgrade-commands')).toContainText(
    'helm upgrade aeterna aeterna/aeterna --namespace aeterna --version 0.2.0 -f values.yaml --verify',
  );

  // Opened in the configurator, the same needed settings are the configurator's own errors.
  await a.getByRole('button', { name: 'Open it in the configurator' }).click();
  await expectEditorText(page, /^# Values for the aeterna chart 0\.2\.0/);
  await expect(page.getByTestId('error-list')).toContainText('migrations.enabled with an external PostgreSQL needs the admin credentials');
});

test('a file downloaded from 0.1.0 times with its header: carried, opened, downloaded and accepted by helm', async ({ page }) => {
  await openFresh(page, 'decisions');
  const a = await carry(
    page,
    `# Values for the aeterna chart 0.1.0 (Aeterna 0.8.0-rc.12), from the configurator.\n${fixture('small-bundled.yaml')}`,
  );
  await expect(a.getByText('(named by the file')).toBeVisible();
  await expect(a.getByTestId('upgrade-needed')).toHaveCount(0);
  await expect(a.getByTestId('upgrade-defaults')).toContainText('qdrant.enabled: true → false');
  await a.getByRole('button', { name: 'Open it in the configurator' }).click();
  // The removed keys are gone, the user's own sizes are kept.
  await expectEditorText(page, /^(?![\s\S]*(redisPoolSize|logFormat))[\s\S]*size: 5Gi/);
  await expectHelmAccepts(await downloadValues(page, 'upgraded-0.1.0'));
});

test('a file the assistant cannot read gets a sentence, not a crash', async ({ page }) => {
  await openFresh(page, 'decisions');
  const a = await carry(page, 'aeterna: [unclosed\n');
  await expect(a.getByTestId('upgrade-error')).toContainText('The file is not valid YAML (line');
});

test('the site serves every version the assistant carries from, rebuilt from its recorded commit', async ({ request }) => {
  const index = await (await request.get('/charts/index.yaml')).text();
  expect(index).toMatch(/version: 0\.1\.0/);
  const archive = await request.get('/charts/aeterna-0.1.0.tgz');
  expect(archive.status()).toBe(200);
  expect((await archive.body()).length).toBeGreaterThan(1000);
});

test('what the upgrade changes in the cluster: 0.1.0 with the earlier file against 0.2.0 with the carried one', async ({ page }) => {
  await openFresh(page, 'decisions');
  const a = await carry(page, fixture('small-bundled.yaml'));
  await a.getByRole('button', { name: 'Open it in the configurator' }).click();
  await page.getByRole('button', { name: /Show the manifests/ }).click();
  await expect(page.getByTestId('manifests-summary')).toBeVisible({ timeout: 60_000 });
  const cmp = page.getByTestId('version-comparison');
  // The assistant's earlier version is chosen already, rendered with the earlier file.
  await expect(cmp.getByLabel('Compare with version')).toHaveValue('0.1.0');
  await expect(cmp).toContainText('0.1.0 rendered with your earlier values file');
  await expect(page.getByTestId('version-diff-summary')).toHaveText(
    /^From 0\.1\.0 to 0\.2\.0: \d+ added, \d+ removed, \d+ changed, \d+ renamed, \d+ unchanged$/,
    {
      timeout: 60_000,
    },
  );
  console.log(`[upgrade diff] ${await page.getByTestId('version-diff-summary').textContent()}`);
  // What the upgrade notes say, seen in the renders: the knowledge volume, the KMS key and the migration Job are
  // new; the bundled Qdrant (off by default now) goes; the server's Deployment changes.
  const added = page.getByTestId('version-diff-added');
  await expect(added).toContainText('PersistentVolumeClaim aeterna-data');
  await expect(added).toContainText('Secret aeterna-kms');
  await expect(added).toContainText('Job aeterna-migrate');
  await expect(page.getByTestId('version-diff-removed')).toContainText('qdrant');
  await expect(page.getByTestId('version-diff-changed')).toContainText('Deployment aeterna');
});

test("the configurator's migration equals the library's (the command line's) on every file written for 0.1.0", async ({ page }) => {
  const history = JSON.parse(readFileSync('charts/aeterna/version-history.json', 'utf8')) as {
    versions: { version: string; commit: string | null }[];
  };
  const commit = history.versions.find((v) => v.version === '0.1.0')!.commit!;
  const show = (f: string) => spawnSync('git', ['show', `${commit}:charts/aeterna/${f}`], { encoding: 'utf8' }).stdout;
  const files = [
    { name: 'helm show values of 0.1.0', text: show('values.yaml') },
    { name: 'preset values-local.yaml', text: show('values-local.yaml') },
    { name: 'preset values-production.yaml', text: show('values-production.yaml') },
    ...readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ name: f, text: fixture(f) })),
  ];
  await openFresh(page, 'decisions');
  const a = page.getByTestId('upgrade-assistant');
  await a.locator('summary').click();
  for (const f of files) {
    const input = path.join(os.tmpdir(), 'carry-input.yaml');
    writeFileSync(input, f.text);
    const cli = spawnSync('npx', ['tsx', 'scripts/upgrade/carry-values.ts', '--from', '0.1.0', input], { encoding: 'utf8' });
    expect(cli.status, `${f.name}: ${cli.stderr}`).toBe(0);
    await a.getByLabel('Your values file').fill(f.text);
    await a.getByRole('button', { name: 'Carry it to 0.2.0' }).click();
    // Byte for byte (toHaveText would normalise whitespace, which is YAML's structure).
    await expect.poll(() => a.getByTestId('upgrade-result').textContent(), { message: f.name }).toBe(cli.stdout);
  }
});
