/**
 * Chart inputs that could inject or leak (issue 23's review), over real `helm template` output: Secret data keys
 * quoted and every Secret name, key and name override held to Kubernetes' own grammar by the schema; a pod
 * checksum that reveals no credential and does not drift between renders; credentials in URLs refused before
 * they reach a ConfigMap or the notes; a NetworkPolicy on by default whose egress follows the settings; the
 * TokenReview permission and nothing more.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import schema from '@/charts/aeterna/values.schema.json';
import { chartCopyWithStandIns, helm, removeChartCopy } from '../support/chart-copy';
import { INGRESS_NAMESPACE } from '../support/rule-cases';
import { GENERATE_WITHOUT_CLUSTER, get, one, render, templateRaw, valuesArgs, type Manifest } from '../support/render';

let dir: string;
beforeAll(async () => {
  dir = await chartCopyWithStandIns({ withUnitTests: false });
});
afterAll(async () => {
  if (dir) await removeChartCopy(dir);
});

type SchemaNode = { type?: string | string[]; pattern?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode };

/** Dotted paths of the schema's string values that name a Secret or ConfigMap, a key in one, or a name override. */
function nameAndKeyPaths(node: SchemaNode, at = ''): Array<{ path: string; pattern?: string }> {
  const out: Array<{ path: string; pattern?: string }> = [];
  for (const [k, v] of Object.entries(node.properties ?? {})) {
    const p = at ? `${at}.${k}` : k;
    const isString = v.type === 'string' || (Array.isArray(v.type) && v.type.includes('string'));
    const names = /(Secret|ConfigMap|secretName|Override)$/.test(k) || p === 'serviceAccount.name' || p.endsWith('secretKeyRef.name');
    const keys = (/Key$/.test(k) && k !== 'apiKey') || p.endsWith('secretKeyRef.key');
    if (isString && (names || keys)) out.push({ path: p, pattern: v.pattern });
    out.push(...nameAndKeyPaths(v, p));
    if (v.items) out.push(...nameAndKeyPaths(v.items, `${p}[]`));
  }
  return out;
}

describe('Secret names and keys', () => {
  it('every Secret/ConfigMap name, key name and name override in the schema has a pattern', () => {
    const found = nameAndKeyPaths(schema as SchemaNode);
    expect(found.length).toBeGreaterThan(35);
    expect(found.filter((f) => !f.pattern).map((f) => f.path)).toEqual([]);
  });

  it('refuses a key that would inject YAML into the Secret (the reproduction), with the field path', async () => {
    const r = await templateRaw(dir, { values: { aeterna: { kms: { local: { existingSecretKey: 'kms-key: eA==\n  INJECTED' } } } } });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("at '/aeterna/kms/local/existingSecretKey': 'kms-key: eA==\\n  INJECTED' does not match pattern");
  });

  it('refuses Secret names Kubernetes would refuse, and a fullnameOverride that cannot name a Service', async () => {
    for (const [values, at] of [
      [{ aeterna: { llm: { provider: 'openai', openai: { existingSecret: 'My Secret' } } } }, '/aeterna/llm/openai/existingSecret'],
      [{ auth: { a2a: { existingSecret: 'a2a\nkind: Pod' } } }, '/auth/a2a/existingSecret'],
      [{ fullnameOverride: '1aeterna' }, '/fullnameOverride'],
      [{ postgresql: { auth: { existingSecret: 'pg"}}{{ fail "x" }}' } } }, '/postgresql/auth/existingSecret'],
    ] as const) {
      const r = await templateRaw(dir, { values });
      expect(r.code, JSON.stringify(values)).not.toBe(0);
      expect(r.stderr).toContain(`at '${at}'`);
    }
  });

  it('writes data keys quoted, so a key YAML would read as a number stays the key the server reads', async () => {
    const m = await render(dir, { values: { aeterna: { kms: { local: { existingSecretKey: '0123' } } } } });
    const secret = one(m, 'Secret', '-kms');
    expect(Object.keys(get<Record<string, string>>(secret, 'data'))).toEqual(['0123']);
    const env = get<Array<{ name: string; valueFrom?: { secretKeyRef?: { key: string } } }>>(
      one(m, 'Deployment'),
      'spec',
      'template',
      'spec',
      'containers',
      0,
      'env',
    );
    expect(env.find((e) => e.name === 'AETERNA_LOCAL_KMS_KEY')?.valueFrom?.secretKeyRef?.key).toBe('0123');
  });
});

describe('checksum/secret', () => {
  const checksum = (m: Manifest[]) => get<string>(one(m, 'Deployment'), 'spec', 'template', 'metadata', 'annotations', 'checksum/secret');
  const inline = (password: string) => ({
    postgresql: { enabled: false },
    externalPostgresql: { host: 'pg', password, admin: { existingSecret: 'adm' } },
  });

  it('is not the hash of the Secret manifests, so a weak inline password cannot be tested against it with sha256', async () => {
    const m = await render(dir, { values: inline('12345678') });
    const r = await helm([
      'template',
      'rel',
      dir,
      '--namespace',
      'aeterna',
      '--show-only',
      'templates/secret.yaml',
      ...(await valuesArgs(dir, { values: { ...inline('12345678'), ...GENERATE_WITHOUT_CLUSTER } })),
    ]);
    const secret = r.stdout.replace(/^---\n# Source: [^\n]*\n/, '').trim();
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    expect(checksum(m)).toMatch(/^[a-f0-9]{64}$/);
    // The attack on the old annotation (sha256 of the rendered Secret templates): render the Secret for a candidate
    // password and hash it, with the few ways the template's surrounding whitespace can go. One of these matched it.
    const guesses = ['', '\n'].flatMap((pre) => ['', '\n', '\n\n'].map((post) => sha(`${pre}${secret}${post}`)));
    expect(guesses).not.toContain(checksum(m));
  });

  it('changes when an inline credential changes, and not between renders that generate passwords', async () => {
    const [a, b] = await Promise.all([render(dir, { values: inline('12345678') }), render(dir, { values: inline('12345679') })]);
    expect(checksum(a)).not.toBe(checksum(b));
    // Defaults: the bundled PostgreSQL's passwords are generated anew on every render without lookup (helm
    // template, Argo CD); the checksum must not change with them, or every GitOps sync would restart the pods.
    const [c, d] = await Promise.all([render(dir), render(dir)]);
    expect(get(one(c, 'Secret', '-aeterna-postgresql'), 'data')).not.toEqual(get(one(d, 'Secret', '-aeterna-postgresql'), 'data'));
    expect(checksum(c)).toBe(checksum(d));
  });
});

describe('credentials in URLs', () => {
  const token = 'ghp_0123456789abcdef';
  it('refuses a token in the knowledge repository URL before it reaches the ConfigMap, naming the Secret-based setting', async () => {
    const r = await templateRaw(dir, {
      values: { aeterna: { knowledgeRepository: { remote: { url: `https://x:${token}@github.com/o/r.git` } } } },
    });
    expect(r.code).not.toBe(0);
    expect(r.stdout).not.toContain(token);
    expect(r.stderr).toContain(
      'aeterna.knowledgeRepository.remote.url holds credentials (user:password@ or a token before @): the chart would write them into its ConfigMap',
    );
    expect(r.stderr).toContain(
      'aeterna.knowledgeRepository.github.existingSecret with the token under aeterna.knowledgeRepository.github.tokenKey',
    );
  });

  it('accepts the URLs that carry no secret: plain https, and GitHub’s git@github.com:owner/repo with GitHub credentials', async () => {
    const github = { owner: 'o', repo: 'r', existingSecret: 'gh' };
    for (const [url, extra] of [
      ['https://github.com/o/r.git', {}],
      ['https://git.example:8443/o/r.git', {}],
      ['git@github.com:o/r.git', { github }],
    ] as const) {
      const m = await render(dir, { values: { aeterna: { knowledgeRepository: { remote: { url }, ...extra } } } });
      expect(get(one(m, 'ConfigMap', '-aeterna'), 'data', 'AETERNA_KNOWLEDGE_REPO_URL')).toBe(url);
    }
  });

  it.each(['ssh://git@git.example:2222/o/r.git', 'git@gitlab.example:o/r.git', 'git@github.com:o/r.git'])(
    'refuses %s, which the server cannot clone (it offers no SSH key), with the rule’s message',
    async (url) => {
      const r = await templateRaw(dir, { values: { aeterna: { knowledgeRepository: { remote: { url } } } } });
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain(
        'aeterna.knowledgeRepository.remote.url is an SSH URL, but the server clones with libgit2 and has no SSH key to offer',
      );
    },
  );
});

describe('NetworkPolicy', () => {
  type Egress = Array<{ ports: Array<{ port: number }>; to?: unknown[] }>;
  const ports = (m: Manifest[]) => get<Egress>(one(m, 'NetworkPolicy'), 'spec', 'egress').map((e) => e.ports.map((p) => p.port));

  it('is on by default: DNS, the bundled PostgreSQL and Redis, nothing else', async () => {
    const m = await render(dir);
    expect(ports(m)).toEqual([[53, 53], [5432], [6379]]);
  });

  it('opens the ports the settings need, each to any address unless egressPeers narrows them, and the notes name them', async () => {
    const values = {
      aeterna: {
        llm: { provider: 'openai', openai: { existingSecret: 'o', baseUrl: 'https://llm.internal:8443/v1' } },
        kms: { provider: 'aws', aws: { keyArn: 'arn:aws:kms:eu-west-1:1:key/k' } },
        secretProvider: { provider: 'vault', vault: { address: 'https://vault.vault.svc:8200', existingSecret: 'v' } },
        knowledgeRepository: { remote: { url: 'https://git.example:2222/k.git' } },
      },
      auth: { mode: 'plugin', plugin: { github: { existingSecret: 'gh' } }, kubernetes: { enabled: true } },
    };
    const m = await render(dir, { values });
    expect(ports(m)).toEqual([[53, 53], [5432], [6379], [443], [2222], [6443], [8200], [8443]]);
    const egress = get<Egress>(one(m, 'NetworkPolicy'), 'spec', 'egress');
    expect(egress.slice(3).every((e) => e.to === undefined)).toBe(true);

    const peer = { ipBlock: { cidr: '10.0.0.0/8' } };
    const narrowed = await render(dir, { values: { ...values, networkPolicy: { egressPeers: [peer] } } });
    expect(
      get<Egress>(one(narrowed, 'NetworkPolicy'), 'spec', 'egress')
        .slice(3)
        .map((e) => e.to),
    ).toEqual(Array(5).fill([peer]));

    const r = await helm([
      'install',
      'rel',
      dir,
      '--namespace',
      'aeterna',
      '--dry-run=client',
      ...(await valuesArgs(dir, { values: { ...values, ...GENERATE_WITHOUT_CLUSTER } })),
    ]);
    const notes = r.stdout.slice(r.stdout.indexOf('NOTES:'));
    expect(notes).toContain(
      "The pods may connect to DNS, the bundled PostgreSQL, the bundled Redis, port 443 (GitHub sign-in, AWS KMS, the Kubernetes API server (TokenReview)), port 2222 (the knowledge repository's remote), port 6443 (the Kubernetes API server (TokenReview)), port 8200 (Vault), port 8443 (OpenAI): nothing else.",
    );
  });

  it('refuses to publish the server behind it without allowed clients, and admits the ones given', async () => {
    const published = {
      ingress: { enabled: true },
      auth: { mode: 'plugin', plugin: { github: { existingSecret: 'gh' } }, a2a: { existingSecret: 'a' } },
    };
    const r = await templateRaw(dir, { values: published });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('List who must reach it in networkPolicy.allowedClients');
    const m = await render(dir, { values: { ...published, networkPolicy: { allowedClients: [INGRESS_NAMESPACE] } } });
    expect(get(one(m, 'NetworkPolicy'), 'spec', 'ingress', 0, 'from', 1)).toEqual(INGRESS_NAMESPACE);
  });

  it('turns Bitnami’s allowExternal off for the bundled Redis and PostgreSQL, whose client labels the pods carry', async () => {
    const r = await helm(['show', 'values', dir]);
    const values = parse(r.stdout) as { redis: { networkPolicy: unknown }; postgresql: { primary: { networkPolicy: unknown } } };
    expect(values.redis.networkPolicy).toEqual({ allowExternal: false });
    expect(values.postgresql.primary.networkPolicy).toEqual({ allowExternal: false });
    const m = await render(dir);
    for (const labels of [
      get<Record<string, string>>(one(m, 'Deployment'), 'spec', 'template', 'metadata', 'labels'),
      get<Record<string, string>>(one(m, 'Job'), 'spec', 'template', 'metadata', 'labels'),
    ]) {
      expect(labels).toMatchObject({ 'rel-redis-client': 'true', 'rel-postgresql-client': 'true' });
    }
  });
});

describe('Secrets that must not change, in a render without the cluster', () => {
  const refuse = { generatedSecrets: { withoutCluster: 'refuse' } };

  it('refuses the defaults under helm template, naming each Secret with the command that creates it', async () => {
    const r = await templateRaw(dir, { values: refuse });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('SECRETS THAT MUST NOT CHANGE:');
    expect(r.stderr).toContain(
      '- the local KMS key (Secret rel-aeterna-kms, kept by helm when the chart stops creating it): a new one makes every stored tenant secret unreadable. Create it once, kubectl create secret generic rel-aeterna-kms --namespace aeterna --from-literal=kms-key="$(openssl rand -base64 32)", and set aeterna.kms.local.existingSecret=rel-aeterna-kms (or use AWS KMS: aeterna.kms.provider=aws).',
    );
    expect(r.stderr).toContain('set postgresql.auth.existingSecret=rel-postgresql-credentials');
    expect(r.stderr).not.toContain('plugin-auth signing key');
    expect(r.stderr).toContain('set generatedSecrets.withoutCluster=generate');
  });

  it('renders when every such Secret is yours (or its values given), and then holds no generated key at all', async () => {
    const own = {
      ...refuse,
      aeterna: { kms: { local: { existingSecret: 'kms' } } },
      postgresql: { auth: { password: 'pw', postgresPassword: 'admin-pw' } },
      auth: { mode: 'plugin', plugin: { github: { existingSecret: 'gh' }, jwtSecret: { existingSecret: 'jwt' } } },
    };
    const m = await render(dir, { values: own });
    expect(m.filter((x) => x.kind === 'Secret' && /-(kms|auth)$/.test(x.metadata.name))).toEqual([]);
    // The same values twice: byte for byte the same output, so a GitOps sync has nothing to change.
    const [a, b] = await Promise.all([templateRaw(dir, { values: own }), templateRaw(dir, { values: own })]);
    expect(a.stdout).toBe(b.stdout);
  });

  it('generates only when told to, and helm lint reports the refusal without failing (lint checks the chart, it applies nothing)', async () => {
    expect((await templateRaw(dir, { values: { generatedSecrets: { withoutCluster: 'generate' } } })).code).toBe(0);
    const lint = await helm(['lint', dir], { check: false });
    expect(lint.code).toBe(0);
    expect(lint.stdout + lint.stderr).toContain('SECRETS THAT MUST NOT CHANGE');
  });
});

describe('no credential in a ConfigMap or the notes', () => {
  it('every credential given in values lands only in Secrets: not in a ConfigMap, an env value or the install notes', async () => {
    const secret = (name: string) => `sentinel-${name}-0123456789`;
    const values = {
      ...GENERATE_WITHOUT_CLUSTER,
      postgresql: { enabled: false },
      externalPostgresql: { host: 'pg', password: secret('pg'), admin: { existingSecret: 'adm' } },
      aeterna: { llm: { provider: 'openai', openai: { apiKey: secret('openai') } } },
    };
    const m = await render(dir, { values });
    const inSecrets = JSON.stringify(m.filter((x) => x.kind === 'Secret'));
    for (const s of [secret('pg'), secret('openai')]) expect(inSecrets).toContain(Buffer.from(s).toString('base64'));
    const elsewhere = JSON.stringify(m.filter((x) => x.kind !== 'Secret'));
    const r = await helm(['install', 'rel', dir, '--namespace', 'aeterna', '--dry-run=client', ...(await valuesArgs(dir, { values }))]);
    const notes = r.stdout.slice(r.stdout.indexOf('NOTES:'));
    for (const s of [secret('pg'), secret('openai')]) {
      expect(elsewhere).not.toContain(s);
      expect(notes).not.toContain(s);
    }
  });
});
