/**
 * values.yaml and values.schema.json agree (same keys, every property typed and described, the same descriptions as
 * the `## @param` comments), the presets validate, misspelt keys are rejected by Helm, and every cross-field rule is
 * enforced identically by the schema (ajv, as the configurator uses it; and Helm) and by _validation.tpl.
 */
import { readFile, mkdir, writeFile, cp } from 'node:fs/promises';
import path from 'node:path';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHART_DIR, chartCopyWithStandIns, helm, mapLimit, removeChartCopy } from '../support/chart-copy';
import { templateRaw } from '../support/render';
import { schemaText, withDescriptionsFromValues, type SchemaNode } from '@/lib/chart/schema-descriptions';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
interface Schema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: boolean | Schema;
  allOf?: Array<{ description?: string; if?: unknown; then?: unknown }>;
  [k: string]: unknown;
}

let valuesText: string;
let values: Record<string, Json>;
let schema: Schema;
let dir: string;

beforeAll(async () => {
  valuesText = await readFile(path.join(CHART_DIR, 'values.yaml'), 'utf8');
  values = parse(valuesText) as Record<string, Json>;
  schema = JSON.parse(await readFile(path.join(CHART_DIR, 'values.schema.json'), 'utf8')) as Schema;
  dir = await chartCopyWithStandIns({ withUnitTests: false });
});
afterAll(async () => {
  if (dir) await removeChartCopy(dir);
});

function isObject(v: unknown): v is Record<string, Json> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Deep merge like Helm's coalescing of value files (maps merge, everything else replaces). */
function merge(base: Json, over: Json): Json {
  if (isObject(base) && isObject(over)) {
    const out: Record<string, Json> = { ...base };
    for (const [k, v] of Object.entries(over)) out[k] = k in base ? merge(base[k]!, v) : v;
    return out;
  }
  return over;
}

describe('values.yaml and values.schema.json', () => {
  it('use draft-07, are strict at the root and still work as a subchart (global, enabled)', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties?.global?.type).toBe('object');
    expect(schema.properties?.enabled?.type).toBe('boolean');
    for (const dep of ['redis', 'postgresql', 'qdrant']) {
      const s = schema.properties?.[dep];
      expect(s?.additionalProperties, dep).toBe(true);
      expect(Object.keys(s?.properties ?? {}), dep).toEqual(expect.arrayContaining(['enabled', 'image']));
    }
    expect(Object.keys(schema.properties?.redis?.properties ?? {})).toEqual(expect.arrayContaining(['architecture', 'auth', 'master']));
    expect(Object.keys(schema.properties?.postgresql?.properties ?? {})).toEqual(expect.arrayContaining(['architecture', 'auth', 'primary']));
    expect(schema.properties?.externalQdrant, 'externalQdrant configured nothing the server reads').toBeUndefined();
    for (const ext of ['externalRedis', 'externalPostgresql']) {
      expect(schema.properties?.[ext]?.additionalProperties, ext).toBe(false);
    }
  });

  it('declare the same keys, and every schema property has a type and a description', () => {
    const problems: string[] = [];
    const walk = (v: Json | undefined, s: Schema, at: string): void => {
      if (!s.type) problems.push(`${at}: no type`);
      if (!s.description?.trim() && at !== '') problems.push(`${at}: no description`);
      for (const [k, child] of Object.entries(s.properties ?? {})) {
        const p = at ? `${at}.${k}` : k;
        if (isObject(v) && !(k in v) && p !== 'enabled') problems.push(`${p}: in the schema, not in values.yaml`);
        walk(isObject(v) ? v[k] : undefined, child, p);
      }
      if (s.items) {
        const first = Array.isArray(v) ? v[0] : undefined;
        walk(first, s.items, `${at}[]`);
      }
      if (isObject(v) && s.properties && s.additionalProperties !== true && typeof s.additionalProperties !== 'object') {
        for (const k of Object.keys(v)) if (!(k in s.properties)) problems.push(`${at}.${k}: in values.yaml, not in the schema`);
      }
      if (isObject(v) && !s.properties && s.type === 'object' && s.additionalProperties === false) {
        problems.push(`${at}: object without properties`);
      }
    };
    walk(values, schema, '');
    expect(problems).toEqual([]);
  });

  it('take every description from its ## @param comment (generated; the schema is not stale), and every value has one', () => {
    // The generator writes the descriptions; a hand edit of the schema, or a comment changed without regenerating,
    // makes the file differ from what it would write.
    const { schema: generated, unknownPaths } = withDescriptionsFromValues(schema as SchemaNode, valuesText);
    expect(unknownPaths).toEqual([]);
    expect(schemaText(generated), 'run npx tsx scripts/generate-schema-descriptions.ts').toBe(schemaText(schema as SchemaNode));
    const params = new Set([...valuesText.matchAll(/^\s*## @param ([\w.-]+) /gm)].map((m) => m[1]!));
    const problems: string[] = [];
    // Every leaf of values.yaml is documented (objects may be documented as a whole).
    const leaves = (v: Json, at: string): string[] =>
      isObject(v) && Object.keys(v).length > 0 && !params.has(at)
        ? Object.entries(v).flatMap(([k, c]) => leaves(c, at ? `${at}.${k}` : k))
        : [at];
    for (const leaf of leaves(values, '')) if (!params.has(leaf)) problems.push(`${leaf}: no ## @param`);
    expect(problems).toEqual([]);
  });

  it('accept the defaults and both presets (ajv, as the configurator validates)', async () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(values), JSON.stringify(validate.errors)).toBe(true);
    for (const preset of ['values-local.yaml', 'values-production.yaml']) {
      const p = parse(await readFile(path.join(CHART_DIR, preset), 'utf8')) as Json;
      expect(validate(merge(values, p)), `${preset}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});

describe('Helm rejects what the schema rejects', () => {
  it.each(['helm', 'helm3'] as const)('%s rejects a misspelt key and accepts subchart passthrough keys', async (bin) => {
    const bad = await templateRaw(dir, { bin, extraArgs: ['--set', 'replicaCont=2'] });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("additional properties 'replicaCont' not allowed");
    const nested = await templateRaw(dir, { bin, extraArgs: ['--set', 'externalRedis.pasword=x'] });
    expect(nested.stderr).toContain("additional properties 'pasword' not allowed");
    const passthrough = await templateRaw(dir, {
      bin,
      extraArgs: ['--set', 'redis.commonLabels.team=x', '--set', 'global.imageRegistry=mirror.example', '--set', 'qdrant.replicaCount=1'],
    });
    expect(passthrough.stderr).toBe('');
    expect(passthrough.code).toBe(0);
  });

  it('works as a dependency of another chart (global and enabled are declared)', async () => {
    const parent = path.join(path.dirname(dir), 'umbrella');
    await mkdir(path.join(parent, 'charts'), { recursive: true });
    await cp(dir, path.join(parent, 'charts', 'aeterna'), { recursive: true });
    await writeFile(
      path.join(parent, 'Chart.yaml'),
      `apiVersion: v2\nname: umbrella\nversion: 1.0.0\ndependencies:\n  - name: aeterna\n    version: ${(parse(await readFile(path.join(CHART_DIR, 'Chart.yaml'), 'utf8')) as { version: string }).version}\n    condition: aeterna.enabled\n`,
    );
    await writeFile(path.join(parent, 'values.yaml'), 'global:\n  imagePullSecrets: [regcred]\naeterna:\n  enabled: true\n');
    const r = await helm(['template', 'u', parent], { check: false });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('name: "regcred"');
  });
});

/**
 * Cross-field rules: each case breaks one rule. The schema (ajv) must fail on the allOf rule with that description,
 * Helm must refuse the values, and with schema validation skipped, _validation.tpl must fail with the same message.
 */
interface RuleCase {
  values: Json;
  message: string;
  /** The template's message when it differs from the schema rule's description (it quotes the value). */
  templateMessage?: string;
}

const RULE_CASES: RuleCase[] = [
  {
    values: { postgresql: { enabled: false } },
    message: "PostgreSQL is neither bundled nor external: set postgresql.enabled=true, or set externalPostgresql.host to your server's host name.",
  },
  {
    values: { externalPostgresql: { host: 'pg.example', admin: { existingSecret: 'adm' } } },
    message: 'PostgreSQL is both bundled and external: postgresql.enabled=true and externalPostgresql.host is set. Set postgresql.enabled=false to use the external server, or empty externalPostgresql.host.',
  },
  {
    values: { redis: { enabled: false } },
    message: "Redis is neither bundled nor external: set redis.enabled=true, or set externalRedis.host to your server's host name.",
  },
  {
    values: { externalRedis: { host: 'redis.example' } },
    message: 'Redis is both bundled and external: redis.enabled=true and externalRedis.host is set. Set redis.enabled=false to use the external server, or empty externalRedis.host.',
  },


  {
    values: { postgresql: { enabled: false }, externalPostgresql: { host: 'pg', password: 'p', existingSecret: 's', admin: { existingSecret: 'adm' } } },
    message: 'externalPostgresql.password and externalPostgresql.existingSecret are both set: keep one (the password in the Secret named by existingSecret, key existingSecretPasswordKey, is the safer choice).',
  },

  {
    values: { aeterna: { llm: { provider: 'openai', openai: { apiKey: 'k', existingSecret: 's' } } } },
    message: 'aeterna.llm.openai.apiKey and aeterna.llm.openai.existingSecret are both set: keep one (the key in the Secret named by existingSecret, key existingSecretKey, is the safer choice).',
  },
  {
    values: { postgresql: { auth: { existingSecret: 'my-db', password: 'p' } } },
    message: 'postgresql.auth.password (or postgresPassword) and your own postgresql.auth.existingSecret are both set: keep one. The passwords are read from the existingSecret when it is set.',
  },
  {
    values: { global: { postgresql: { auth: { existingSecret: 'shared-db' } } } },
    message: 'global.postgresql.auth is set: the bundled Bitnami PostgreSQL would take its credentials from there, but Aeterna is wired from postgresql.auth. Move these settings to postgresql.auth (username, password, postgresPassword, database, existingSecret, secretKeys) and remove global.postgresql.auth.',
  },
  {
    values: { aeterna: { llm: { provider: 'anthropic' } } },
    message: 'aeterna.llm.provider is not accepted by the server (it stops at start-up): use one of none, openai, google, bedrock.',
    templateMessage: 'aeterna.llm.provider="anthropic" is not accepted by the server (it stops at start-up): use one of none, openai, google, bedrock.',
  },
  {
    values: { redis: { auth: { enabled: true } } },
    message: 'redis.auth.enabled=true: Aeterna 0.8.0-rc.12 cannot send a Redis password and would silently fall back to in-memory state. Set redis.auth.enabled=false and protect Redis with a NetworkPolicy.',
  },
  {
    values: { redis: { sentinel: { enabled: true } } },
    message: 'redis.sentinel.enabled=true: Aeterna 0.8.0-rc.12 connects to one Redis address and cannot follow a Sentinel failover. Set redis.sentinel.enabled=false (architecture standalone or replication).',
  },
  {
    values: { pdb: { enabled: true, minAvailable: 1, maxUnavailable: 1 } },
    message: 'pdb.minAvailable and pdb.maxUnavailable are both set: a PodDisruptionBudget takes one of them. Empty the other.',
  },
  {
    values: { aeterna: { llm: { provider: 'openai' } } },
    message: 'aeterna.llm.provider=openai needs an API key (the server stops at start-up with "OPENAI_API_KEY not set"): set aeterna.llm.openai.existingSecret (and existingSecretKey) or aeterna.llm.openai.apiKey.',
  },
  {
    values: { aeterna: { llm: { provider: 'google', google: { projectId: 'p', location: 'l', model: 'm' } } } },
    message: 'aeterna.llm.provider=google needs aeterna.llm.google.projectId, location and embeddingModel (the server has no defaults and stops at start-up): set all three.',
  },
  {
    values: { aeterna: { llm: { provider: 'google', google: { projectId: 'p', location: 'l', embeddingModel: 'e' } } } },
    message: 'aeterna.llm.provider=google with aeterna.features.reflective=true needs aeterna.llm.google.model (the chat model; the server has no default and stops at start-up): set it, or turn reflective off.',
  },
  {
    values: { aeterna: { llm: { provider: 'bedrock', bedrock: { region: 'eu-west-1', model: 'm' } } } },
    message: 'aeterna.llm.provider=bedrock needs aeterna.llm.bedrock.region and embeddingModel (the server has no defaults and stops at start-up): set both.',
  },
  {
    values: { aeterna: { llm: { provider: 'bedrock', bedrock: { region: 'eu-west-1', embeddingModel: 'e' } } } },
    message: 'aeterna.llm.provider=bedrock with aeterna.features.reflective=true needs aeterna.llm.bedrock.model (the chat model id; the server has no default and stops at start-up): set it, or turn reflective off.',
  },
  {
    values: { aeterna: { kms: { provider: 'aws' } } },
    message: 'aeterna.kms.provider=aws needs aeterna.kms.aws.keyArn (the key id, alias or ARN the server encrypts tenant secrets with): set it, or use aeterna.kms.provider=local.',
  },
  {
    values: { aeterna: { environment: 'production', secretProvider: { provider: 'vault', vault: { address: 'https://v', existingSecret: 't' } } } },
    message: "aeterna.environment=production with aeterna.kms.provider=local: the server refuses to start (\"KMS provider 'local' is not production-grade but AETERNA_ENV=production\"). Use aeterna.kms.provider=aws with aeterna.kms.aws.keyArn, or another aeterna.environment.",
  },
  {
    values: { aeterna: { environment: 'production', kms: { provider: 'aws', aws: { keyArn: 'alias/k' } } } },
    message: 'aeterna.environment=production with aeterna.secretProvider.provider=local: the server refuses to start ("AETERNA_SECRET_PROVIDER=local is not production-grade"). Use aeterna.secretProvider.provider=vault with its address and token Secret, or another aeterna.environment.',
  },
  {
    values: { aeterna: { secretProvider: { provider: 'vault', vault: { address: 'https://v' } } } },
    message: 'aeterna.secretProvider.provider=vault needs aeterna.secretProvider.vault.address and existingSecret (the Secret holding the Vault token): set both.',
  },
  {
    values: { replicaCount: 2, persistence: { enabled: false } },
    message: 'Several Aeterna pods (replicaCount > 1 or autoscaling.enabled) without aeterna.knowledgeRepository.remote.url: each pod would keep its own, diverging knowledge repository. Set the remote URL (with its credentials in aeterna.knowledgeRepository.github), or run one pod.',
  },
  {
    values: { autoscaling: { enabled: true }, aeterna: { knowledgeRepository: { remote: { url: 'https://git.example/k.git' } } } },
    message: "persistence.enabled with several Aeterna pods (replicaCount > 1 or autoscaling.enabled): the knowledge repository's volume belongs to one pod. Set persistence.enabled=false (each pod then clones aeterna.knowledgeRepository.remote.url into its own emptyDir), or run one pod.",
  },
  {
    values: { postgresql: { enabled: false }, externalPostgresql: { host: 'pg', password: 'a:b', admin: { existingSecret: 'adm' } } },
    message: "externalPostgresql.password contains @ : / ? # or %, which break the server's connection URL (postgres://user:password@host, built without escaping): choose a password without them (letters, digits and - _ . ~ are safe).",
  },
  {
    values: { postgresql: { auth: { password: 'p@ss' } } },
    message: "postgresql.auth.password contains @ : / ? # or %, which break the server's connection URL (postgres://user:password@host, built without escaping): choose a password without them (letters, digits and - _ . ~ are safe).",
  },
  {
    values: { postgresql: { auth: { postgresPassword: '100%' } } },
    message: "postgresql.auth.postgresPassword contains @ : / ? # or %, which break the server's connection URL (postgres://user:password@host, built without escaping): choose a password without them (letters, digits and - _ . ~ are safe).",
  },
  {
    values: { postgresql: { enabled: false }, externalPostgresql: { host: 'pg', existingSecret: 'pg' } },
    message: 'migrations.enabled with an external PostgreSQL needs the admin credentials the migration Job connects with: set externalPostgresql.admin.existingSecret (and admin.username, admin.existingSecretPasswordKey), or set migrations.enabled=false and run `aeterna admin migrate up` yourself.',
  },
  {
    values: { postgresql: { enabled: false }, migrations: { enabled: false }, externalPostgresql: { host: 'pg', existingSecret: 'pg', tls: { sslMode: 'verify-full' } } },
    message: 'externalPostgresql.tls.sslMode verify-ca or verify-full needs the CA certificate: set externalPostgresql.tls.existingSecret (key caKey).',
  },
  {
    values: { postgresql: { enabled: false }, migrations: { enabled: false }, externalPostgresql: { host: 'pg', existingSecret: 'pg', tls: { existingSecret: 'tls', certKey: 'tls.crt' } } },
    message: 'externalPostgresql.tls.certKey and keyKey go together (a client certificate and its key): set both, or neither.',
  },
  {
    values: { ingress: { enabled: true } },
    message: 'auth.mode=off with an Ingress, a LoadBalancer or a NodePort: the server would trust the X-Tenant-ID, X-User-ID and X-User-Role headers of anyone who reaches it. Set auth.mode=plugin (with auth.plugin.github.existingSecret), keep the Service internal, or set auth.acknowledgeUnauthenticatedExposure=true if you protect it another way.',
  },
  {
    values: { service: { type: 'NodePort' }, auth: { mode: 'plugin', plugin: { github: { existingSecret: 'gh' } } } },
    message: "The /a2a endpoints (aeterna.features.radkit) sit outside the API's authentication and would be published without a key: set auth.a2a.existingSecret, turn aeterna.features.radkit off, or set auth.acknowledgeUnauthenticatedExposure=true if you protect them another way.",
  },
  {
    values: { auth: { mode: 'plugin' } },
    message: 'auth.mode=plugin needs the GitHub OAuth App users sign in with: set auth.plugin.github.existingSecret (keys clientIdKey and clientSecretKey).',
  },
  {
    values: { auth: { authorization: { backend: 'cedar', cedar: { policies: 'permit(principal, action, resource);' } } } },
    message: 'auth.authorization.backend=cedar needs the policies and the schema (the server stops at start-up without them): set auth.authorization.cedar.policies and schema, or auth.authorization.cedar.existingConfigMap.',
  },
  {
    values: { auth: { authorization: { backend: 'permit', permit: { existingSecret: 'permit' } } } },
    message: 'auth.authorization.backend=permit needs auth.authorization.permit.pdpUrl and existingSecret (the API key; the server stops at start-up without them): set both.',
  },
  {
    values: { aeterna: { deploymentMode: 'hybrid' } },
    message: 'aeterna.deploymentMode hybrid or remote synchronises with a remote governance server: set aeterna.remoteGovernanceUrl, or use deploymentMode local for a central server.',
  },
];

/** Rules only _validation.tpl can check (the schema cannot compare two values or parse quantities). */
const TEMPLATE_ONLY_CASES: RuleCase[] = [
  {
    values: { resources: { requests: { cpu: '2', memory: '2Gi' }, limits: { cpu: '500m', memory: '1Gi' } } },
    message: 'resources.limits.cpu (500m) is below resources.requests.cpu (2): raise the limit or lower the request.',
  },
  {
    values: { resources: { requests: { memory: '2Gi' }, limits: { memory: '1024Mi' } } },
    message: 'resources.limits.memory (1024Mi) is below resources.requests.memory (2Gi): raise the limit or lower the request.',
  },
  {
    values: { autoscaling: { enabled: true, minReplicas: 5, maxReplicas: 3 }, persistence: { enabled: false }, aeterna: { knowledgeRepository: { remote: { url: 'https://git.example/k.git' } } } },
    message: 'autoscaling.minReplicas (5) is above autoscaling.maxReplicas (3): make minReplicas <= maxReplicas.',
  },
  {
    values: {
      auth: { acknowledgeUnauthenticatedExposure: true },
      ingress: { enabled: true, hosts: [{ host: 'a.example', paths: [{ path: '/' }] }], tls: [{ secretName: 't', hosts: ['a.example', 'b.example'] }] },
    },
    message: 'ingress.tls lists host "b.example", which is not in ingress.hosts: add it to ingress.hosts (with its paths) or remove it from ingress.tls.',
  },
];

function failMessages(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2).trim());
}

describe('cross-field rules: the schema and _validation.tpl agree', () => {
  it('every allOf rule of the schema has a description and a case below', () => {
    const descriptions = (schema.allOf ?? []).map((r) => r.description);
    expect(descriptions.every((d) => typeof d === 'string' && d.length > 20)).toBe(true);
    expect(new Set(descriptions)).toEqual(new Set(RULE_CASES.map((c) => c.message)));
  });

  it('ajv rejects each case with the matching rule, and accepts the template-only cases', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    for (const c of RULE_CASES) {
      expect(validate(merge(values, c.values)), c.message).toBe(false);
      const failedRules = new Set(
        (validate.errors ?? [])
          .map((e) => /^#\/allOf\/(\d+)\//.exec(e.schemaPath)?.[1])
          .filter((i): i is string => i !== undefined)
          .map((i) => schema.allOf?.[Number(i)]?.description),
      );
      expect([...failedRules], c.message).toContain(c.message);
    }
    for (const c of TEMPLATE_ONLY_CASES) expect(validate(merge(values, c.values)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('Helm refuses each case through the schema, and _validation.tpl fails with the exact message', async () => {
    const problems = (
      await mapLimit([...RULE_CASES, ...TEMPLATE_ONLY_CASES], 3, async (c) => {
        const out: string[] = [];
        const isSchemaRule = RULE_CASES.includes(c);
        const withSchema = await templateRaw(dir, { values: c.values as Record<string, unknown> });
        if (withSchema.code === 0) out.push(`${c.message}: helm accepted the values`);
        if (isSchemaRule && !withSchema.stderr.includes("values don't meet the specifications of the schema")) {
          out.push(`${c.message}: not refused by the schema: ${withSchema.stderr}`);
        }
        const skipped = await templateRaw(dir, { values: c.values as Record<string, unknown>, extraArgs: ['--skip-schema-validation'] });
        const messages = failMessages(skipped.stderr);
        if (!messages.includes(c.templateMessage ?? c.message)) out.push(`${c.message}: template said ${JSON.stringify(messages)} / ${skipped.stderr}`);
        return out;
      })
    ).flat();
    expect(problems).toEqual([]);
  });
});
