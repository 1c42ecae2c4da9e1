import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { expect, test } from '@playwright/test';
import { chartMetadata } from '../lib/chart/files';
import { setEditorText, showAllSettings, waitForEditor } from './support/configurator';

// Installing without internet access: the manifests view lists the images the values pull, rewrites the values
// for a private registry, and downloads a bundle holding the chart, the values, the image list and the copy script.
const REGISTRY = 'registry.example.com:5000/mirror';

test('the images of the values, their private-registry rewrite and the offline bundle', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/configure');
  await showAllSettings(page);
  await waitForEditor(page);
  await setEditorText(page, '# mine\nqdrant:\n  enabled: true\n');
  await page.getByRole('button', { name: /Show the manifests/ }).click();
  await expect(page.getByTestId('manifests-summary')).toBeVisible({ timeout: 60_000 });

  const panel = page.getByTestId('images-panel');
  await panel.locator('summary').click();
  const list = page.getByTestId('image-list');
  await expect(list).toContainText('ghcr.io/kikokikok/aeterna:v');
  await expect(list).toContainText('docker.io/bitnamilegacy/redis:8.2.1-debian-12-r0');
  await expect(list).toContainText('docker.io/qdrant/qdrant:v1.19.0');
  await expect(list).toContainText('registry.suse.com/bci/bci-base:latest');
  await expect(list).toContainText('Pod aeterna-qdrant-test-db-interaction, container test-script (hook: test)');
  await expect(list).toContainText('Deployment aeterna, init container wait-for-dependencies');

  const input = page.getByLabel(/Private registry/);
  await input.fill('myregistry');
  await expect(page.getByRole('alert').filter({ hasText: 'would be read as a Docker Hub user' })).toBeVisible();
  await input.fill(REGISTRY);
  const shown = page.getByTestId('private-registry-values');
  await expect(shown).toContainText('# mine');
  const values = parse((await shown.textContent())!) as { global: unknown; qdrant: { image: { repository: string } } };
  expect(values.global).toEqual({ imageRegistry: REGISTRY, security: { allowInsecureImages: true } });
  expect(values.qdrant.image.repository).toBe(`${REGISTRY}/qdrant/qdrant`);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download the offline bundle/ }).click(),
  ]);
  const { version } = chartMetadata();
  expect(download.suggestedFilename()).toBe(`aeterna-${version}-offline.zip`);
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  const dir = `aeterna-${version}-offline`;
  const names = Object.keys(files);
  expect(names).toEqual(
    expect.arrayContaining([
      `${dir}/README.md`,
      `${dir}/aeterna-${version}.tgz`,
      `${dir}/values.yaml`,
      `${dir}/images.txt`,
      `${dir}/copy-images.sh`,
      `${dir}/values.schema.json`,
    ]),
  );
  // The archive is the one /charts serves, byte for byte; the .prov is there exactly when the site serves one.
  const served = await page.request.get(`/charts/aeterna-${version}.tgz`);
  expect(Buffer.from(files[`${dir}/aeterna-${version}.tgz`]!).equals(await served.body())).toBe(true);
  const prov = await page.request.get(`/charts/aeterna-${version}.tgz.prov`);
  expect(names.includes(`${dir}/aeterna-${version}.tgz.prov`)).toBe(prov.ok());
  if (!prov.ok()) expect(strFromU8(files[`${dir}/README.md`]!)).toContain('There is **no provenance file**');
  expect(strFromU8(files[`${dir}/values.yaml`]!)).toBe((await shown.textContent())!);
  const images = strFromU8(files[`${dir}/images.txt`]!).trim().split('\n');
  expect(images).toContain('docker.io/bitnamilegacy/redis:8.2.1-debian-12-r0');
  expect(images.length).toBe(await list.locator(':scope > li').count());
  expect(strFromU8(files[`${dir}/copy-images.sh`]!)).toContain(
    `copy 'docker.io/qdrant/qdrant:v1.19.0' '${REGISTRY}/qdrant/qdrant:v1.19.0'`,
  );
});
