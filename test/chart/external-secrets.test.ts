/**
 * Credentials from the team's secret store (externalSecrets.*, templates/_external-secrets.tpl): with the External
 * Secrets Operator's API present, each credential given a remote reference yields an ExternalSecret whose target is
 * the Secret every consumer reads (Deployment, init containers, migration Job, backup CronJobs), with the keys they
 * read; a credential the chart would generate (KMS key, signing key, PostgreSQL passwords) is then not generated, and
 * a render without the cluster does not refuse for it. Without the API the render refuses with the message below;
 * by default no ExternalSecret is rendered. test/cluster/external-secrets.test.ts has the API server judge them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartCopyWithStandIns, removeChartCopy } from '../support/chart-copy';
import { all, get, isStandIn, render, templateRaw, type Manifest } from '../support/render';
import { BUNDLED_FROM_STORE, ESO_API, EXTERNAL_FROM_STORE, STORE, ref } from '../support/external-secrets';

interface ExternalSecretSpec {
  refreshInterval: string;
  secretStoreRef: { name: string; kind: string };
  target: { name: string; creationPolicy: string; deletionPolicy: string };
  data: { secretKey: string; remoteRef: { key: string; property?: string } }[];
}

/** Every Secret the chart's pods read, as "name/key" (env, envFrom is not used for credentials) and Secret volumes as "name/*". */
function secretReads(manifests: Manifest[]): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v === null || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    const skr = o.secretKeyRef as { name: string; key: string } | undefined;
    if (skr) out.add(`${skr.name}/${skr.key}`);
    const vol = o.secret as { secretName?: string } | undefined;
    if (vol?.secretName) out.add(`${vol.secretName}/*`);
    Object.values(o).forEach(walk);
  };
  manifests.filter((m) => !isStandIn(m) && ['Deployment', 'Job', 'CronJob'].includes(m.kind)).forEach((m) => walk(m.spec));
  return [...out].sort();
}

/** What the ExternalSecrets write, as "target/secretKey" (and "target/*"). */
function written(manifests: Manifest[]): string[] {
  return all(manifests, 'ExternalSecret').flatMap((m) => {
    const spec = get<ExternalSecretSpec>(m, 'spec');
    return [`${spec.target.name}/*`, ...spec.data.map((d) => `${spec.target.name}/${d.secretKey}`)];
  });
}

const byName = (manifests: Manifest[]) =>
  Object.fromEntries(all(manifests, 'ExternalSecret').map((m) => [m.metadata.name, get<ExternalSecretSpec>(m, 'spec')]));

let dir: string;
beforeAll(async () => {
  dir = await chartCopyWithStandIns({ withUnitTests: false });
});
afterAll(async () => {
  if (dir) await removeChartCopy(dir);
});

describe('with the External Secrets Operator API (external-secrets.io/v1)', () => {
  it('bundled PostgreSQL: one ExternalSecret per credential, with its target and remote references', async () => {
    const m = await render(dir, { values: BUNDLED_FROM_STORE, apiVersions: [ESO_API] });
    const es = byName(m);
    const data = (name: string) =>
      es[name]?.data.map((d) => `${d.secretKey}<-${d.remoteRef.key}${d.remoteRef.property ? `#${d.remoteRef.property}` : ''}`);
    expect(Object.fromEntries(Object.entries(es).map(([name, s]) => [name, s.target.name]))).toEqual({
      'rel-aeterna-postgresql': 'rel-aeterna-postgresql', // postgresql.auth.existingSecret's default, read by the Bitnami chart
      'rel-aeterna-openai': 'rel-aeterna-openai',
      'rel-aeterna-knowledge-github': 'rel-aeterna-knowledge-github',
      'rel-aeterna-kms-local-key': 'rel-aeterna-kms-local-key',
      'rel-aeterna-vault-token': 'rel-aeterna-vault-token',
      'rel-aeterna-plugin-jwt-secret': 'rel-aeterna-plugin-jwt-secret',
      'rel-aeterna-plugin-github': 'rel-aeterna-plugin-github',
      'rel-aeterna-permit': 'rel-aeterna-permit',
      'rel-aeterna-a2a': 'rel-aeterna-a2a',
      'rel-aeterna-backup-s3': 'rel-aeterna-backup-s3',
    });
    expect(data('rel-aeterna-postgresql')).toEqual([
      'password<-aeterna/postgresql#password',
      'postgres-password<-aeterna/postgresql#postgres-password',
    ]);
    expect(data('rel-aeterna-knowledge-github')).toEqual(['token<-aeterna/github#token', 'webhook-secret<-aeterna/github#webhook']);
    expect(data('rel-aeterna-kms-local-key')).toEqual(['kms-key<-aeterna/kms']);
    expect(data('rel-aeterna-plugin-jwt-secret')).toEqual(['jwt-secret<-aeterna/jwt']);
    expect(data('rel-aeterna-plugin-github')).toEqual(['client-id<-aeterna/oauth#client-id', 'client-secret<-aeterna/oauth#client-secret']);
    expect(data('rel-aeterna-backup-s3')).toEqual(['AWS_ACCESS_KEY_ID<-aeterna/s3#id', 'AWS_SECRET_ACCESS_KEY<-aeterna/s3#secret']);
    for (const s of Object.values(es)) {
      expect(s.secretStoreRef).toEqual({ name: 'team-store', kind: 'ClusterSecretStore' });
      expect(s.refreshInterval).toBe('15m');
      expect(s.target).toMatchObject({ creationPolicy: 'Owner', deletionPolicy: 'Retain' });
    }
  });

  it('bundled PostgreSQL: every consumer reads a Secret and key an ExternalSecret writes, and the chart generates no Secret', async () => {
    const m = await render(dir, { values: BUNDLED_FROM_STORE, apiVersions: [ESO_API] });
    const reads = secretReads(m);
    expect(reads.length).toBeGreaterThanOrEqual(12);
    expect(reads.filter((r) => !written(m).includes(r))).toEqual([]);
    expect(all(m, 'Secret').map((s) => s.metadata.name)).toEqual([]);
    // The bundled PostgreSQL reads postgresql.auth.existingSecret: the ExternalSecret's target.
    expect(reads).toEqual(expect.arrayContaining(['rel-aeterna-postgresql/password', 'rel-aeterna-postgresql/postgres-password']));
    expect(m.find((x) => x.kind === 'ConfigMap' && x.metadata.name === 'rel-aeterna')?.data).toMatchObject({
      AGENT_A2A_AUTH_ENABLED: 'true',
    });
  });

  it('external PostgreSQL: the server, its init containers and the migration Job read the store’s Secrets, TLS volume included', async () => {
    const m = await render(dir, { values: EXTERNAL_FROM_STORE, apiVersions: [ESO_API] });
    expect(Object.keys(byName(m)).sort()).toEqual(['rel-aeterna-postgresql', 'rel-aeterna-postgresql-admin', 'rel-aeterna-postgresql-tls']);
    const reads = secretReads(m);
    expect(reads).toEqual(
      expect.arrayContaining([
        'rel-aeterna-postgresql/password',
        'rel-aeterna-postgresql-admin/password',
        'rel-aeterna-postgresql-tls/*',
        'rel-aeterna-kms/kms-key', // not from the store here: the chart's own generated key
      ]),
    );
    expect(reads.filter((r) => !written(m).includes(r) && !r.startsWith('rel-aeterna-kms/'))).toEqual([]);
    const job = all(m, 'Job').find((j) => j.metadata.name.includes('migrate'))!;
    expect(secretReads([job])).toEqual(expect.arrayContaining(['rel-aeterna-postgresql-admin/password']));
  });

  it('an existingSecret you name becomes the target, so its consumers keep reading it', async () => {
    const m = await render(dir, {
      values: {
        aeterna: { llm: { provider: 'openai', openai: { existingSecret: 'my-openai', existingSecretKey: 'token' } } },
        externalSecrets: { ...STORE, openai: { apiKey: ref('aeterna/openai') } },
      },
      apiVersions: [ESO_API],
    });
    expect(byName(m)['rel-aeterna-openai']?.target.name).toBe('my-openai');
    expect(byName(m)['rel-aeterna-openai']?.data).toEqual([{ secretKey: 'token', remoteRef: { key: 'aeterna/openai' } }]);
    expect(secretReads(m)).toContain('my-openai/token');
  });

  it('the pods’ checksum/secret changes when a credential moves to the store', async () => {
    const checksum = (m: Manifest[]) =>
      get<string>(
        m.find((x) => x.kind === 'Deployment'),
        'spec',
        'template',
        'metadata',
        'annotations',
        'checksum/secret',
      );
    const before = await render(dir, { values: { externalPostgresql: {} }, apiVersions: [ESO_API] });
    const after = await render(dir, {
      values: { externalSecrets: { ...STORE, kmsLocalKey: { key: ref('aeterna/kms') } } },
      apiVersions: [ESO_API],
    });
    const moved = await render(dir, {
      values: { externalSecrets: { ...STORE, kmsLocalKey: { key: ref('aeterna/kms-2') } } },
      apiVersions: [ESO_API],
    });
    expect(checksum(after)).not.toBe(checksum(before));
    expect(checksum(moved)).not.toBe(checksum(after));
  });

  it('a render without the cluster does not refuse for the generated Secrets the store provides', async () => {
    const refuse = { generatedSecrets: { withoutCluster: 'refuse' } };
    const fromStore = await templateRaw(dir, {
      values: {
        ...refuse,
        auth: { mode: 'plugin' },
        externalSecrets: {
          ...STORE,
          postgresql: BUNDLED_FROM_STORE.externalSecrets.postgresql,
          kmsLocalKey: { key: ref('aeterna/kms') },
          pluginJwtSecret: { key: ref('aeterna/jwt') },
          pluginGithub: BUNDLED_FROM_STORE.externalSecrets.pluginGithub,
        },
      },
      apiVersions: [ESO_API],
    });
    expect(fromStore.stderr).toBe('');
    expect(fromStore.code).toBe(0);
    // Only the KMS key from the store: the refusal still names the signing key and the PostgreSQL passwords.
    const partly = await templateRaw(dir, {
      values: {
        ...refuse,
        auth: { mode: 'plugin' },
        externalSecrets: {
          ...STORE,
          kmsLocalKey: { key: ref('aeterna/kms') },
          pluginGithub: BUNDLED_FROM_STORE.externalSecrets.pluginGithub,
        },
      },
      apiVersions: [ESO_API],
    });
    expect(partly.code).not.toBe(0);
    expect(partly.stderr).toContain('SECRETS THAT MUST NOT CHANGE');
    expect(partly.stderr).not.toContain('the local KMS key');
    expect(partly.stderr).toContain('the plugin-auth signing key');
    expect(partly.stderr).toContain("the bundled PostgreSQL's passwords");
  });
});

describe('without the API', () => {
  it('refuses with the names of the Secrets nobody would write', async () => {
    const r = await templateRaw(dir, { values: BUNDLED_FROM_STORE });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      'externalSecrets.enabled: the cluster does not serve external-secrets.io/v1 ExternalSecret, so nothing would write the Secrets ' +
        'rel-aeterna-postgresql, rel-aeterna-openai, rel-aeterna-knowledge-github, rel-aeterna-kms-local-key, rel-aeterna-vault-token, ' +
        'rel-aeterna-plugin-jwt-secret, rel-aeterna-plugin-github, rel-aeterna-permit, rel-aeterna-a2a, rel-aeterna-backup-s3 that the pods read. ' +
        'Install the External Secrets Operator (v0.17 or later, which serves external-secrets.io/v1) before this chart, or set ' +
        'externalSecrets.enabled=false and create those Secrets yourself. A render without the cluster (helm template, Argo CD without ' +
        'the CRD) must be told the API exists: --api-versions external-secrets.io/v1/ExternalSecret.',
    );
  });

  it('enabled with no remote reference renders and asks nothing of the cluster', async () => {
    const m = await render(dir, { values: { externalSecrets: STORE } });
    expect(all(m, 'ExternalSecret')).toEqual([]);
  });
});

describe('by default', () => {
  it('no ExternalSecret, even where the API is served, and the consumers read the chart’s own Secrets', async () => {
    const m = await render(dir, { apiVersions: [ESO_API] });
    expect(all(m, 'ExternalSecret')).toEqual([]);
    expect(secretReads(m)).toEqual(expect.arrayContaining(['rel-aeterna-kms/kms-key', 'rel-aeterna-postgresql/password']));
  });
});
