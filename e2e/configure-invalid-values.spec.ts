import { expect, test } from '@playwright/test';
import { editorMarkers, editorText, field, openFresh, setEditorText } from './support/configurator';

test('invalid values show the right errors in the form, the list and the editor', async ({ page }) => {
  await openFresh(page);
  await setEditorText(
    page,
    'redis:\n  enabled: false\nservice:\n  port: 0\nreadinesProbe:\n  enabled: true\nimage:\n  pullPolicy: Sometimes\n',
  );

  const required = 'externalRedis.host is required when redis.enabled is false.';
  const range = 'service.port must be at least 1; got 0.';
  const unknown = 'readinesProbe is not a setting of this chart: did you mean readinessProbe?';
  const pullPolicy = /^image\.pullPolicy must be one of .*"IfNotPresent".*; got "Sometimes"\.$/;

  // The list.
  const list = page.getByTestId('error-list');
  await expect(list).toContainText(required);
  await expect(list).toContainText(range);
  await expect(list).toContainText(unknown);
  await expect(list.getByRole('button', { name: pullPolicy })).toBeVisible();
  await expect(page.getByTestId('verdict')).toHaveText('4 problems: helm would refuse this values file.');

  // At the fields (the YAML edit updated the form: Redis is external now).
  await expect(page.getByRole('radiogroup', { name: 'Redis: bundled or external' }).getByRole('radio', { name: /External/ })).toBeChecked();
  await expect(page.locator('[data-dependency="redis"]')).toContainText(required);
  await expect(page.locator('#group-networking')).toContainText(range);

  // In the editor, on the lines of the values.
  await expect
    .poll(async () =>
      (await editorMarkers(page))
        .filter((m) => m.owner === 'aeterna')
        .map((m) => `${m.startLineNumber}: ${m.message}`)
        .sort(),
    )
    .toEqual([`2: ${required}`, `4: ${range}`, `5: ${unknown}`, expect.stringMatching(/^8: image\.pullPolicy must be one of/)]);
  // monaco-yaml checks the file against the chart schema too (completion, hover and its own markers).
  await expect.poll(async () => (await editorMarkers(page)).some((m) => m.owner === 'yaml' && m.startLineNumber === 5)).toBe(true);

  // The list jumps to the field.
  await list.getByRole('button', { name: required }).click();
  await expect(field(page, 'externalRedis.host')).toBeFocused();
  await field(page, 'externalRedis.host').fill('cache');
  await expect(list).not.toContainText(required);

  // A field inside a folded section (the image reference) is unfolded and focused.
  await list.getByRole('button', { name: pullPolicy }).click();
  await expect(field(page, 'image.pullPolicy')).toBeFocused();

  // A syntax error is reported with line and column and does not wipe the form.
  const before = await editorText(page);
  await setEditorText(page, `${before}ingress:\n  enabled: [true\n`);
  await expect(list).toContainText(/YAML syntax error at line \d+, column \d+/);
  await expect(field(page, 'externalRedis.host')).toHaveValue('cache');
  await expect(page.getByTestId('verdict')).toHaveText('The YAML does not parse; the form keeps the last values that did.');
});
