import { expect, test } from '@playwright/test';
import { editorMarkers, expectEditorText, field, openFresh, showAllSettings, waitForEditor } from './support/configurator';

// The target cluster (issue 22): a preset or a version changes the form's warnings while the user works, the
// manifests view renders for that cluster, and a share link brings the cluster back with the values.
const SM =
  'WARNING: metrics.serviceMonitor.enabled is true but the cluster does not serve monitoring.coreos.com/v1: no ServiceMonitor was created. Install the Prometheus Operator CRDs, or set metrics.serviceMonitor.forceRender=true.';
const TOO_OLD = 'chart requires kubeVersion: >=1.29.0-0 which is incompatible with Kubernetes v1.28.15';

const cluster = (page: import('@playwright/test').Page) => page.getByTestId('target-cluster');
const preset = (page: import('@playwright/test').Page, label: string) =>
  cluster(page).getByRole('checkbox', { name: new RegExp(`^${label} `) });
const version = (page: import('@playwright/test').Page) => cluster(page).getByRole('textbox', { name: 'Kubernetes version' });
// The control is folded at first (the first view stays short): its summary says the cluster, a click opens it.
const summary = (page: import('@playwright/test').Page) => page.getByTestId('target-cluster-summary');
async function openCluster(page: import('@playwright/test').Page) {
  await expect(version(page)).toBeHidden();
  await summary(page).click();
  await expect(version(page)).toBeVisible();
}

test('a preset silences the ServiceMonitor warning, a too old Kubernetes is refused, and the share link keeps the cluster', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await openFresh(page);
  await expect(summary(page)).toHaveText('Kubernetes 1.36.0, a plain cluster');
  await openCluster(page);
  await expect(version(page)).toHaveValue('1.36.0');
  await expect(preset(page, 'Prometheus Operator')).not.toBeChecked();

  // Asked for on the plain cluster: helm's NOTES warning, in the list and at the value's line in the editor.
  await field(page, 'metrics.serviceMonitor.enabled').check();
  await expectEditorText(page, 'metrics:\n  serviceMonitor:\n    enabled: true\n');
  await expect(page.getByTestId('cluster-warnings').getByRole('listitem')).toHaveText([SM]);
  await expect.poll(async () => (await editorMarkers(page)).filter((m) => m.message === SM).map((m) => m.startLineNumber)).toEqual([3]);

  await preset(page, 'Prometheus Operator').check();
  await expect(page.getByTestId('cluster-warnings')).toHaveCount(0);
  await expect.poll(async () => (await editorMarkers(page)).filter((m) => m.message === SM)).toEqual([]);

  await version(page).fill('1.28.15');
  await expect(page.getByTestId('kube-version-warning')).toHaveText(TOO_OLD);
  await expect(page.getByTestId('cluster-warnings').getByRole('listitem')).toHaveText([TOO_OLD]);
  await version(page).fill('1.31.4');
  await expect(page.getByTestId('kube-version-warning')).toHaveCount(0);
  await expect(page.getByTestId('cluster-warnings')).toHaveCount(0);
  await expect(summary(page)).toHaveText('Kubernetes 1.31.4 with Prometheus Operator');

  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  expect([...new URLSearchParams(new URL(link).hash.slice(1)).keys()]).toEqual(['values', 'cluster']);

  // Another browser: nothing saved, the link alone.
  const other = await browser.newContext();
  const opened = await other.newPage();
  await opened.goto(link);
  await waitForEditor(opened);
  await showAllSettings(opened);
  await expectEditorText(opened, 'metrics:\n  serviceMonitor:\n    enabled: true\n');
  await expect(summary(opened)).toHaveText('Kubernetes 1.31.4 with Prometheus Operator');
  await openCluster(opened);
  await expect(version(opened)).toHaveValue('1.31.4');
  await expect(preset(opened, 'Prometheus Operator')).toBeChecked();
  await expect(preset(opened, 'Gateway API')).not.toBeChecked();
  await expect(opened.getByTestId('cluster-warnings')).toHaveCount(0);

  // The manifests view renders for the link's cluster: the ServiceMonitor is there.
  await opened.getByRole('button', { name: /Show the manifests/ }).click();
  await expect(opened.getByTestId('manifests-summary')).toBeVisible({ timeout: 60_000 });
  await expect(opened.getByTestId('manifests-cluster')).toContainText('For Kubernetes 1.31.4, serving 12 API versions beyond Kubernetes');
  await expect(opened.getByText(/^ServiceMonitor \(1\)$/)).toBeVisible();

  // Taking the preset away in the restored page: the warning comes back and the ServiceMonitor goes.
  await preset(opened, 'Prometheus Operator').uncheck();
  await expect(opened.getByTestId('cluster-warnings').getByRole('listitem')).toHaveText([SM]);
  await expect(opened.getByText(/^ServiceMonitor \(1\)$/)).toHaveCount(0);
  await other.close();
});

test('a share link made before the target cluster existed opens on the plain cluster', async ({ page, browser }) => {
  await openFresh(page);
  await field(page, 'metrics.serviceMonitor.enabled').check();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  // The plain cluster is left out of the link, so such a link is what links were before.
  expect([...new URLSearchParams(new URL(link).hash.slice(1)).keys()]).toEqual(['values']);
  const other = await browser.newContext();
  const opened = await other.newPage();
  await opened.goto(link);
  await waitForEditor(opened);
  await expect(summary(opened)).toHaveText('Kubernetes 1.36.0, a plain cluster');
  await openCluster(opened);
  await expect(version(opened)).toHaveValue('1.36.0');
  await expect(opened.getByTestId('cluster-warnings').getByRole('listitem')).toHaveText([SM]);
  await other.close();
});

test('a pasted kubectl api-versions adds what it lists beyond the presets, and Forget them takes only that away', async ({ page }) => {
  await openFresh(page);
  await openCluster(page);
  await preset(page, 'cert-manager').check();
  await cluster(page).getByText('Paste kubectl output').click();
  await cluster(page)
    .getByRole('textbox', { name: /kubectl api-versions/ })
    .fill(['v1', 'apps/v1', 'cert-manager.io/v1', 'acme.cert-manager.io/v1', 'example.com/v1', 'example.com/v2'].join('\n'));
  await cluster(page).getByRole('button', { name: 'Use this output' }).click();
  await expect(cluster(page).getByTestId('paste-result')).toContainText('From kubectl api-versions (6 listed)');
  await expect(summary(page)).toHaveText('Kubernetes 1.36.0 with cert-manager and 2 other API versions');
  await cluster(page).getByTestId('other-apis').getByText('and 2 other API versions (from a paste)').click();
  await cluster(page).getByRole('button', { name: 'Forget them' }).click();
  await expect(summary(page)).toHaveText('Kubernetes 1.36.0 with cert-manager');
  await expect(preset(page, 'cert-manager')).toBeChecked();
});
