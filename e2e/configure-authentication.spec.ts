import { expect, test } from '@playwright/test';
import { downloadValues, editorText, expectHelmAccepts, expectNoProblems, field, openFresh, setEditorText } from './support/configurator';

const authChoice = (page: import('@playwright/test').Page, name: RegExp) =>
  page.getByRole('radiogroup', { name: 'Authentication' }).getByRole('radio', { name });

test('authentication: plugin auth asks for its GitHub OAuth App; publishing without auth needs the acknowledgement', async ({ page }) => {
  await openFresh(page);
  await expect(authChoice(page, /^Off/)).toBeChecked();
  await expect(field(page, 'auth.acknowledgeUnauthenticatedExposure')).toBeHidden();

  await authChoice(page, /^Plugin auth \(/).check();
  await expect.poll(() => editorText(page)).toBe('auth:\n  mode: plugin\n');
  await expect(page.getByTestId('verdict')).toContainText('problem');
  await field(page, 'auth.plugin.github.existingSecret').fill('aeterna-github-oauth');
  await expectNoProblems(page);
  await expect(page.getByTestId('install-commands')).toContainText(
    "kubectl create secret generic aeterna-github-oauth --namespace aeterna --from-literal='client-id=<github-oauth-client-id>' --from-literal='client-secret=<github-oauth-client-secret>'",
  );

  await authChoice(page, /Kubernetes tokens/).check();
  await expect.poll(() => editorText(page)).toContain('  kubernetes:\n    enabled: true\n');

  // Back to off, then publish the Service: the chart refuses it, the form offers the acknowledgement.
  await authChoice(page, /^Off/).check();
  await field(page, 'service.type').selectOption('LoadBalancer');
  await expect(page.getByTestId('auth-exposure')).toBeVisible();
  await expect(page.getByTestId('verdict')).toContainText('problem');
  await field(page, 'auth.acknowledgeUnauthenticatedExposure').check();
  // The NetworkPolicy (on by default) must admit the load balancer's traffic: the chart's own message says how.
  await expect(page.getByTestId('error-list')).toContainText('List who must reach it in networkPolicy.allowedClients');
  await setEditorText(page, `${await editorText(page)}networkPolicy:\n  allowedClients:\n    - ipBlock:\n        cidr: 0.0.0.0/0\n`);
  await expectNoProblems(page);
  const text = await editorText(page);
  expect(text).toContain('acknowledgeUnauthenticatedExposure: true');
  expect(text).toContain('type: LoadBalancer');

  await expectHelmAccepts(await downloadValues(page, 'authentication'));
});
