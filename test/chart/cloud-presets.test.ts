/**
 * The cloud presets (values-eks.yaml, values-gke.yaml, values-aks.yaml) wire what each managed service needs, as
 * far as Aeterna 0.8.0-rc.12 can use it: TLS to the managed PostgreSQL, the Redis the server can reach (plain
 * redis://, no password), the KMS and LLM provider, and the cloud identity on the ServiceAccount. Their lint,
 * schema, Pod Security and boot-contract checks come from the scenario lists (test/support/scenarios.ts), which
 * pick up every values-*.yaml; this file checks what is particular to each cloud, and that the leading comment of
 * each preset names every Secret the release reads but does not create (the docs and the configurator show it).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_DIR, chartCopyWithStandIns, removeChartCopy } from '../support/chart-copy';
import { all, envVar, get, isStandIn, one, render, serverConfig, serverContainer, type Container, type Manifest } from '../support/render';

let dir: string;
beforeAll(async () => {
  dir = await chartCopyWithStandIns({ withUnitTests: false });
});
afterAll(async () => {
  if (dir) await removeChartCopy(dir);
});

const TLS_FILE = '/etc/aeterna/postgresql-tls/ca.crt';

/** Names of the Secrets the chart's pods read (env, envFrom, volumes), its own generated ones excluded. */
function secretsRead(manifests: Manifest[]): string[] {
  const names = new Set<string>();
  const walk = (v: unknown, key = ''): void => {
    if (Array.isArray(v)) return v.forEach((x) => walk(x));
    if (v === null || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if ((key === 'secretKeyRef' || key === 'secretRef') && typeof o.name === 'string') names.add(o.name);
    if (key === 'secret' && typeof o.secretName === 'string') names.add(o.secretName);
    for (const [k, c] of Object.entries(o)) walk(c, k);
  };
  for (const m of manifests.filter((x) => !isStandIn(x) && ['Deployment', 'Job', 'CronJob', 'Pod'].includes(x.kind))) walk(m.spec);
  const created = new Set(all(manifests, 'Secret').map((s) => s.metadata.name));
  // Stand-in subcharts create the bundled Redis and PostgreSQL Secrets; the release creates those too.
  const standIns = new Set(manifests.filter((m) => isStandIn(m) && m.kind === 'Secret').map((s) => s.metadata.name));
  return [...names].filter((n) => !created.has(n) && !standIns.has(n) && !n.startsWith('rel-')).sort();
}

async function leadingComment(file: string): Promise<string> {
  const text = await readFile(path.join(CHART_DIR, file), 'utf8');
  return text
    .split('\n')
    .filter((l, i, lines) => lines.slice(0, i + 1).every((x) => x.startsWith('#')))
    .join('\n');
}

describe.each(['values-eks.yaml', 'values-gke.yaml', 'values-aks.yaml'])('%s', (file) => {
  it('names in its leading comment every Secret the release reads and does not create, and no inline credential', async () => {
    const m = await render(dir, { valuesFiles: [file] });
    const comment = await leadingComment(file);
    const read = secretsRead(m);
    expect(read.length).toBeGreaterThan(0);
    for (const name of read) expect(comment, `${file} should list the Secret ${name}`).toMatch(new RegExp(`^#\\s+${name}\\s`, 'm'));
    // Every credential comes from a Secret of the user's: the chart's own credentials Secret holds nothing here.
    const own = all(m, 'Secret').filter((s) => s.metadata.name === 'rel-aeterna');
    for (const s of own) expect(Object.keys(get<Record<string, string>>(s, 'data') ?? {}), file).toEqual([]);
  });

  it('connects to the managed PostgreSQL over TLS with the CA from its Secret, in the server and the migration Job', async () => {
    const m = await render(dir, { valuesFiles: [file] });
    const config = serverConfig(m);
    expect(config.PG_HOST).not.toMatch(/postgresql\.aeterna\.svc|rel-postgresql/);
    expect(['verify-ca', 'verify-full']).toContain(config.PGSSLMODE);
    expect(config.PGSSLROOTCERT).toBe(TLS_FILE);
    type Spec = { initContainers?: Container[]; containers: Container[] };
    const job = get<Spec>(
      all(m, 'Job').find((j) => j.metadata.name.includes('-migrate'))!,
      'spec',
      'template',
      'spec',
    );
    const migrate = [...(job.initContainers ?? []), ...job.containers].find((c) => c.name === 'migrate')!;
    expect(migrate.env?.find((e) => e.name === 'PGSSLROOTCERT')?.value).toBe(TLS_FILE);
    expect(get(one(m, 'Deployment'), 'spec', 'template', 'spec', 'volumes')).toContainEqual({
      name: 'postgresql-tls',
      secret: { secretName: 'aeterna-postgresql-tls', defaultMode: 0o440 },
    });
  });

  it('gives Redis as host, port and database only: the server builds redis://host:port/db (no TLS, no password)', async () => {
    const m = await render(dir, { valuesFiles: [file] });
    const config = serverConfig(m);
    expect(
      Object.keys(config)
        .filter((k) => /^RD_/.test(k))
        .sort(),
    ).toEqual(['RD_DB', 'RD_HOST', 'RD_PORT']);
    expect(Object.values(config).join('\n')).not.toMatch(/rediss?:\/\//);
  });
});

describe('values-eks.yaml', () => {
  it('uses AWS KMS and Bedrock with the IRSA role on the ServiceAccount, no AWS keys and no local key', async () => {
    const m = await render(dir, { valuesFiles: ['values-eks.yaml'] });
    expect(serverConfig(m)).toMatchObject({
      AETERNA_KMS_PROVIDER: 'aws',
      AETERNA_KMS_AWS_KEY_ARN: expect.stringMatching(/^arn:aws:kms:eu-west-1:/),
      AWS_REGION: 'eu-west-1',
      AETERNA_LLM_PROVIDER: 'bedrock',
      AETERNA_BEDROCK_REGION: 'eu-west-1',
      AETERNA_BEDROCK_MODEL: expect.any(String),
      AETERNA_BEDROCK_EMBEDDING_MODEL: expect.any(String),
      PGSSLMODE: 'verify-full',
      RD_HOST: expect.stringMatching(/\.cache\.amazonaws\.com$/),
    });
    expect(one(m, 'ServiceAccount').metadata.annotations).toEqual({
      'eks.amazonaws.com/role-arn': 'arn:aws:iam::123456789012:role/aeterna',
    });
    expect(get(one(m, 'Deployment'), 'spec', 'template', 'spec', 'serviceAccountName')).toBe(one(m, 'ServiceAccount').metadata.name);
    expect(envVar(serverContainer(m), 'AETERNA_LOCAL_KMS_KEY')).toBeUndefined();
    expect(get(serverContainer(m), 'envFrom')).not.toContainEqual({ secretRef: expect.anything() });
    expect(all(m, 'Secret').filter((s) => s.metadata.name.endsWith('-kms'))).toEqual([]);
  });
});

describe('values-gke.yaml', () => {
  it('uses Vertex AI through Workload Identity (no key file) and lets the pods reach the GKE metadata server', async () => {
    const m = await render(dir, { valuesFiles: ['values-gke.yaml'] });
    const config = serverConfig(m);
    expect(config).toMatchObject({
      AETERNA_LLM_PROVIDER: 'google',
      AETERNA_GOOGLE_PROJECT_ID: 'example-project',
      AETERNA_GOOGLE_LOCATION: 'europe-west1',
      AETERNA_GOOGLE_MODEL: expect.any(String),
      AETERNA_GOOGLE_EMBEDDING_MODEL: expect.any(String),
      PGSSLMODE: 'verify-ca',
    });
    expect(config.GOOGLE_APPLICATION_CREDENTIALS).toBeUndefined();
    expect(one(m, 'ServiceAccount').metadata.annotations).toEqual({
      'iam.gke.io/gcp-service-account': 'aeterna@example-project.iam.gserviceaccount.com',
    });
    const egress = JSON.stringify(get(one(m, 'NetworkPolicy'), 'spec', 'egress'));
    expect(egress).toContain('169.254.169.254/32');
    expect(egress).toContain('169.254.169.252/32');
    expect(envVar(serverContainer(m), 'AETERNA_LOCAL_KMS_KEY')?.valueFrom?.secretKeyRef).toEqual({ name: 'aeterna-kms', key: 'kms-key' });
  });
});

describe('values-aks.yaml', () => {
  it('uses OpenAI with the key from its Secret, the local KMS key from yours, and the bundled Redis', async () => {
    const m = await render(dir, { valuesFiles: ['values-aks.yaml'] });
    const config = serverConfig(m);
    expect(config).toMatchObject({ AETERNA_LLM_PROVIDER: 'openai', PGSSLMODE: 'verify-full' });
    expect(config.RD_HOST).toMatch(/redis/);
    expect(config.RD_HOST).not.toMatch(/cache\.windows\.net|redis\.azure\.net/);
    expect(envVar(serverContainer(m), 'OPENAI_API_KEY')?.valueFrom?.secretKeyRef).toEqual({ name: 'aeterna-openai', key: 'api-key' });
    expect(envVar(serverContainer(m), 'AETERNA_LOCAL_KMS_KEY')?.valueFrom?.secretKeyRef).toEqual({ name: 'aeterna-kms', key: 'kms-key' });
    expect(one(m, 'ServiceAccount').metadata.annotations).toBeUndefined();
  });
});
