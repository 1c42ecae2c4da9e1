/**
 * The PostgreSQL client key must be PKCS#8 (sqlx on native-tls loads it with Identity::from_pkcs8, which refuses any
 * other PEM; psql does not). The pod's first init container checks the key it mounts, and this runs that script for
 * real with bash against keys made by openssl in every form a user may hold: only the unencrypted PKCS#8 key passes,
 * the others stop with the chart's message, the same one `helm install` prints when it can read the Secret
 * (test/cluster/lifecycle.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartCopyWithStandIns, removeChartCopy } from '../support/chart-copy';
import { CLIENT_KEY_MESSAGE, CLIENT_KEY_VALUES, makeClientKeys } from '../support/client-keys';
import { get, one, render, type Manifest } from '../support/render';

type Container = { name: string; command: string[]; volumeMounts?: Array<{ name: string; mountPath: string }> };
const initContainers = (m: Manifest) => get<Container[]>(m, 'spec', 'template', 'spec', 'initContainers') ?? [];

let dir: string;
let keys: string;
let manifests: Manifest[];
beforeAll(async () => {
  dir = await chartCopyWithStandIns({ withUnitTests: false });
  manifests = await render(dir, { values: CLIENT_KEY_VALUES });
  keys = mkdtempSync(path.join(os.tmpdir(), 'aeterna-keys-'));
  makeClientKeys(keys);
});
afterAll(async () => {
  if (dir) await removeChartCopy(dir);
});

/** The check's script, pointed at a local key file instead of the mounted Secret. */
function runCheck(m: Manifest, keyFile: string) {
  const check = initContainers(m).find((c) => c.name === 'check-postgresql-client-key');
  if (!check) throw new Error(`${m.kind} has no check-postgresql-client-key init container`);
  const script = check.command[2]!.replaceAll('/etc/aeterna/postgresql-tls/tls.key', path.join(keys, keyFile));
  return spawnSync('bash', ['-c', script], { encoding: 'utf8' });
}

describe('the PostgreSQL client key check', () => {
  it('is the first init container of the server and of the migration Job, and reads the mounted Secret', () => {
    for (const m of [one(manifests, 'Deployment'), one(manifests, 'Job')]) {
      const first = initContainers(m)[0]!;
      expect(first.name).toBe('check-postgresql-client-key');
      expect(first.volumeMounts).toEqual([{ name: 'postgresql-tls', mountPath: '/etc/aeterna/postgresql-tls', readOnly: true }]);
    }
  });

  it.each(['pkcs8.pem', 'ec-pkcs8.pem'])('lets an unencrypted PKCS#8 key through (%s)', (file) => {
    for (const m of [one(manifests, 'Deployment'), one(manifests, 'Job')]) {
      const r = runCheck(m, file);
      expect([r.status, r.stdout]).toEqual([0, '']);
    }
  });

  it.each(['pkcs1.pem', 'sec1.pem', 'encrypted.pem', 'crlf-pkcs1.pem'])('stops on %s with the chart’s message', (file) => {
    const r = runCheck(one(manifests, 'Deployment'), file);
    expect(r.status).toBe(1);
    expect(r.stdout.trim()).toBe(CLIENT_KEY_MESSAGE);
  });

  it('is not there when no client certificate is used', async () => {
    const plain = await render(dir, {
      values: { ...CLIENT_KEY_VALUES, externalPostgresql: { ...CLIENT_KEY_VALUES.externalPostgresql, tls: { sslMode: 'require' } } },
    });
    const names = initContainers(one(plain, 'Deployment')).map((c) => c.name);
    expect(names).not.toContain('check-postgresql-client-key');
    expect(names).toContain('wait-for-dependencies');
  });
});
