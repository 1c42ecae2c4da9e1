/**
 * lib/chart/generated-secrets.ts says what the chart refuses in a render without the cluster before Argo CD does:
 * `helm template` (which cannot read the cluster, as under Argo CD) must fail with exactly its message, and render
 * when it finds nothing pending.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingGeneratedSecrets, refusalMessage } from '../../lib/chart/generated-secrets';
import { coalesce, type JsonObject } from '../../lib/values/coalesce';
import { chartCopyWithStandIns, helm, removeChartCopy } from '../support/chart-copy';
import { chartDefaults, generatedSecretsText, presetValues, productionWithExistingSecrets } from '../support/export-inputs';

let chartDir: string;
let work: string;
let n = 0;

beforeAll(async () => {
  chartDir = await chartCopyWithStandIns({ withUnitTests: false });
  work = await mkdtemp(path.join(tmpdir(), 'aeterna-refusal-'));
});

afterAll(async () => {
  if (chartDir) await removeChartCopy(chartDir);
  if (work) await rm(work, { recursive: true, force: true });
});

const CASES: [string, JsonObject, string, string][] = [
  ['the defaults', {}, 'aeterna', 'aeterna'],
  ['the production preset', presetValues(), 'ae', 'prod'],
  ['the local preset', presetValues('values-local.yaml'), 'aeterna', 'dev'],
  [
    'plugin auth with a fullnameOverride',
    { auth: { mode: 'plugin', plugin: { github: { existingSecret: 'gh' }, redirectBaseUrl: 'https://a.example' } }, fullnameOverride: 'x' },
    'r',
    'n',
  ],
  ['the production preset with its Secrets named', productionWithExistingSecrets(), 'aeterna', 'aeterna'],
  [
    'AWS KMS and both PostgreSQL passwords',
    {
      aeterna: { kms: { provider: 'aws', aws: { keyArn: 'alias/aeterna' } } },
      postgresql: { auth: { password: 'p', postgresPassword: 'q' } },
    },
    'aeterna',
    'aeterna',
  ],
];

describe('helm template refuses exactly what lib/chart/generated-secrets.ts predicts', () => {
  it.each(CASES)('%s', async (_name, values, release, namespace) => {
    const file = path.join(work, `v-${n++}.json`);
    await writeFile(file, JSON.stringify(values));
    const out = await helm(['template', release, chartDir, '--namespace', namespace, '-f', file], { check: false });
    const tpl = generatedSecretsText();
    const pending = pendingGeneratedSecrets(tpl, coalesce(chartDefaults(), values), release, namespace);
    if (pending.length === 0) {
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0);
    } else {
      expect(out.code).not.toBe(0);
      expect(out.stderr).toContain(refusalMessage(tpl, pending, namespace));
    }
  });
});
