import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { chartMetadata } from '@/lib/chart/files';
import { TEST_DIGEST, TEST_REPO, chartDefaults, generatedSecretsText, presetValues, type ReadBack } from '@/test/support/export-inputs';
import { EXPORT_KINDS, type ExportId } from './exports';
import { presetExample } from './preset-example';

const VERSION = chartMetadata().version;
const example = (id: string, digest: string | null = TEST_DIGEST) =>
  presetExample({
    id: id as ExportId,
    preset: presetValues(),
    defaults: chartDefaults(),
    generatedSecrets: generatedSecretsText(),
    pin: { version: VERSION, digest },
    repoUrl: TEST_REPO,
  });

describe('the docs example of each export (the production preset)', () => {
  it('Argo CD: the chart refusal for the preset, then the Application once the Secrets it names exist', () => {
    const { result, refusal } = example('argo-cd');
    expect(refusal).toContain('SECRETS THAT MUST NOT CHANGE:');
    expect(refusal).toContain('kubectl create secret generic aeterna-signing-key --namespace aeterna');
    if (!result.ready) throw new Error(result.reason);
    const app = parseAllDocuments(result.text)[0]!.toJS() as ReadBack;
    expect(app.spec.source.helm.valuesObject.auth.plugin.jwtSecret.existingSecret).toBe('aeterna-signing-key');
    expect(app.spec.source.helm.valuesObject.postgresql.auth.existingSecret).toBe('aeterna-postgresql-credentials');
  });

  it.each(['helm', 'helm-oci', 'flux', 'flux-oci', 'helmfile', 'terraform'])('%s: the preset as it is, no refusal', (id) => {
    const { result, refusal } = example(id);
    expect(refusal).toBeNull();
    expect(result.ready && result.text).toContain(TEST_DIGEST);
  });

  it('says why there is none when the index does not list the version', () => {
    expect(example('flux', null).result).toMatchObject({ ready: false, reason: expect.stringContaining('no digest to pin') });
  });

  it('refuses an id no export has, naming the ones there are', () => {
    expect(() => example('pulumi')).toThrow(
      'no export "pulumi": the exports are helm, helm-oci, argo-cd, flux, flux-oci, helmfile, terraform',
    );
  });

  it('every export links to a docs page that exists', () => {
    for (const k of EXPORT_KINDS) expect(existsSync(`content/docs/${k.docs}.md`), k.docs).toBe(true);
  });
});
