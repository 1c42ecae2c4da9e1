import { expect, test } from '@playwright/test';
import { downloadValues, editorText, expectHelmAccepts, expectNoProblems, field, openFresh } from './support/configurator';

test('all bundled: change the bundled settings, download a values file that installs', async ({ page }) => {
  await openFresh(page);
  await expectNoProblems(page);
  expect(await editorText(page)).toBe('{}\n');

  // Clearing a field to type a new value: it stays empty (meaning "chart default") instead of snapping back.
  const replicas = field(page, 'replicaCount');
  await replicas.fill('5');
  await expect.poll(() => editorText(page)).toBe('replicaCount: 5\n');
  await replicas.press('Control+a');
  await replicas.press('Backspace');
  await expect(replicas).toHaveValue('');
  await expect.poll(() => editorText(page)).toBe('{}\n');
  await replicas.pressSequentially('3');
  await expect.poll(() => editorText(page)).toBe('replicaCount: 3\n');
  await replicas.fill('');
  await expect.poll(() => editorText(page)).toBe('{}\n');

  // The bundled side shows the subcharts' main settings, from the schema.
  await field(page, 'redis.architecture').selectOption('replication');
  await field(page, 'postgresql.primary.persistence.size').fill('20Gi');
  await field(page, 'qdrant.persistence.size').fill('50Gi');

  await expect
    .poll(() => editorText(page))
    .toBe(
      'redis:\n  architecture: replication\npostgresql:\n  primary:\n    persistence:\n      size: 20Gi\nqdrant:\n  persistence:\n    size: 50Gi\n',
    );
  await expectNoProblems(page);
  await expect(page.getByTestId('install-commands')).toContainText(
    'helm install aeterna aeterna/aeterna --namespace aeterna --create-namespace -f values.yaml',
  );
  await expect(page.getByTestId('install-commands')).not.toContainText('kubectl create secret');

  const file = await downloadValues(page, 'all-bundled');
  await expectHelmAccepts(file);
});
