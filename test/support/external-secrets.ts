/**
 * Values that take every credential from the team's secret store (externalSecrets.*), shared by the chart test
 * (test/chart/external-secrets.test.ts: targets, keys and consumers) and the cluster test
 * (test/cluster/external-secrets.test.ts: the API server judges the rendered ExternalSecrets).
 */
export const ESO_API = 'external-secrets.io/v1/ExternalSecret';
export const STORE = { enabled: true, secretStoreRef: { name: 'team-store', kind: 'ClusterSecretStore' }, refreshInterval: '15m' };
export const ref = (key: string, property?: string) => (property ? { key, property } : { key });

/** Every credential of the bundled-PostgreSQL setup from the store, with the settings that make the chart read it. */
export const BUNDLED_FROM_STORE = {
  aeterna: {
    llm: { provider: 'openai' },
    secretProvider: { provider: 'vault', vault: { address: 'https://vault.example' } },
    knowledgeRepository: { remote: { url: 'https://github.com/acme/knowledge.git' }, github: { owner: 'acme', repo: 'knowledge' } },
  },
  auth: {
    mode: 'plugin',
    authorization: { backend: 'permit', permit: { pdpUrl: 'https://pdp.example' } },
  },
  backup: { enabled: true, destination: { type: 's3', s3: { bucket: 'backups' } } },
  externalSecrets: {
    ...STORE,
    postgresql: { password: ref('aeterna/postgresql', 'password'), postgresPassword: ref('aeterna/postgresql', 'postgres-password') },
    openai: { apiKey: ref('aeterna/openai') },
    knowledgeRepositoryGithub: { token: ref('aeterna/github', 'token'), webhookSecret: ref('aeterna/github', 'webhook') },
    kmsLocalKey: { key: ref('aeterna/kms') },
    vaultToken: { token: ref('aeterna/vault') },
    pluginJwtSecret: { key: ref('aeterna/jwt') },
    pluginGithub: { clientId: ref('aeterna/oauth', 'client-id'), clientSecret: ref('aeterna/oauth', 'client-secret') },
    permit: { apiKey: ref('aeterna/permit') },
    a2a: { apiKey: ref('aeterna/a2a') },
    backupS3: { accessKeyId: ref('aeterna/s3', 'id'), secretAccessKey: ref('aeterna/s3', 'secret') },
  },
};

/** The external-PostgreSQL credentials from the store (migrations on: the Job connects as admin). */
export const EXTERNAL_FROM_STORE = {
  postgresql: { enabled: false },
  externalPostgresql: { host: 'pg.example', admin: { username: 'admin' }, tls: { sslMode: 'verify-full', certKey: '', keyKey: '' } },
  externalSecrets: {
    ...STORE,
    postgresql: { password: ref('aeterna/pg-app') },
    postgresqlAdmin: { password: ref('aeterna/pg-admin') },
    postgresqlTls: { ca: ref('aeterna/pg-ca') },
  },
};
