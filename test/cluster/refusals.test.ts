/**
 * The paths to a refusal that need a cluster, on a real API server: Helm 3's `install --dry-run=client` (it asks
 * the cluster for its version) for every rule's case, and `helm install` and `helm upgrade` of a file that breaks
 * three rules, with Helm 4 and Helm 3. Each prints the rules' own messages and leaves the cluster as it was: no
 * object is created, an existing release stays at its revision. The cluster-free paths are
 * test/chart/refusals.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapLimit, type HelmBin } from '../support/chart-copy';
import { type TestCluster } from '../support/test-cluster';
import { startClusterAndChart, stopClusterAndChart } from '../support/cluster-chart';
import { CLIENT_KEY_MESSAGE, CLIENT_KEY_VALUES, makeClientKeys } from '../support/client-keys';
import { RULE_CASES, TEMPLATE_ONLY_CASES, caseMessage } from '../support/rule-cases';

let cluster: TestCluster;
let chartDir: string;

beforeAll(async () => ([cluster, chartDir] = await startClusterAndChart()));
afterAll(() => stopClusterAndChart(cluster, chartDir));

function valuesFile(name: string, values: unknown): string {
  const file = path.join(path.dirname(chartDir), `${name}.json`);
  writeFileSync(file, JSON.stringify(values));
  return file;
}

const THREE = {
  values: { externalRedis: { host: 'redis.example' }, aeterna: { kms: { provider: 'aws' } }, auth: { mode: 'plugin' } },
  rules: ['redis-both', 'kms-aws-without-key', 'plugin-auth-without-github'],
};

describe('Helm 3 install --dry-run=client', () => {
  it('refuses each rule’s case with exactly its message', async () => {
    const ns = await cluster.namespace('helm3-dry-run');
    const cases = [...RULE_CASES, ...TEMPLATE_ONLY_CASES];
    const problems = (
      await mapLimit(cases, 4, async (c, i) => {
        const file = valuesFile(`dry-${i}`, c.values);
        const r = await cluster.helm(['install', `dry${i}`, chartDir, '-n', ns, '--dry-run=client', '-f', file], {
          bin: 'helm3',
          check: false,
        });
        const output = r.stdout + r.stderr;
        if (r.code === 0) return [`${c.rule}: exited 0`];
        const said = c.helmSays ? c.helmSays.test(output) : output.includes(caseMessage(c));
        return said ? [] : [`${c.rule}: ${output.slice(0, 600)}`];
      })
    ).flat();
    expect(problems).toEqual([]);
  });
});

/** helm's refusal of the three-rule file: non-zero, Helm's own failure word, and the three messages. */
function expectThreeMessages(r: { code: number; stderr: string }, failure: string): void {
  expect(r.code).not.toBe(0);
  expect(r.stderr).toContain(failure);
  for (const rule of THREE.rules) expect(r.stderr).toContain(caseMessage({ rule, values: {} }));
}

describe.each<HelmBin>(['helm', 'helm3'])('%s install and upgrade', (bin) => {
  it('install refuses a file that breaks three rules with the three messages, and creates nothing', async () => {
    const ns = await cluster.namespace(`${bin}-refused-install`);
    const r = await cluster.helm(['install', 'refused', chartDir, '-n', ns, '-f', valuesFile(`${bin}-three-install`, THREE.values)], {
      bin,
      check: false,
    });
    expectThreeMessages(r, 'INSTALLATION FAILED');
    const secrets = await cluster.api.list(`/api/v1/namespaces/${ns}/secrets`);
    expect(secrets.items.map((s) => s.metadata.name)).toEqual([]);
  });

  it('upgrade of a release refuses the same file with the three messages, and the release stays at revision 1', async () => {
    const ns = await cluster.namespace(`${bin}-refused-upgrade`);
    await cluster.helm(['install', 'kept', chartDir, '-n', ns], { bin });
    const r = await cluster.helm(['upgrade', 'kept', chartDir, '-n', ns, '-f', valuesFile(`${bin}-three-upgrade`, THREE.values)], {
      bin,
      check: false,
    });
    expectThreeMessages(r, 'UPGRADE FAILED');
    const status = await cluster.helm(['status', 'kept', '-n', ns], { bin });
    expect(status.stdout).toContain('STATUS: deployed');
    expect(status.stdout).toContain('REVISION: 1');
  });
});

describe('a PostgreSQL client key the server cannot load', () => {
  const keys = mkdtempSync(path.join(os.tmpdir(), 'aeterna-keys-'));
  makeClientKeys(keys);
  const tlsSecret = (ns: string, keyFile: string) => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'pg-tls', namespace: ns },
    stringData: { 'tls.crt': 'unused by the check', 'tls.key': readFileSync(path.join(keys, keyFile), 'utf8') },
  });

  it.each<HelmBin>(['helm', 'helm3'])('%s install refuses a PKCS#1 key it can read, with the init container’s message', async (bin) => {
    const ns = await cluster.namespace(`${bin}-pkcs1`);
    await cluster.api.create(`/api/v1/namespaces/${ns}/secrets`, tlsSecret(ns, 'pkcs1.pem'));
    const r = await cluster.helm(['install', 'pk', chartDir, '-n', ns, '-f', valuesFile(`${bin}-pkcs1`, CLIENT_KEY_VALUES)], {
      bin,
      check: false,
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(CLIENT_KEY_MESSAGE);
  });

  it('helm install --dry-run=server accepts the same values once the key is PKCS#8', async () => {
    const ns = await cluster.namespace('helm-pkcs8');
    await cluster.api.create(`/api/v1/namespaces/${ns}/secrets`, tlsSecret(ns, 'pkcs8.pem'));
    const r = await cluster.helm(['install', 'pk', chartDir, '-n', ns, '--dry-run=server', '-f', valuesFile('pkcs8', CLIENT_KEY_VALUES)], {
      check: false,
    });
    expect([r.code, r.stderr]).toEqual([0, '']);
  });
});
