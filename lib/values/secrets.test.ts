import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import chartSchema from '@/charts/aeterna/values.schema.json';
import type { JsonSchema } from '@/lib/schema/schema';
import { isPlainObject, setIn, type Json, type JsonObject } from './coalesce';
import { isSecretKey } from './secret-names';
import { describeRemoval, stripSecrets } from './secrets';
import { parseValuesYaml } from './yaml-document';

const schema = chartSchema as unknown as JsonSchema;

/** The values file of issue 23's finding: four credentials that the name-only rule let through. */
const FINDING = parseValuesYaml(readFileSync('test/fixtures/credentials/finding-23.yaml', 'utf8'));
const FINDING_VALUES = FINDING.ok ? FINDING.values : {};
const FINDING_SECRETS = ['12345678', 'ghp_LEAKenvToken0123456789', 'ghp_LEAKurlToken0123456789', 'qdrant-LEAK-key-42'];

describe('stripSecrets with the chart schema', () => {
  it('removes the four credentials of the finding and says what it did to each', () => {
    expect(FINDING.ok).toBe(true);
    const r = stripSecrets(FINDING_VALUES, schema);
    expect(r.removed).toEqual([
      { path: 'postgresql.auth.password', kind: 'value' },
      { path: 'aeterna.extraEnv[0].value', kind: 'value' },
      { path: 'aeterna.knowledgeRepository.remote.url', kind: 'userinfo' },
      { path: 'qdrant.config.service.api_key', kind: 'value' },
    ]);
    expect(r.values).toEqual({
      postgresql: { auth: {} },
      aeterna: { extraEnv: [{ name: 'GITHUB_TOKEN' }], knowledgeRepository: { remote: { url: 'https://github.com/o/r' } } },
      qdrant: { config: { service: {} } },
    });
    const text = JSON.stringify(r.values);
    for (const s of FINDING_SECRETS) expect(text).not.toContain(s);
    expect(r.removed.map(describeRemoval)).toEqual([
      'postgresql.auth.password: removed',
      'aeterna.extraEnv[0].value: removed',
      'aeterna.knowledgeRepository.remote.url: user:password removed from the URL',
      'qdrant.config.service.api_key: removed',
    ]);
  });

  it('removes whatever a writeOnly value holds: a number, a boolean, an object, a list', () => {
    const r = stripSecrets(
      {
        externalPostgresql: { host: 'db', password: 4711 },
        postgresql: { auth: { postgresPassword: true, password: { nested: 'pw-in-object' } } },
        aeterna: { llm: { openai: { apiKey: ['sk-in-a-list'] } } },
      },
      schema,
    );
    expect(r.removed.map((x) => x.path)).toEqual([
      'externalPostgresql.password',
      'postgresql.auth.postgresPassword',
      'postgresql.auth.password',
      'aeterna.llm.openai.apiKey',
    ]);
    expect(r.values).toEqual({ externalPostgresql: { host: 'db' }, postgresql: { auth: {} }, aeterna: { llm: { openai: {} } } });
  });

  it('keeps an empty or null credential (generate one / unset), which holds nothing', () => {
    const values = { externalPostgresql: { password: '' }, postgresql: { auth: { password: null } } };
    expect(stripSecrets(values, schema)).toEqual({ values, removed: [] });
  });

  it('qdrant.apiKey: the string is the key; true, false and a Secret reference are choices and stay (readOnlyApiKey by its name)', () => {
    const ref = { valueFrom: { secretKeyRef: { name: 'qdrant-keys', key: 'api-key' } } };
    expect(stripSecrets({ qdrant: { apiKey: true, readOnlyApiKey: false } }, schema).removed).toEqual([]);
    expect(stripSecrets({ qdrant: { apiKey: ref } }, schema)).toEqual({ values: { qdrant: { apiKey: ref } }, removed: [] });
    expect(stripSecrets({ qdrant: { apiKey: 'qk-1', readOnlyApiKey: 'qk-2' } }, schema)).toEqual({
      values: { qdrant: {} },
      removed: [
        { path: 'qdrant.apiKey', kind: 'value' },
        { path: 'qdrant.readOnlyApiKey', kind: 'value' },
      ],
    });
    // A type the node does not declare is not one of its choices.
    expect(stripSecrets({ qdrant: { apiKey: 1234 } }, schema).removed).toEqual([{ path: 'qdrant.apiKey', kind: 'value' }]);
  });

  it('extraEnv: value removed, valueFrom (a Secret reference) and the names kept', () => {
    const fromSecret = { name: 'GITHUB_TOKEN', valueFrom: { secretKeyRef: { name: 'gh', key: 'token' } } };
    const r = stripSecrets({ aeterna: { extraEnv: [fromSecret, { name: 'LOG_FORMAT', value: 'json' }] } }, schema);
    expect(r.values).toEqual({ aeterna: { extraEnv: [fromSecret, { name: 'LOG_FORMAT' }] } });
    expect(r.removed).toEqual([{ path: 'aeterna.extraEnv[1].value', kind: 'value' }]);
  });

  it('keeps names of Secrets and of their keys, in the schema and in open subchart maps', () => {
    const values: JsonObject = {
      aeterna: {
        llm: { openai: { existingSecret: 'llm', existingSecretKey: 'api-key' }, google: { credentialsSecret: 'gcp' } },
        knowledgeRepository: { github: { existingSecret: 'gh', tokenKey: 'token', webhookSecretKey: 'webhook-secret' } },
      },
      auth: { plugin: { jwtSecret: { existingSecret: 'jwt', existingSecretKey: 'key' } } },
      ingress: { tls: [{ secretName: 'tls-cert', hosts: ['a.example.com'] }] },
      externalPostgresql: { existingSecret: 'pg', existingSecretPasswordKey: 'password' },
      postgresql: { auth: { existingSecret: 'pg', secretKeys: { userPasswordKey: 'password', adminPasswordKey: 'postgres-password' } } },
      redis: {
        auth: { existingSecret: 'redis', existingSecretPasswordKey: 'redis-password' },
        tls: { certificatesSecret: 'redis-tls' },
        serviceAccount: { automountServiceAccountToken: false },
      },
      serviceAccount: { automountServiceAccountToken: true },
    };
    expect(stripSecrets(values, schema)).toEqual({ values, removed: [] });
  });

  it('falls back to key names where the schema describes nothing (strings and numbers)', () => {
    const r = stripSecrets(
      {
        global: { postgresql: { auth: { password: 'g-pw', postgresPassword: 'g-admin' } } },
        redis: { auth: { replicationPassword: 'rep' }, sentinel: { token: 12345 } },
        postgresql: { primary: { initdb: { passwd: 'x' } }, ldap: { bind_secret: 'y', api_key: 'z' } },
        qdrant: { config: { service: { other: 'keep' } } },
      },
      schema,
    );
    expect(r.removed.map((x) => x.path)).toEqual([
      'global.postgresql.auth.password',
      'global.postgresql.auth.postgresPassword',
      'redis.auth.replicationPassword',
      'redis.sentinel.token',
      'postgresql.primary.initdb.passwd',
      'postgresql.ldap.bind_secret',
      'postgresql.ldap.api_key',
    ]);
    expect(r.values).toEqual({
      global: { postgresql: { auth: {} } },
      redis: { auth: {}, sentinel: {} },
      postgresql: { primary: { initdb: {} }, ldap: {} },
      qdrant: { config: { service: { other: 'keep' } } },
    });
  });

  it('takes the userinfo out of any URL in any string, and says which', () => {
    const r = stripSecrets(
      {
        aeterna: {
          remoteGovernanceUrl: 'https://ghp_onlyAToken@gov.example.com/api',
          knowledgeRepository: { remote: { url: 'https://u:p@ss@git.example.com/o/r.git' } },
        },
        podAnnotations: { note: 'mirror at http://bob:hunter2@mirror.example.com, see docs' },
        auth: { plugin: { redirectBaseUrl: 'https://aeterna.example.com' } },
      },
      schema,
    );
    expect(r.values).toEqual({
      aeterna: {
        remoteGovernanceUrl: 'https://gov.example.com/api',
        knowledgeRepository: { remote: { url: 'https://git.example.com/o/r.git' } },
      },
      podAnnotations: { note: 'mirror at http://mirror.example.com, see docs' },
      auth: { plugin: { redirectBaseUrl: 'https://aeterna.example.com' } },
    });
    expect(r.removed).toEqual([
      { path: 'aeterna.remoteGovernanceUrl', kind: 'userinfo' },
      { path: 'aeterna.knowledgeRepository.remote.url', kind: 'userinfo' },
      { path: 'podAnnotations.note', kind: 'userinfo' },
    ]);
  });

  it('keeps the user name of an SSH URL (the account, not a secret), but not an SSH password', () => {
    const keep = { aeterna: { knowledgeRepository: { remote: { url: 'ssh://git@github.com/o/r.git' } } } };
    expect(stripSecrets(keep, schema)).toEqual({ values: keep, removed: [] });
    const r = stripSecrets({ aeterna: { knowledgeRepository: { remote: { url: 'ssh://git:pw@github.com/o/r.git' } } } }, schema);
    expect(r.values).toEqual({ aeterna: { knowledgeRepository: { remote: { url: 'ssh://github.com/o/r.git' } } } });
  });
});

/** Every path of the schema marked writeOnly, list items as [0] (the form stripSecrets reports). */
function writeOnlyPaths(s: JsonSchema, at: string[] = []): string[][] {
  const out: string[][] = s.writeOnly === true ? [at] : [];
  for (const [k, sub] of Object.entries(s.properties ?? {})) out.push(...writeOnlyPaths(sub, [...at, k]));
  if (s.items && !Array.isArray(s.items)) out.push(...writeOnlyPaths(s.items, [...at, '0']));
  return out;
}

function dotted(path: string[]): string {
  return path.reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}

/** `path` set to `value`, creating lists for numeric segments. */
function place(values: JsonObject, path: string[], value: Json): JsonObject {
  const i = path.findIndex((seg) => /^\d+$/.test(seg));
  if (i < 0) return setIn(values, path, value);
  const list = path.slice(0, i);
  return setIn(values, list, [place({ name: 'X' }, path.slice(i + 1), value)]);
}

describe('every credential the schema marks', () => {
  const marked = writeOnlyPaths(schema);

  it('is found (the marks are there)', () => {
    expect(marked.map(dotted)).toEqual([
      'aeterna.llm.openai.apiKey',
      'aeterna.extraEnv[0].value',
      'redis.auth.password',
      'postgresql.auth.password',
      'postgresql.auth.postgresPassword',
      'externalPostgresql.password',
      'qdrant.apiKey',
      'qdrant.config.service.api_key',
      'qdrant.config.service.read_only_api_key',
    ]);
  });

  it.each(marked.map((p) => [dotted(p), p] as const))('%s is stripped as text and as a number', (name, path) => {
    for (const secret of [`sekrit-${name}`, 987654321]) {
      const r = stripSecrets(place({}, path, secret), schema);
      expect(r.removed).toEqual([{ path: name, kind: 'value' }]);
      expect(JSON.stringify(r.values)).not.toContain(String(secret));
    }
  });

  it('includes every value the schema describes whose name says credential (a described key skips the name rule)', () => {
    const unmarked: string[] = [];
    const visit = (s: JsonSchema, at: string[]) => {
      for (const [k, sub] of Object.entries(s.properties ?? {})) {
        const types = sub.type === undefined ? [] : Array.isArray(sub.type) ? sub.type : [sub.type];
        if (isSecretKey(k) && (types.includes('string') || types.length === 0) && sub.writeOnly !== true) unmarked.push(dotted([...at, k]));
        visit(sub, [...at, k]);
      }
      if (isPlainObject(s.items)) visit(s.items as JsonSchema, [...at, '0']);
    };
    visit(schema, []);
    expect(unmarked).toEqual([]);
  });
});

describe('stripSecrets follows $ref, allOf, anyOf and oneOf', () => {
  const root: JsonSchema = {
    type: 'object',
    definitions: { cred: { type: 'string', writeOnly: true } },
    properties: {
      viaRef: { $ref: '#/definitions/cred' },
      viaAllOf: { allOf: [{ $ref: '#/definitions/cred' }] },
      branch: { anyOf: [{ type: 'boolean' }, { type: 'string', writeOnly: true }] },
      choice: {
        oneOf: [
          { type: 'object', properties: { name: { type: 'string' } } },
          { type: 'string', writeOnly: true },
        ],
      },
      map: { type: 'object', additionalProperties: { $ref: '#/definitions/cred' } },
      list: { type: 'array', items: { $ref: '#/definitions/cred' } },
    },
  };

  it('removes what a referenced or matching branch marks, and keeps the other branches', () => {
    const r = stripSecrets({ viaRef: 'a', viaAllOf: 'b', branch: 'c', choice: { name: 'kept' }, map: { one: 'd' }, list: ['e', ''] }, root);
    expect(r.values).toEqual({ choice: { name: 'kept' }, map: {}, list: [null, ''] });
    expect(r.removed.map((x) => x.path)).toEqual(['viaRef', 'viaAllOf', 'branch', 'map.one', 'list[0]']);
    expect(stripSecrets({ branch: true, choice: 'f' }, root).values).toEqual({ branch: true });
  });
});
