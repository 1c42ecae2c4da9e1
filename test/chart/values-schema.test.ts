/**
 * values.yaml and values.schema.json agree (same keys, every property typed and described, the same descriptions as
 * the `## @param` comments), the presets validate, misspelt keys are rejected by Helm, and every cross-field rule is
 * enforced identically by the schema (ajv, as the configurator uses it; and Helm) and by _validation.tpl.
 */
import { readFileSync } from 'node:fs';
import { readFile, mkdir, writeFile, cp } from 'node:fs/promises';
import path from 'node:path';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHART_DIR, chartCopyWithStandIns, helm, mapLimit, removeChartCopy } from '../support/chart-copy';
import { templateRaw } from '../support/render';
import { schemaText, withDescriptionsFromValues, type SchemaNode } from '@/lib/chart/schema-descriptions';
import { ruleMessage, type ValidationRules } from '@/lib/chart/validation-rules';

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
    const ruleFile = JSON.parse(readFileSync(path.join(CHART_DIR, 'validation-rules.json'), 'utf8')) as ValidationRules;
    const { schema: generated, unknownPaths, unknownRules } = withDescriptionsFromValues(schema as SchemaNode, valuesText, ruleFile);
    expect(unknownPaths).toEqual([]);
    expect(unknownRules).toEqual([]);
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
 * Cross-field rules, keyed by their id in validation-rules.json: each case breaks one rule. The schema (ajv, as the
 * configurator uses it; and Helm) must fail on the allOf rule titled with that id, and with schema validation
 * skipped, _validation.tpl must fail with the rule's message (its %-verbs filled with `args`).
 */
interface RuleCase {
  rule: string;
  /** The rule's printf arguments, as the template fills them (the schema rule's title carries them after a colon). */
  args?: string[];
  values: Json;
  /** For a template-only rule, the schema keyword that also refuses the values, if any (e.g. an enum). */
  schemaBy?: string;
}

const RULE_CASES: RuleCase[] = [
  { rule: 'llm-provider-unknown', values: { aeterna: { llm: { provider: 'anthropic' } } } },
  { rule: 'postgresql-neither', values: { postgresql: { enabled: false } } },
  { rule: 'postgresql-both', values: { externalPostgresql: { host: 'pg.example', admin: { existingSecret: 'adm' } } } },
  { rule: 'redis-neither', values: { redis: { enabled: false } } },
  { rule: 'redis-both', values: { externalRedis: { host: 'redis.example' } } },
  { rule: 'external-postgresql-password-and-secret', values: { postgresql: { enabled: false }, externalPostgresql: { host: 'pg', password: 'p', existingSecret: 's', admin: { existingSecret: 'adm' } } } },
  { rule: 'openai-api-key-and-secret', values: { aeterna: { llm: { provider: 'openai', openai: { apiKey: 'k', existingSecret: 's' } } } } },
  { rule: 'postgresql-password-and-own-secret', values: { postgresql: { auth: { existingSecret: 'my-db', password: 'p' } } } },
  { rule: 'global-postgresql-auth', values: { global: { postgresql: { auth: { existingSecret: 'shared-db' } } } } },
  { rule: 'redis-auth', values: { redis: { auth: { enabled: true } } } },
  { rule: 'redis-sentinel', values: { redis: { sentinel: { enabled: true } } } },
  { rule: 'pdb-both', values: { pdb: { enabled: true, minAvailable: 1, maxUnavailable: 1 } } },
  { rule: 'openai-without-key', values: { aeterna: { llm: { provider: 'openai' } } } },
  { rule: 'google-settings-missing', values: { aeterna: { llm: { provider: 'google', google: { projectId: 'p', location: 'l', model: 'm' } } } } },
  { rule: 'google-chat-model-missing', values: { aeterna: { llm: { provider: 'google', google: { projectId: 'p', location: 'l', embeddingModel: 'e' } } } } },
  { rule: 'bedrock-settings-missing', values: { aeterna: { llm: { provider: 'bedrock', bedrock: { region: 'eu-west-1', model: 'm' } } } } },
  { rule: 'bedrock-chat-model-missing', values: { aeterna: { llm: { provider: 'bedrock', bedrock: { region: 'eu-west-1', embeddingModel: 'e' } } } } },
  { rule: 'kms-aws-without-key', values: { aeterna: { kms: { provider: 'aws' } } } },
  { rule: 'production-local-kms', values: { aeterna: { environment: 'production', secretProvider: { provider: 'vault', vault: { address: 'https://v', existingSecret: 't' } } } } },
  { rule: 'production-local-secret-provider', values: { aeterna: { environment: 'production', kms: { provider: 'aws', aws: { keyArn: 'alias/k' } } } } },
  { rule: 'vault-settings-missing', values: { aeterna: { secretProvider: { provider: 'vault', vault: { address: 'https://v' } } } } },
  { rule: 'several-pods-without-remote', values: { replicaCount: 2, persistence: { enabled: false } } },
  { rule: 'persistence-with-several-pods', values: { autoscaling: { enabled: true }, aeterna: { knowledgeRepository: { remote: { url: 'https://git.example/k.git' } } } } },
  { rule: 'password-breaks-url', args: ['externalPostgresql.password'], values: { postgresql: { enabled: false }, externalPostgresql: { host: 'pg', password: 'a:b', admin: { existingSecret: 'adm' } } } },
  { rule: 'password-breaks-url', args: ['postgresql.auth.password'], values: { postgresql: { auth: { password: 'p@ss' } } } },
  { rule: 'password-breaks-url', args: ['postgresql.auth.postgresPassword'], values: { postgresql: { auth: { postgresPassword: '100%' } } } },
  { rule: 'migrations-without-admin', values: { postgresql: { enabled: false }, externalPostgresql: { host: 'pg', existingSecret: 'pg' } } },
  { rule: 'postgresql-tls-verify-without-ca', values: { postgresql: { enabled: false }, migrations: { enabled: false }, externalPostgresql: { host: 'pg', existingSecret: 'pg', tls: { sslMode: 'verify-full' } } } },
  { rule: 'postgresql-tls-cert-without-key', values: { postgresql: { enabled: false }, migrations: { enabled: false }, externalPostgresql: { host: 'pg', existingSecret: 'pg', tls: { existingSecret: 'tls', certKey: 'tls.crt' } } } },
  { rule: 'published-without-auth', values: { ingress: { enabled: true } } },
  { rule: 'published-a2a-without-key', values: { service: { type: 'NodePort' }, auth: { mode: 'plugin', plugin: { github: { existingSecret: 'gh' } } } } },
  { rule: 'plugin-auth-without-github', values: { auth: { mode: 'plugin' } } },
  { rule: 'cedar-inputs-missing', values: { auth: { authorization: { backend: 'cedar', cedar: { policies: 'permit(principal, action, resource);' } } } } },
  { rule: 'permit-inputs-missing', values: { auth: { authorization: { backend: 'permit', permit: { existingSecret: 'permit' } } } } },
  { rule: 'deployment-mode-without-remote', values: { aeterna: { deploymentMode: 'hybrid' } } },
];

/** Rules only _validation.tpl can check (the schema cannot compare two values or parse quantities). */
const TEMPLATE_ONLY_CASES: RuleCase[] = [
  { rule: 'limits-below-requests', args: ['cpu', '500m', 'cpu', '2'], values: { resources: { requests: { cpu: '2', memory: '2Gi' }, limits: { cpu: '500m', memory: '1Gi' } } } },
  { rule: 'limits-below-requests', args: ['memory', '1024Mi', 'memory', '2Gi'], values: { resources: { requests: { memory: '2Gi' }, limits: { memory: '1024Mi' } } } },
  { rule: 'autoscaling-min-above-max', args: ['5', '3'], values: { autoscaling: { enabled: true, minReplicas: 5, maxReplicas: 3 }, persistence: { enabled: false }, aeterna: { knowledgeRepository: { remote: { url: 'https://git.example/k.git' } } } } },
  { rule: 'ingress-tls-host-not-routed', args: ['b.example'], values: {
      auth: { acknowledgeUnauthenticatedExposure: true },
      ingress: { enabled: true, hosts: [{ host: 'a.example', paths: [{ path: '/' }] }], tls: [{ secretName: 't', hosts: ['a.example', 'b.example'] }] },
    } },
];

const rules = JSON.parse(readFileSync(path.join(CHART_DIR, 'validation-rules.json'), 'utf8')) as ValidationRules;
const titleOf = (c: RuleCase) => [c.rule, ...(c.args?.length ? [c.args.join(',')] : [])].join(':');
const messageOf = (c: RuleCase) => ruleMessage(rules, c.rule, ...(c.args ?? []));

function failMessages(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2).trim());
}

describe('cross-field rules: the schema and _validation.tpl agree', () => {
  it('every allOf rule of the schema is titled with a rule of validation-rules.json, every rule has a case, and every case a rule', () => {
    const titles = (schema.allOf ?? []).map((r) => (r as { title?: string }).title);
    expect(new Set(titles)).toEqual(new Set(RULE_CASES.map(titleOf)));
    const cased = new Set([...RULE_CASES, ...TEMPLATE_ONLY_CASES].map((c) => c.rule));
    expect(new Set(Object.keys(rules.messages))).toEqual(cased);
  });

  it('ajv rejects each case with the rule of that id, and the template-only cases only as their schemaBy says', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    for (const c of RULE_CASES) {
      expect(validate(merge(values, c.values)), c.rule).toBe(false);
      const failedRules = new Set(
        (validate.errors ?? [])
          .map((e) => /^#\/allOf\/(\d+)\//.exec(e.schemaPath)?.[1])
          .filter((i): i is string => i !== undefined)
          .map((i) => (schema.allOf?.[Number(i)] as { title?: string } | undefined)?.title),
      );
      expect([...failedRules], c.rule).toContain(titleOf(c));
    }
    for (const c of TEMPLATE_ONLY_CASES) {
      const ok = validate(merge(values, c.values));
      if (c.schemaBy) expect((validate.errors ?? []).map((e) => e.keyword), c.rule).toContain(c.schemaBy);
      else expect(ok, JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('Helm refuses each case through the schema, and _validation.tpl fails with the rule’s message', async () => {
    const problems = (
      await mapLimit([...RULE_CASES, ...TEMPLATE_ONLY_CASES], 3, async (c) => {
        const out: string[] = [];
        const isSchemaRule = RULE_CASES.includes(c) || Boolean(c.schemaBy);
        const withSchema = await templateRaw(dir, { values: c.values as Record<string, unknown> });
        if (withSchema.code === 0) out.push(`${c.rule}: helm accepted the values`);
        if (isSchemaRule && !withSchema.stderr.includes("values don't meet the specifications of the schema")) {
          out.push(`${c.rule}: not refused by the schema: ${withSchema.stderr}`);
        }
        const skipped = await templateRaw(dir, { values: c.values as Record<string, unknown>, extraArgs: ['--skip-schema-validation'] });
        const messages = failMessages(skipped.stderr);
        if (!messages.includes(messageOf(c))) out.push(`${c.rule}: template said ${JSON.stringify(messages)} / ${skipped.stderr}`);
        return out;
      })
    ).flat();
    expect(problems).toEqual([]);
  });
});
