/**
 * Behaviour of the chart's templates over real `helm template` output (Helm 4), with stand-in subcharts that
 * create the real Services and Secrets: dependency wiring in bundled and external mode, Secrets, checksums,
 * scaling, networking, observability and security.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHART_DIR, chartCopyWithStandIns, removeChartCopy } from '../support/chart-copy';
import { restrictedViolations, type PodSpecLike } from '../support/pss';
import {
  all,
  envVar,
  get,
  isStandIn,
  one,
  render,
  serverConfig,
  serverContainer,
  templateRaw,
  type Container,
  type Manifest,
} from '../support/render';
import { INGRESS_NAMESPACE } from '../support/rule-cases';

/** The parts of values.yaml the default wiring is checked against. */
interface DefaultValues {
  postgresql: { auth: { database: string; username: string } };
  aeterna: { llm: { provider: string }; kms: { provider: string; local: { existingSecretKey: string } } };
}

let dir: string;
beforeAll(async () => {
  dir = await chartCopyWithStandIns({ withUnitTests: false });
});
afterAll(async () => {
  if (dir) await removeChartCopy(dir);
});

function b64(s: string): string {
  return Buffer.from(s).toString('base64');
}

/** Every secretKeyRef of a pod resolves to a Secret (ours or a stand-in's) that holds the key. */
function unresolvedSecretRefs(manifests: Manifest[], userSecrets: string[] = []): string[] {
  const secrets = new Map(
    manifests.filter((m) => m.kind === 'Secret').map((s) => [s.metadata.name, get<Record<string, string>>(s, 'data') ?? {}]),
  );
  type Spec = PodSpecLike & { containers: Container[]; initContainers?: Container[] };
  const pods = manifests.flatMap((m) =>
    m.kind === 'Deployment' || m.kind === 'Job'
      ? [get<Spec>(m, 'spec', 'template', 'spec')]
      : m.kind === 'Pod'
        ? [get<Spec>(m, 'spec')]
        : [],
  );
  const out: string[] = [];
  for (const pod of pods) {
    for (const c of [...(pod.initContainers ?? []), ...pod.containers]) {
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.secretKeyRef;
        if (!ref || userSecrets.includes(ref.name)) continue;
        const data = secrets.get(ref.name);
        if (!data) out.push(`${c.name} ${e.name}: no Secret ${ref.name}`);
        else if (!(ref.key in data)) out.push(`${c.name} ${e.name}: Secret ${ref.name} has no key ${ref.key}`);
      }
    }
  }
  return out;
}

function serviceNamed(manifests: Manifest[], name: string): Manifest | undefined {
  return manifests.find((m) => m.kind === 'Service' && m.metadata.name === name);
}

function servicePorts(svc: Manifest | undefined): number[] {
  return (get<Array<{ port: number }>>(svc, 'spec', 'ports') ?? []).map((p) => p.port);
}

/**
 * The server is configured for, and the render holds, the subcharts' Services: `<redis>-master`, `<postgresql>` and
 * `<qdrant>` (fullnames). Bitnami Redis admits pods labelled `<redis fullname>-client` when
 * redis.networkPolicy.allowExternal is false, so the server's pods carry that label. Every secretKeyRef resolves.
 */
function expectWiredToSubcharts(m: Manifest[], fullnames: { redis: string; postgresql: string; qdrant: string }): void {
  const env = serverConfig(m);
  expect(env.RD_HOST).toBe(`${fullnames.redis}-master`);
  expect(env.PG_HOST).toBe(fullnames.postgresql);
  for (const name of [`${fullnames.redis}-master`, fullnames.postgresql, fullnames.qdrant])
    expect(serviceNamed(m, name), name).toBeDefined();
  // The bundled Qdrant is checked by its helm test pod only: the server does not use it at this version.
  expect(podEnv(m, '-test-qdrant').QDRANT_HTTP_URL).toBe(`http://${fullnames.qdrant}:6333`);
  for (const label of [`${fullnames.redis}-client`, `${fullnames.postgresql}-client`]) {
    expect(get(one(m, 'Deployment'), 'spec', 'template', 'metadata', 'labels', label), label).toBe('true');
  }
  expect(unresolvedSecretRefs(m)).toEqual([]);
}

/** Plain env values of a helm test pod's first container. */
function podEnv(m: Manifest[], nameSuffix: string): Record<string, string> {
  const pod = m.find((p) => p.kind === 'Pod' && p.metadata.name.endsWith(nameSuffix));
  return Object.fromEntries(
    (get<Container[]>(pod, 'spec', 'containers')?.[0]?.env ?? []).filter((e) => e.value !== undefined).map((e) => [e.name, e.value!]),
  );
}

/** The secretKeyRef of a helm test pod's variable. */
function podSecretRef(m: Manifest[], nameSuffix: string, name: string): unknown {
  const pod = m.find((p) => p.kind === 'Pod' && p.metadata.name.endsWith(nameSuffix));
  return get<Container[]>(pod, 'spec', 'containers')?.[0]?.env?.find((e) => e.name === name)?.valueFrom?.secretKeyRef;
}

describe('bundled dependencies', () => {
  it('point the server at the subcharts’ real Services and Secrets', async () => {
    const m = await render(dir);
    const env = serverConfig(m);
    const c = serverContainer(m);
    const defaults = parse(await readFile(path.join(CHART_DIR, 'values.yaml'), 'utf8')) as DefaultValues;
    expect(env).toMatchObject({
      // Bitnami's and Qdrant's Service ports and Redis database 0 (not values of this chart).
      PG_HOST: 'rel-postgresql',
      PG_PORT: '5432',
      RD_HOST: 'rel-redis-master',
      RD_PORT: '6379',
      RD_DB: '0',
      AETERNA_CONFIG_PATH: '/app/config',
      AETERNA_KNOWLEDGE_REPO_PATH: '/data/knowledge-repo',
      // The chart's defaults, from values.yaml.
      PG_DATABASE: defaults.postgresql.auth.database,
      PG_USERNAME: defaults.postgresql.auth.username,
      AETERNA_LLM_PROVIDER: defaults.aeterna.llm.provider,
      AETERNA_KMS_PROVIDER: defaults.aeterna.kms.provider,
    });
    // Nothing about Qdrant reaches the server: `serve` does not read it at this version.
    expect(Object.keys(env).filter((k) => /QDRANT|VECTOR|EMBEDDING_DIM/.test(k))).toEqual([]);
    expect(isStandIn(serviceNamed(m, 'rel-postgresql')!)).toBe(true);
    expect(servicePorts(serviceNamed(m, 'rel-postgresql'))).toContain(5432);
    expect(servicePorts(serviceNamed(m, 'rel-redis-master'))).toContain(6379);
    expect(serviceNamed(m, 'rel-qdrant'), 'Qdrant is off by default').toBeUndefined();
    expect(envVar(c, 'PG_PASSWORD')?.valueFrom?.secretKeyRef).toEqual({ name: 'rel-aeterna-postgresql', key: 'password' });
    expect(envVar(c, 'AETERNA_LOCAL_KMS_KEY')?.valueFrom?.secretKeyRef).toEqual({
      name: 'rel-aeterna-kms',
      key: defaults.aeterna.kms.local.existingSecretKey,
    });
    expect(unresolvedSecretRefs(m)).toEqual([]);
    // The Bitnami chart is told (through tpl) to read the Secret the chart generates.
    const standinRef = m.find((x) => x.kind === 'ConfigMap' && x.metadata.name === 'rel-postgresql-standin-secretref');
    expect(get(standinRef, 'data', 'existingSecret')).toBe('rel-aeterna-postgresql');
    expect(Object.keys(get<object>(one(m, 'Secret', '-aeterna-postgresql'), 'data')).sort()).toEqual(['password', 'postgres-password']);
  });

  it('are checked by unresolvedSecretRefs, which reports a missing Secret or key (self-check of the helper)', async () => {
    const m = await render(dir);
    const withoutSecret = m.filter((x) => !(x.kind === 'Secret' && x.metadata.name === 'rel-aeterna-postgresql'));
    expect(unresolvedSecretRefs(withoutSecret)).toEqual(
      expect.arrayContaining([expect.stringMatching(/PG_PASSWORD: no Secret rel-aeterna-postgresql$/)]),
    );
    const withoutKey = m.map((x) =>
      x.kind === 'Secret' && x.metadata.name === 'rel-aeterna-postgresql' ? { ...x, data: { 'postgres-password': 'x' } } : x,
    );
    expect(unresolvedSecretRefs(withoutKey)).toEqual(
      expect.arrayContaining([expect.stringMatching(/PG_PASSWORD: Secret rel-aeterna-postgresql has no key password$/)]),
    );
  });

  it('honour the subcharts’ fullnameOverride and nameOverride, and a release name that contains the chart name', async () => {
    const m = await render(dir, {
      release: 'qdrant-prod',
      values: { redis: { fullnameOverride: 'cache' }, postgresql: { nameOverride: 'db' }, qdrant: { enabled: true, apiKey: 'fixed' } },
    });
    expectWiredToSubcharts(m, { redis: 'cache', postgresql: 'qdrant-prod-db', qdrant: 'qdrant-prod' });
    expect(m.find((x) => x.metadata.name.endsWith('-test-redis'))?.metadata.labels?.['cache-client']).toBe('true');
    expect(podSecretRef(m, '-test-qdrant', 'QDRANT_API_KEY')).toEqual({ name: 'qdrant-prod-apikey', key: 'api-key' });
  });

  it('follow Bitnami’s release-name rule (a dotted release gives <release with dashes>-<chart>) while Qdrant keeps the name as it is', async () => {
    const m = await render(dir, { release: 'my.app', values: { qdrant: { enabled: true } } });
    expectWiredToSubcharts(m, { redis: 'my-app-redis', postgresql: 'my-app-postgresql', qdrant: 'my.app-qdrant' });
  });

  it('honour global.postgresql.fullnameOverride and postgresql.primary.name like the Bitnami PostgreSQL chart', async () => {
    const m = await render(dir, {
      values: {
        global: { postgresql: { fullnameOverride: 'shared-db' } },
        postgresql: { architecture: 'replication', primary: { name: 'main' } },
      },
    });
    expect(serverConfig(m).PG_HOST).toBe('shared-db-main');
    expect(serviceNamed(m, 'shared-db-main')).toBeDefined();
    expect(unresolvedSecretRefs(m)).toEqual([]);
  });

  it('read the admin password key when the PostgreSQL user is postgres, as the Bitnami chart does', async () => {
    const m = await render(dir, { values: { postgresql: { auth: { username: '', password: 'chosen' } } } });
    expect(serverConfig(m).PG_USERNAME).toBe('postgres');
    expect(envVar(serverContainer(m), 'PG_PASSWORD')?.valueFrom?.secretKeyRef).toEqual({
      name: 'rel-aeterna-postgresql',
      key: 'postgres-password',
    });
    expect(get(one(m, 'Secret', '-aeterna-postgresql'), 'data', 'postgres-password')).toBe(b64('chosen'));
    const own = await render(dir, { values: { postgresql: { auth: { username: 'postgres', existingSecret: '' } } } });
    expect(envVar(serverContainer(own), 'PG_PASSWORD')?.valueFrom?.secretKeyRef).toEqual({
      name: 'rel-postgresql',
      key: 'postgres-password',
    });
    expect(unresolvedSecretRefs(own)).toEqual([]);
  });

  it('use the PostgreSQL primary Service with replication, and the Secret of your own with postgresql.auth.existingSecret', async () => {
    const m = await render(dir, {
      values: {
        postgresql: { architecture: 'replication', auth: { existingSecret: 'my-db', secretKeys: { userPasswordKey: 'app-password' } } },
      },
    });
    expect(serverConfig(m).PG_HOST).toBe('rel-postgresql-primary');
    expect(serviceNamed(m, 'rel-postgresql-primary')).toBeDefined();
    expect(envVar(serverContainer(m), 'PG_PASSWORD')?.valueFrom?.secretKeyRef).toEqual({ name: 'my-db', key: 'app-password' });
    // Only the KMS key is the chart's own Secret then.
    expect(all(m, 'Secret').map((x) => x.metadata.name)).toEqual(['rel-aeterna-kms']);
  });

  it('let the Bitnami chart manage its own Secret when postgresql.auth.existingSecret is emptied', async () => {
    const m = await render(dir, { values: { postgresql: { auth: { existingSecret: '' } } } });
    expect(envVar(serverContainer(m), 'PG_PASSWORD')?.valueFrom?.secretKeyRef).toEqual({ name: 'rel-postgresql', key: 'password' });
    expect(unresolvedSecretRefs(m)).toEqual([]);
  });

  it('put a chosen PostgreSQL password into the generated Secret', async () => {
    const m = await render(dir, { values: { postgresql: { auth: { password: 'chosen' } } } });
    expect(get(one(m, 'Secret', '-aeterna-postgresql'), 'data', 'password')).toBe(b64('chosen'));
  });

  it('test the bundled Qdrant with its key from a Secret of your own (qdrant.apiKey.valueFrom), and with none when apiKey is false', async () => {
    const m = await render(dir, {
      values: { qdrant: { enabled: true, apiKey: { valueFrom: { secretKeyRef: { name: 'qk', key: 'k' } } } } },
    });
    expect(podSecretRef(m, '-test-qdrant', 'QDRANT_API_KEY')).toEqual({ name: 'qk', key: 'k' });
    expect(envVar(serverContainer(m), 'QDRANT_API_KEY')).toBeUndefined();
    const off = await render(dir, { values: { qdrant: { enabled: true, apiKey: false } } });
    expect(podSecretRef(off, '-test-qdrant', 'QDRANT_API_KEY')).toBeUndefined();
  });
});

describe('external dependencies', () => {
  const external = {
    postgresql: { enabled: false },
    redis: { enabled: false },
    qdrant: { enabled: false },
    externalPostgresql: {
      host: 'pg.internal',
      port: 6432,
      database: 'mem',
      username: 'svc',
      password: 'pw',
      admin: { existingSecret: 'pg-admin' },
    },
    externalRedis: { host: 'redis.internal', port: 6380, database: 3 },
  };

  it('point the server at the external services, with inline credentials in the chart’s Secret', async () => {
    const m = await render(dir, { values: external });
    expect(serverConfig(m)).toMatchObject({
      PG_HOST: 'pg.internal',
      PG_PORT: '6432',
      PG_DATABASE: 'mem',
      PG_USERNAME: 'svc',
      RD_HOST: 'redis.internal',
      RD_PORT: '6380',
      RD_DB: '3',
    });
    const secret = one(m, 'Secret', 'rel-aeterna');
    expect(get(secret, 'data')).toEqual({ 'postgresql-password': b64('pw') });
    expect(envVar(serverContainer(m), 'PG_PASSWORD')?.valueFrom?.secretKeyRef).toEqual({ name: 'rel-aeterna', key: 'postgresql-password' });
    expect(m.filter(isStandIn)).toEqual([]);
    expect(
      Object.keys(get<object>(one(m, 'Deployment'), 'spec', 'template', 'metadata', 'labels')).filter((k) => k.endsWith('-client')),
    ).toEqual([]);
    expect(unresolvedSecretRefs(m, ['pg-admin'])).toEqual([]);
  });

  it('create no Secret when every credential comes from an existingSecret', async () => {
    const m = await render(dir, {
      values: {
        ...external,
        externalPostgresql: {
          host: 'pg.internal',
          existingSecret: 'pg-cred',
          existingSecretPasswordKey: 'pw',
          admin: { existingSecret: 'pg-admin' },
        },
        aeterna: {
          llm: { provider: 'openai', openai: { existingSecret: 'oa', existingSecretKey: 'token' } },
          kms: { local: { existingSecret: 'kms', existingSecretKey: 'key' } },
        },
      },
    });
    expect(all(m, 'Secret')).toEqual([]);
    const c = serverContainer(m);
    expect(envVar(c, 'PG_PASSWORD')?.valueFrom?.secretKeyRef).toEqual({ name: 'pg-cred', key: 'pw' });
    expect(envVar(c, 'AETERNA_LOCAL_KMS_KEY')?.valueFrom?.secretKeyRef).toEqual({ name: 'kms', key: 'key' });
    expect(envVar(c, 'OPENAI_API_KEY')?.valueFrom?.secretKeyRef).toEqual({ name: 'oa', key: 'token' });
    const testPg = m.find((x) => x.kind === 'Pod' && x.metadata.name.endsWith('-test-postgresql'))!;
    const pgEnv = get<Container[]>(testPg, 'spec', 'containers')[0]!.env!;
    expect(pgEnv.find((e) => e.name === 'PGPASSWORD')?.valueFrom?.secretKeyRef).toEqual({ name: 'pg-cred', key: 'pw' });
  });
});

describe('helm test pods', () => {
  it('check readiness and each dependency with the server’s own addresses and credentials', async () => {
    const m = await render(dir, { values: { qdrant: { enabled: true } } });
    const pods = m.filter((x) => x.kind === 'Pod');
    expect(pods.map((p) => p.metadata.name).sort()).toEqual([
      'rel-aeterna-test-postgresql',
      'rel-aeterna-test-qdrant',
      'rel-aeterna-test-ready',
      'rel-aeterna-test-redis',
    ]);
    const withoutQdrant = (await render(dir)).filter((x) => x.kind === 'Pod').map((p) => p.metadata.name);
    expect(withoutQdrant).not.toContain('rel-aeterna-test-qdrant');
    for (const p of pods) {
      expect(p.metadata.annotations?.['helm.sh/hook']).toBe('test');
      expect(restrictedViolations(get(p, 'spec')), p.metadata.name).toEqual([]);
      // Never selected by the Service or the PDB.
      expect(p.metadata.labels?.['app.kubernetes.io/name']).toBe('aeterna-test');
    }
    const env = (name: string): Record<string, string> =>
      Object.fromEntries(
        (
          get<Container[]>(
            pods.find((p) => p.metadata.name.endsWith(name)),
            'spec',
            'containers',
          )[0]!.env ?? []
        )
          .filter((e) => e.value !== undefined)
          .map((e) => [e.name, e.value!]),
      );
    expect(env('-test-redis')).toMatchObject({ RD_HOST: 'rel-redis-master', RD_PORT: '6379', RD_DB: '0' });
    expect(env('-test-postgresql')).toMatchObject({ PGHOST: 'rel-postgresql', PGPORT: '5432', PGDATABASE: 'aeterna', PGUSER: 'aeterna' });
    expect(env('-test-qdrant')).toMatchObject({ QDRANT_HTTP_URL: 'http://rel-qdrant:6333' });
    expect(unresolvedSecretRefs(m)).toEqual([]);
    const ready = pods.find((p) => p.metadata.name.endsWith('-test-ready'))!;
    expect(get<string[]>(ready, 'spec', 'containers', 0, 'command')).toContain('http://rel-aeterna:8080/ready');
    expect(ready.metadata.labels?.['rel-aeterna-client']).toBe('true');
  });
});

describe('rollout on change', () => {
  const checksums = (m: Manifest): Record<string, string> => get(m, 'spec', 'template', 'metadata', 'annotations');
  it('changes checksum/config with the configuration and checksum/secret with credentials, not otherwise', async () => {
    const base = { postgresql: { auth: { password: 'p', postgresPassword: 'a' } } };
    const [a, b, c, d] = await Promise.all([
      render(dir, { values: base }),
      render(dir, { values: { ...base, aeterna: { logLevel: 'debug' } } }),
      render(dir, { values: { ...base, terminationGracePeriodSeconds: 45 } }),
      render(dir, { values: { ...base, aeterna: { llm: { provider: 'openai', openai: { apiKey: 'new' } } } } }),
    ]);
    const ca = checksums(one(a, 'Deployment'));
    expect(ca['checksum/config']).toMatch(/^[a-f0-9]{64}$/);
    expect(checksums(one(b, 'Deployment'))['checksum/config']).not.toBe(ca['checksum/config']);
    expect(checksums(one(b, 'Deployment'))['checksum/secret']).toBe(ca['checksum/secret']);
    expect(checksums(one(c, 'Deployment'))).toEqual(ca);
    expect(checksums(one(d, 'Deployment'))['checksum/secret']).not.toBe(ca['checksum/secret']);
  });
});

describe('scaling and availability', () => {
  /** Several pods need a remote knowledge repository and no shared volume. */
  const remote = { persistence: { enabled: false }, aeterna: { knowledgeRepository: { remote: { url: 'https://git.example/k.git' } } } };

  it('omits replicas with the HPA, targets 70% CPU by default and adds memory on request', async () => {
    const m = await render(dir, { values: { ...remote, autoscaling: { enabled: true } } });
    expect(get(one(m, 'Deployment'), 'spec', 'replicas')).toBeUndefined();
    const hpa = one(m, 'HorizontalPodAutoscaler');
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(get(hpa, 'spec', 'metrics')).toEqual([
      { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } },
    ]);
    const mem = await render(dir, { values: { ...remote, autoscaling: { enabled: true, targetMemoryUtilizationPercentage: 80 } } });
    expect(get<unknown[]>(one(mem, 'HorizontalPodAutoscaler'), 'spec', 'metrics')).toHaveLength(2);
    expect(get(one(await render(dir), 'Deployment'), 'spec', 'replicas')).toBe(1);
  });

  it('renders a policy/v1 PDB with minAvailable or maxUnavailable', async () => {
    const pdb = one(await render(dir, { values: { pdb: { enabled: true, minAvailable: '50%' } } }), 'PodDisruptionBudget');
    expect(pdb.apiVersion).toBe('policy/v1');
    expect(get(pdb, 'spec')).toEqual({
      minAvailable: '50%',
      selector: { matchLabels: { 'app.kubernetes.io/name': 'aeterna', 'app.kubernetes.io/instance': 'rel' } },
    });
    const dflt = one(await render(dir, { values: { pdb: { enabled: true } } }), 'PodDisruptionBudget');
    expect(get(dflt, 'spec', 'maxUnavailable')).toBe(1);
  });
});

describe('networking', () => {
  it('renders the Service with http 8080 and metrics 9090', async () => {
    const svc = one(await render(dir), 'Service');
    expect(get(svc, 'spec', 'type')).toBe('ClusterIP');
    expect(get<Array<{ name: string; port: number }>>(svc, 'spec', 'ports').map((p) => [p.name, p.port])).toEqual([
      ['http', 8080],
      ['metrics', 9090],
    ]);
  });

  it('renders an Ingress with several hosts, paths, TLS and cert-manager annotations; explicit className wins', async () => {
    const m = await render(dir, {
      values: {
        auth: { acknowledgeUnauthenticatedExposure: true },
        networkPolicy: { allowedClients: [INGRESS_NAMESPACE] },
        ingress: {
          enabled: true,
          className: 'traefik',
          annotations: { 'cert-manager.io/cluster-issuer': 'le' },
          hosts: [
            {
              host: 'a.example',
              paths: [
                { path: '/', pathType: 'Prefix' },
                { path: '/mcp', pathType: 'Prefix' },
              ],
            },
            { host: 'b.example', paths: [{ path: '/' }] },
          ],
          tls: [{ secretName: 'ab-tls', hosts: ['a.example', 'b.example'] }],
        },
      },
    });
    const ing = one(m, 'Ingress');
    expect(get(ing, 'spec', 'ingressClassName')).toBe('traefik');
    expect(ing.metadata.annotations).toEqual({ 'cert-manager.io/cluster-issuer': 'le' });
    expect(get(ing, 'spec', 'tls')).toEqual([{ hosts: ['a.example', 'b.example'], secretName: 'ab-tls' }]);
    expect(get<unknown[]>(ing, 'spec', 'rules', 0, 'http', 'paths')).toHaveLength(2);
    expect(get(ing, 'spec', 'rules', 1, 'http', 'paths', 0, 'backend')).toEqual({
      service: { name: 'rel-aeterna', port: { name: 'http' } },
    });
  });

  it('renders no ingressClassName when none is set and no default IngressClass can be looked up', async () => {
    const ing = one(
      await render(dir, {
        values: {
          ingress: { enabled: true },
          auth: { acknowledgeUnauthenticatedExposure: true },
          networkPolicy: { allowedClients: [INGRESS_NAMESPACE] },
        },
      }),
      'Ingress',
    );
    expect(get(ing, 'spec', 'ingressClassName')).toBeUndefined();
  });

  it('NetworkPolicy: ingress from labelled clients, allowed peers and Prometheus; egress to DNS and each dependency', async () => {
    const bundled = one(
      await render(dir, {
        values: {
          networkPolicy: {
            enabled: true,
            allowedClients: [{ namespaceSelector: { matchLabels: { team: 'x' } } }],
            extraEgress: [{ ports: [{ port: 443, protocol: 'TCP' }] }],
          },
        },
      }),
      'NetworkPolicy',
    );
    const ingress = get<Array<{ ports: Array<{ port: unknown }>; from: unknown[] }>>(bundled, 'spec', 'ingress');
    expect(ingress[0]!.from).toEqual([
      { podSelector: { matchLabels: { 'rel-aeterna-client': 'true' } } },
      { namespaceSelector: { matchLabels: { team: 'x' } } },
    ]);
    expect(ingress[1]!.ports).toEqual([{ port: 'metrics', protocol: 'TCP' }]);
    const egress = get<Array<{ ports: Array<{ port: number }>; to?: unknown[] }>>(bundled, 'spec', 'egress');
    expect(egress.map((e) => e.ports.map((p) => p.port))).toEqual([[53, 53], [5432], [6379], [443]]);
    expect(egress[1]!.to).toEqual([
      { podSelector: { matchLabels: { 'app.kubernetes.io/name': 'postgresql', 'app.kubernetes.io/instance': 'rel' } } },
    ]);
    // The Bitnami PostgreSQL chart's container port is containerPorts.postgresql (no primary.containerPorts).
    const pgPort = one(
      await render(dir, { values: { networkPolicy: { enabled: true }, postgresql: { containerPorts: { postgresql: 5433 } } } }),
      'NetworkPolicy',
    );
    expect(get<Array<{ ports: Array<{ port: number }> }>>(pgPort, 'spec', 'egress')[1]!.ports).toEqual([{ port: 5433, protocol: 'TCP' }]);
    const ext = one(
      await render(dir, {
        values: { networkPolicy: { enabled: true }, redis: { enabled: false }, externalRedis: { host: 'r', port: 6380 } },
      }),
      'NetworkPolicy',
    );
    const extEgress = get<Array<{ ports: Array<{ port: number }>; to?: unknown[] }>>(ext, 'spec', 'egress');
    expect(extEgress.at(-1)).toEqual({ ports: [{ port: 6380, protocol: 'TCP' }] });
  });
});

describe('observability', () => {
  it('renders the ServiceMonitor only when the CRD is served, unless forced', async () => {
    const values = { metrics: { serviceMonitor: { enabled: true, labels: { release: 'prom' } } } };
    expect(all(await render(dir, { values }), 'ServiceMonitor')).toEqual([]);
    const served = one(await render(dir, { values, apiVersions: ['monitoring.coreos.com/v1/ServiceMonitor'] }), 'ServiceMonitor');
    expect(get(served, 'spec', 'endpoints')).toEqual([
      { port: 'metrics', path: '/metrics', scheme: 'http', interval: '30s', honorLabels: false },
    ]);
    expect(served.metadata.labels?.release).toBe('prom');
    const forced = await render(dir, { values: { metrics: { serviceMonitor: { enabled: true, forceRender: true } } } });
    expect(all(forced, 'ServiceMonitor')).toHaveLength(1);
  });

  it('ships the dashboard byte for byte in a ConfigMap for the Grafana sidecar (its queries: prometheus-rules.test.ts)', async () => {
    const text = await readFile(path.join(CHART_DIR, 'dashboards', 'aeterna.json'), 'utf8');
    const m = await render(dir, { values: { grafanaDashboard: { enabled: true } } });
    const cm = one(m, 'ConfigMap', '-dashboard');
    expect(cm.metadata.labels?.grafana_dashboard).toBe('1');
    expect(JSON.parse(get<string>(cm, 'data', 'aeterna.json'))).toEqual(JSON.parse(text));
  });
});

describe('security', () => {
  it('passes restricted PSS with a read-only root filesystem and writable emptyDirs, no token, no RBAC', async () => {
    const m = await render(dir);
    const spec = get<PodSpecLike & { automountServiceAccountToken: boolean }>(one(m, 'Deployment'), 'spec', 'template', 'spec');
    expect(restrictedViolations(spec)).toEqual([]);
    expect(spec.automountServiceAccountToken).toBe(false);
    expect(get(spec, 'securityContext')).toMatchObject({
      runAsNonRoot: true,
      runAsUser: 1000,
      runAsGroup: 1000,
      fsGroup: 1000,
      seccompProfile: { type: 'RuntimeDefault' },
    });
    const c = serverContainer(m);
    expect(get(c, 'securityContext')).toMatchObject({
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    });
    expect(get<Array<{ mountPath: string }>>(c, 'volumeMounts').map((v) => v.mountPath)).toEqual([
      '/app/config',
      '/data',
      '/tmp',
      '/home/aeterna/.cache',
    ]);
    for (const init of get<Array<{ name: string }>>(spec, 'initContainers'))
      expect(init.name).toMatch(/^wait-for-(dependencies|migrations)$/);
    expect(all(m, 'Role')).toEqual([]);
    expect(get(one(m, 'ServiceAccount'), 'automountServiceAccountToken')).toBe(false);
  });

  it('keeps /app/config and /data mounted when the root filesystem is writable, and mounts the token only with RBAC', async () => {
    const m = await render(dir, {
      values: {
        containerSecurityContext: { readOnlyRootFilesystem: false },
        rbac: { create: true, rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get'] }] },
      },
    });
    expect(get<Array<{ mountPath: string }>>(serverContainer(m), 'volumeMounts').map((v) => v.mountPath)).toEqual(
      expect.arrayContaining(['/app/config', '/data']),
    );
    expect(get(one(m, 'Deployment'), 'spec', 'template', 'spec', 'automountServiceAccountToken')).toBe(true);
    expect(get(one(m, 'RoleBinding'), 'subjects', 0, 'name')).toBe('rel-aeterna');
  });

  it('runs the image v<appVersion> as `serve` on 8080 with metrics on 9090, probes /live and /ready', async () => {
    const c = serverContainer(await render(dir));
    expect(c.image).toBe('ghcr.io/kikokikok/aeterna:v0.8.0-rc.12');
    expect(get(c, 'args')).toEqual(['serve', '--port', '8080', '--metrics-port', '9090']);
    expect(get(c, 'livenessProbe', 'httpGet')).toEqual({ path: '/live', port: 'http' });
    expect(get(c, 'readinessProbe', 'httpGet')).toEqual({ path: '/ready', port: 'http' });
    expect(get(c, 'startupProbe', 'httpGet')).toEqual({ path: '/live', port: 'http' });
    const digest = serverContainer(await render(dir, { values: { image: { digest: `sha256:${'a'.repeat(64)}` } } }));
    expect(digest.image).toBe(`ghcr.io/kikokikok/aeterna@sha256:${'a'.repeat(64)}`);
  });

  it('wires the LLM providers the server accepts', async () => {
    const google = await render(dir, {
      values: {
        aeterna: {
          llm: { provider: 'google', google: { projectId: 'p', location: 'l', model: 'm', embeddingModel: 'e', credentialsSecret: 'gsa' } },
        },
      },
    });
    expect(serverConfig(google)).toMatchObject({
      AETERNA_LLM_PROVIDER: 'google',
      AETERNA_GOOGLE_PROJECT_ID: 'p',
      AETERNA_GOOGLE_LOCATION: 'l',
      AETERNA_GOOGLE_MODEL: 'm',
      AETERNA_GOOGLE_EMBEDDING_MODEL: 'e',
      GOOGLE_APPLICATION_CREDENTIALS: '/var/run/secrets/google/credentials.json',
    });
    const bedrock = await render(dir, {
      values: {
        aeterna: {
          llm: { provider: 'bedrock', bedrock: { region: 'eu-west-1', model: 'm', embeddingModel: 'e', credentialsSecret: 'aws' } },
        },
      },
    });
    expect(serverConfig(bedrock)).toMatchObject({
      AETERNA_LLM_PROVIDER: 'bedrock',
      AETERNA_BEDROCK_REGION: 'eu-west-1',
      AETERNA_BEDROCK_MODEL: 'm',
      AETERNA_BEDROCK_EMBEDDING_MODEL: 'e',
    });
    expect(get(serverContainer(bedrock), 'envFrom', 1)).toEqual({ secretRef: { name: 'aws' } });
  });
});

describe('what the server needs at boot', () => {
  type Spec = PodSpecLike & { containers: Container[]; initContainers?: Container[]; volumes?: Array<Record<string, unknown>> };
  const jobs = (m: Manifest[]) => all(m, 'Job');
  const jobSpec = (job: Manifest) => get<Spec>(job, 'spec', 'template', 'spec');
  const container = (spec: Spec, name: string) => [...(spec.initContainers ?? []), ...spec.containers].find((c) => c.name === name)!;
  const value = (c: Container, name: string) => envVar(c, name)?.value;

  it('generates a local KMS key of exactly 32 bytes (base64) and gives it to the server', async () => {
    const m = await render(dir);
    const stored = get<string>(one(m, 'Secret', '-kms'), 'data', 'kms-key');
    const key = Buffer.from(stored, 'base64').toString('utf8');
    expect(key).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(key, 'base64')).toHaveLength(32);
    expect(one(m, 'Secret', '-kms').metadata.annotations?.['helm.sh/resource-policy']).toBe('keep');
    expect(envVar(serverContainer(m), 'AETERNA_LOCAL_KMS_KEY')?.valueFrom?.secretKeyRef).toEqual({
      name: 'rel-aeterna-kms',
      key: 'kms-key',
    });
  });

  it('configures AWS KMS with its key, region and credentials, and no local key', async () => {
    const m = await render(dir, {
      values: { aeterna: { kms: { provider: 'aws', aws: { keyArn: 'alias/k', region: 'eu-west-1', credentialsSecret: 'aws' } } } },
    });
    expect(serverConfig(m)).toMatchObject({ AETERNA_KMS_PROVIDER: 'aws', AETERNA_KMS_AWS_KEY_ARN: 'alias/k', AWS_REGION: 'eu-west-1' });
    expect(envVar(serverContainer(m), 'AETERNA_LOCAL_KMS_KEY')).toBeUndefined();
    expect(get(serverContainer(m), 'envFrom')).toContainEqual({ secretRef: { name: 'aws' } });
    expect(all(m, 'Secret').filter((s) => s.metadata.name.endsWith('-kms'))).toEqual([]);
  });

  it('keeps the knowledge repository on a PersistentVolumeClaim (kept on uninstall, Recreate), an existing claim, or an emptyDir', async () => {
    const m = await render(dir, { values: { persistence: { size: '5Gi', storageClass: 'fast' } } });
    const pvc = one(m, 'PersistentVolumeClaim');
    expect(pvc.metadata.name).toBe('rel-aeterna-data');
    expect(pvc.metadata.annotations?.['helm.sh/resource-policy']).toBe('keep');
    expect(get(pvc, 'spec')).toMatchObject({
      accessModes: ['ReadWriteOnce'],
      storageClassName: 'fast',
      resources: { requests: { storage: '5Gi' } },
    });
    const dep = one(m, 'Deployment');
    expect(get(dep, 'spec', 'strategy')).toEqual({ type: 'Recreate' });
    expect(get<Array<{ name: string }>>(dep, 'spec', 'template', 'spec', 'volumes').find((v) => v.name === 'data')).toEqual({
      name: 'data',
      persistentVolumeClaim: { claimName: 'rel-aeterna-data' },
    });
    const claim = await render(dir, { values: { persistence: { existingClaim: 'mine' } } });
    expect(all(claim, 'PersistentVolumeClaim')).toEqual([]);
    expect(
      get<Array<{ name: string }>>(one(claim, 'Deployment'), 'spec', 'template', 'spec', 'volumes').find((v) => v.name === 'data'),
    ).toEqual({ name: 'data', persistentVolumeClaim: { claimName: 'mine' } });
    const off = await render(dir, { values: { persistence: { enabled: false } } });
    expect(all(off, 'PersistentVolumeClaim')).toEqual([]);
    expect(get(one(off, 'Deployment'), 'spec', 'strategy', 'type')).toBe('RollingUpdate');
    expect(
      get<Array<{ name: string }>>(one(off, 'Deployment'), 'spec', 'template', 'spec', 'volumes').find((v) => v.name === 'data'),
    ).toEqual({ name: 'data', emptyDir: { sizeLimit: '2Gi' } });
  });

  it('passes the remote knowledge repository and the one GitHub credential the server signs in with, required', async () => {
    const github = { owner: 'o', repo: 'k', existingSecret: 'gh' };
    const values = (extra: object) => ({
      aeterna: { knowledgeRepository: { remote: { url: 'https://github.com/o/k.git', branch: 'kb' }, github: { ...github, ...extra } } },
    });
    const app = await render(dir, { values: values({ appId: 12, installationId: '34' }) });
    expect(serverConfig(app)).toMatchObject({
      AETERNA_KNOWLEDGE_REPO_URL: 'https://github.com/o/k.git',
      AETERNA_KNOWLEDGE_REPO_BRANCH: 'kb',
      AETERNA_GITHUB_OWNER: 'o',
      AETERNA_GITHUB_REPO: 'k',
      AETERNA_GITHUB_APP_ID: '12',
      AETERNA_GITHUB_INSTALLATION_ID: '34',
    });
    const secretRef = (m: Manifest[], name: string) => envVar(serverContainer(m), name)?.valueFrom?.secretKeyRef;
    // The App wins over a token in the server (bootstrap.rs): only its key is passed, and a missing key stops the pod.
    expect(secretRef(app, 'AETERNA_GITHUB_APP_PEM')).toEqual({ name: 'gh', key: 'app-private-key.pem' });
    expect(secretRef(app, 'AETERNA_GITHUB_TOKEN')).toBeUndefined();
    expect(secretRef(app, 'AETERNA_WEBHOOK_SECRET')).toEqual({ name: 'gh', key: 'webhook-secret', optional: true });
    const token = await render(dir, { values: values({}) });
    expect(secretRef(token, 'AETERNA_GITHUB_TOKEN')).toEqual({ name: 'gh', key: 'token' });
    expect(secretRef(token, 'AETERNA_GITHUB_APP_PEM')).toBeUndefined();
  });

  it('migrates on install with a regular Job (bundled PostgreSQL exists by then) as the postgres admin, then hands the objects to the server user', async () => {
    const m = await render(dir);
    const [job] = jobs(m);
    expect(jobs(m)).toHaveLength(1);
    expect(job!.metadata.name).toMatch(/^rel-aeterna-migrate-[a-f0-9]{8}$/);
    expect(job!.metadata.annotations?.['helm.sh/hook']).toBeUndefined();
    const spec = jobSpec(job!);
    expect(restrictedViolations(spec)).toEqual([]);
    expect((spec.initContainers ?? []).map((c) => c.name)).toEqual(['prepare', 'migrate']);
    expect(spec.containers.map((c) => c.name)).toEqual(['hand-over']);
    const migrate = container(spec, 'migrate');
    expect(migrate.image).toBe(serverContainer(m).image);
    expect(get(migrate, 'args')).toEqual(['admin', 'migrate', 'up']);
    expect({ host: value(migrate, 'PG_HOST'), user: value(migrate, 'PG_USERNAME') }).toEqual({ host: 'rel-postgresql', user: 'postgres' });
    expect(envVar(migrate, 'PG_PASSWORD')?.valueFrom?.secretKeyRef).toEqual({ name: 'rel-aeterna-postgresql', key: 'postgres-password' });
    expect(value(container(spec, 'hand-over'), 'APP_USER')).toBe('aeterna');
    expect(get(job, 'spec', 'template', 'metadata', 'labels')).toMatchObject({
      'rel-postgresql-client': 'true',
      'app.kubernetes.io/component': 'migrations',
    });
    expect(get(job, 'spec', 'template', 'metadata', 'labels', 'app.kubernetes.io/name')).not.toBe('aeterna');
    expect(unresolvedSecretRefs(m)).toEqual([]);
  });

  it('migrates on upgrade with a pre-upgrade hook, and not at all when migrations are off', async () => {
    const up = await render(dir, { extraArgs: ['--is-upgrade'] });
    const [job] = jobs(up);
    expect(job!.metadata.name).toBe('rel-aeterna-migrate');
    expect(job!.metadata.annotations).toMatchObject({
      'helm.sh/hook': 'pre-upgrade',
      'helm.sh/hook-delete-policy': 'before-hook-creation,hook-succeeded',
    });
    expect(jobs(await render(dir, { values: { migrations: { enabled: false } } }))).toEqual([]);
  });

  it('migrates an external PostgreSQL with your admin Secret, over TLS, with the same TLS files everywhere', async () => {
    const m = await render(dir, {
      values: {
        postgresql: { enabled: false },
        externalPostgresql: {
          host: 'pg.internal',
          username: 'svc',
          existingSecret: 'pg',
          admin: { username: 'root', existingSecret: 'pg-admin', existingSecretPasswordKey: 'pw' },
          tls: { sslMode: 'verify-full', existingSecret: 'pg-tls', certKey: 'tls.crt', keyKey: 'tls.key' },
        },
      },
    });
    const tlsEnv = {
      PGSSLMODE: 'verify-full',
      PGSSLROOTCERT: '/etc/aeterna/postgresql-tls/ca.crt',
      PGSSLCERT: '/etc/aeterna/postgresql-tls/tls.crt',
      PGSSLKEY: '/etc/aeterna/postgresql-tls/tls.key',
    };
    expect(serverConfig(m)).toMatchObject(tlsEnv);
    const spec = jobSpec(jobs(m)[0]!);
    const migrate = container(spec, 'migrate');
    expect(value(migrate, 'PG_USERNAME')).toBe('root');
    expect(envVar(migrate, 'PG_PASSWORD')?.valueFrom?.secretKeyRef).toEqual({ name: 'pg-admin', key: 'pw' });
    expect(value(container(spec, 'hand-over'), 'APP_USER')).toBe('svc');
    const podSpec = get<Spec>(one(m, 'Deployment'), 'spec', 'template', 'spec');
    for (const c of [
      migrate,
      container(spec, 'prepare'),
      container(spec, 'hand-over'),
      serverContainer(m),
      ...(podSpec.initContainers ?? []),
      container(spec, 'check-postgresql-client-key'),
    ]) {
      expect(get<Array<{ mountPath: string; readOnly?: boolean }>>(c, 'volumeMounts'), c.name).toContainEqual({
        name: 'postgresql-tls',
        mountPath: '/etc/aeterna/postgresql-tls',
        readOnly: true,
      });
      // The key check reads the mounted file and connects nowhere; everything else connects with the same TLS files.
      if (c !== serverContainer(m) && c.name !== 'check-postgresql-client-key')
        for (const [k, v] of Object.entries(tlsEnv)) expect(value(c, k), `${c.name} ${k}`).toBe(v);
    }
    for (const volumes of [podSpec.volumes, spec.volumes]) {
      expect(volumes).toContainEqual({ name: 'postgresql-tls', secret: { secretName: 'pg-tls', defaultMode: 0o440 } });
    }
  });
});

describe('Pod Security "restricted" for the bundled Qdrant', () => {
  type Spec = PodSpecLike & { initContainers?: Container[] };
  const qdrantPod = (m: Manifest[]) =>
    get<Spec>(
      m.find((x) => x.kind === 'StatefulSet' && x.metadata.name === 'rel-qdrant'),
      'spec',
      'template',
      'spec',
    );

  it('passes with the chart’s defaults for the Qdrant subchart (no root chown, seccomp, capabilities dropped)', async () => {
    const spec = qdrantPod(await render(dir, { values: { qdrant: { enabled: true } } }));
    expect(spec.initContainers ?? []).toEqual([]);
    expect(restrictedViolations(spec)).toEqual([]);
  });

  it('fails with the Qdrant chart’s own defaults, which the chart overrides (self-check of the stand-in and the checker)', async () => {
    // The Qdrant chart 1.15.4's values.yaml, which the chart's own qdrant.* values replace.
    const upstream = {
      enabled: true,
      updateVolumeFsOwnership: true,
      podSecurityContext: { runAsNonRoot: null, seccompProfile: null, fsGroupChangePolicy: 'Always' },
      containerSecurityContext: { capabilities: null, seccompProfile: null },
    };
    const spec = qdrantPod(await render(dir, { values: { qdrant: upstream } }));
    expect(restrictedViolations(spec)).toEqual(
      expect.arrayContaining([
        'container ensure-dir-ownership: allowPrivilegeEscalation must be false',
        'container qdrant: capabilities must drop ALL',
      ]),
    );
  });
});

describe('authentication and authorization', () => {
  it('off by default: tells the server so, signs nothing, mounts no token', async () => {
    const m = await render(dir);
    expect(serverConfig(m)).toMatchObject({
      AETERNA_PLUGIN_AUTH_ENABLED: 'false',
      AETERNA_K8S_AUTH_ENABLED: 'false',
      AETERNA_AUTH_BACKEND: 'allow-all',
    });
    expect(envVar(serverContainer(m), 'AETERNA_PLUGIN_AUTH_JWT_SECRET')).toBeUndefined();
    expect(all(m, 'Secret').map((x) => x.metadata.name)).not.toContain('rel-aeterna-auth');
  });

  it('plugin auth: a kept signing key, the GitHub OAuth App from your Secret, the settings the server reads', async () => {
    const m = await render(dir, {
      values: {
        auth: {
          mode: 'plugin',
          plugin: {
            github: { existingSecret: 'gh', apiBaseUrl: 'https://ghe.example/api/v3' },
            redirectBaseUrl: 'https://a.example',
            tokenIssuer: 'corp',
            defaultTenantId: 't1',
          },
          adminBootstrap: { email: 'admin@example.com', providerSubject: 'octo' },
        },
      },
    });
    expect(serverConfig(m)).toMatchObject({
      AETERNA_PLUGIN_AUTH_ENABLED: 'true',
      AETERNA_PLUGIN_ALLOWED_PROVIDERS: 'github',
      AETERNA_PLUGIN_AUTH_REDIRECT_BASE_URL: 'https://a.example',
      AETERNA_PLUGIN_AUTH_TOKEN_ISSUER: 'corp',
      AETERNA_PLUGIN_AUTH_ACCESS_TOKEN_TTL_SECONDS: '3600',
      AETERNA_PLUGIN_AUTH_REFRESH_TOKEN_TTL_SECONDS: '2592000',
      AETERNA_GITHUB_API_BASE_URL: 'https://ghe.example/api/v3',
      AETERNA_DEFAULT_TENANT_ID: 't1',
      AETERNA_ADMIN_BOOTSTRAP_EMAIL: 'admin@example.com',
      AETERNA_ADMIN_BOOTSTRAP_PROVIDER: 'github',
      AETERNA_ADMIN_BOOTSTRAP_PROVIDER_SUBJECT: 'octo',
      AETERNA_BOOTSTRAP_COMPANY_SLUG: 'default',
      AETERNA_BOOTSTRAP_ORG_SLUG: 'platform',
      AETERNA_BOOTSTRAP_TEAM_SLUG: 'admins',
    });
    const c = serverContainer(m);
    expect(envVar(c, 'AETERNA_PLUGIN_AUTH_JWT_SECRET')?.valueFrom?.secretKeyRef).toEqual({ name: 'rel-aeterna-auth', key: 'jwt-secret' });
    expect(envVar(c, 'AETERNA_PLUGIN_AUTH_GITHUB_CLIENT_ID')?.valueFrom?.secretKeyRef).toEqual({ name: 'gh', key: 'client-id' });
    expect(envVar(c, 'AETERNA_PLUGIN_AUTH_GITHUB_CLIENT_SECRET')?.valueFrom?.secretKeyRef).toEqual({ name: 'gh', key: 'client-secret' });
    expect(Buffer.from(get<string>(one(m, 'Secret', '-auth'), 'data', 'jwt-secret'), 'base64').toString()).toMatch(/^[A-Za-z0-9]{64}$/);
    expect(unresolvedSecretRefs(m, ['gh'])).toEqual([]);
  });

  it('Kubernetes tokens: the pod’s own token mounted, TokenReview allowed, the namespace from the pod', async () => {
    const m = await render(dir, {
      values: {
        auth: { mode: 'plugin', plugin: { github: { existingSecret: 'gh' } }, kubernetes: { enabled: true, audience: 'aeterna' } },
      },
    });
    expect(serverConfig(m)).toMatchObject({ AETERNA_K8S_AUTH_ENABLED: 'true', AETERNA_K8S_AUTH_TOKEN_REVIEW_AUDIENCE: 'aeterna' });
    expect(get(one(m, 'Deployment'), 'spec', 'template', 'spec', 'automountServiceAccountToken')).toBe(true);
    // TokenReview create and nothing more: system:auth-delegator would also answer SubjectAccessReviews.
    const role = one(m, 'ClusterRole');
    expect(get(role, 'rules')).toEqual([{ apiGroups: ['authentication.k8s.io'], resources: ['tokenreviews'], verbs: ['create'] }]);
    expect(get(one(m, 'ClusterRoleBinding'), 'roleRef')).toEqual({
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      name: get(role, 'metadata', 'name'),
    });
    expect(get(envVar(serverContainer(m), 'AETERNA_K8S_NAMESPACE'), 'valueFrom', 'fieldRef', 'fieldPath')).toBe('metadata.namespace');
  });

  it('cedar from values or a ConfigMap, permit from a Secret, /a2a behind its key', async () => {
    const inline = serverConfig(
      await render(dir, {
        values: {
          auth: { authorization: { backend: 'cedar', cedar: { policies: 'permit(principal, action, resource);', schema: '{}' } } },
        },
      }),
    );
    expect(inline).toMatchObject({
      AETERNA_AUTH_BACKEND: 'cedar',
      AETERNA_CEDAR_POLICY_TEXT: 'permit(principal, action, resource);',
      AETERNA_CEDAR_SCHEMA_TEXT: '{}',
    });
    const fromMap = serverContainer(
      await render(dir, { values: { auth: { authorization: { backend: 'cedar', cedar: { existingConfigMap: 'cedar' } } } } }),
    );
    expect(get(envVar(fromMap, 'AETERNA_CEDAR_POLICY_TEXT'), 'valueFrom', 'configMapKeyRef')).toEqual({
      name: 'cedar',
      key: 'policies.cedar',
    });
    const permit = await render(dir, {
      values: {
        auth: {
          authorization: { backend: 'permit', permit: { pdpUrl: 'http://pdp:7766', existingSecret: 'permit' } },
          a2a: { existingSecret: 'a2a' },
        },
      },
    });
    expect(serverConfig(permit)).toMatchObject({
      AETERNA_AUTH_BACKEND: 'permit',
      AETERNA_PERMIT_PDP_URL: 'http://pdp:7766',
      AGENT_A2A_AUTH_ENABLED: 'true',
    });
    expect(envVar(serverContainer(permit), 'AETERNA_PERMIT_API_KEY')?.valueFrom?.secretKeyRef).toEqual({ name: 'permit', key: 'api-key' });
    expect(envVar(serverContainer(permit), 'AGENT_A2A_AUTH_API_KEY')?.valueFrom?.secretKeyRef).toEqual({ name: 'a2a', key: 'api-key' });
  });

  it('publishes an unauthenticated server only with the acknowledgement', async () => {
    const refused = await templateRaw(dir, { values: { service: { type: 'LoadBalancer' } }, extraArgs: ['--skip-schema-validation'] });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('auth.mode=off with an Ingress, a LoadBalancer or a NodePort');
    const acknowledged = await render(dir, {
      values: {
        service: { type: 'LoadBalancer' },
        auth: { acknowledgeUnauthenticatedExposure: true },
        networkPolicy: { allowedClients: [{ ipBlock: { cidr: '0.0.0.0/0' } }] },
      },
    });
    expect(get(one(acknowledged, 'Service'), 'spec', 'type')).toBe('LoadBalancer');
  });
});
