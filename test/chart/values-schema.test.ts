/**
 * values.yaml and values.schema.json agree (same keys, every property typed and described, the same descriptions as
 * the `## @param` comments), the presets validate, misspelt keys are rejected by Helm, and the configurator's JSON
 * Schema form of the cross-field rules refuses each rule's case.
 */
import { readFile, mkdir, writeFile, cp } from 'node:fs/promises';
import path from 'node:path';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHART_DIR, chartCopyWithStandIns, helm, removeChartCopy } from '../support/chart-copy';
import { templateRaw } from '../support/render';
import { presetFiles } from '@/lib/chart/files';
import { schemaText, withDescriptionsFromValues, type SchemaNode } from '@/lib/chart/schema-descriptions';
import { schemaExpressible } from '@/lib/rules/declaration';
import { coalesce, type JsonObject } from '@/lib/values/coalesce';
import { chartRules, chartRuleInstances, chartSchemaWithRules } from '@/lib/rules/chart-rules';
import { RULE_CASES, TEMPLATE_ONLY_CASES, caseTitle } from '../support/rule-cases';

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

/**
 * A subchart credential the schema declares so that the configurator never shares or saves it (writeOnly), or an
 * object of only such: a credential has no default worth writing into values.yaml.
 */
function onlyCredentials(s: Schema): boolean {
  const props = Object.values(s.properties ?? {});
  return s.writeOnly === true || (props.length > 0 && props.every(onlyCredentials));
}

function isObject(v: unknown): v is Record<string, Json> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Values over the chart's defaults, as Helm coalesces them. */
function merge(base: Json, over: Json): Json {
  return coalesce(base as JsonObject, over as JsonObject);
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
    expect(Object.keys(schema.properties?.postgresql?.properties ?? {})).toEqual(
      expect.arrayContaining(['architecture', 'auth', 'primary']),
    );
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
        if (isObject(v) && !(k in v) && p !== 'enabled' && !onlyCredentials(child))
          problems.push(`${p}: in the schema, not in values.yaml`);
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
    expect(schemaText(generated), 'run npx tsx scripts/generate/schema-descriptions.ts').toBe(schemaText(schema as SchemaNode));
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

  it('accept the defaults and every preset (ajv, as the configurator validates)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(values), JSON.stringify(validate.errors)).toBe(true);
    const presets = presetFiles();
    expect(presets.map((p) => p.file)).toEqual(expect.arrayContaining(['values-eks.yaml', 'values-gke.yaml', 'values-aks.yaml']));
    for (const preset of presets) {
      const p = parse(preset.text) as Json;
      expect(validate(merge(values, p)), `${preset.file}: ${JSON.stringify(validate.errors)}`).toBe(true);
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
      extraArgs: [
        '--set',
        'redis.commonLabels.team=x',
        '--set',
        'global.imageRegistry=mirror.example',
        '--set',
        'global.security.allowInsecureImages=true',
        '--set',
        'qdrant.replicaCount=1',
      ],
    });
    expect(passthrough.stderr).toBe('');
    expect(passthrough.code).toBe(0);
  });

  it.each(['helm', 'helm3'] as const)('%s refuses an Ingress host Kubernetes would refuse, and accepts a wildcard', async (bin) => {
    const host = (h: string) => [
      '--set',
      'ingress.enabled=true',
      '--set',
      'auth.acknowledgeUnauthenticatedExposure=true',
      '--set',
      'networkPolicy.enabled=false',
      '--set',
      `ingress.hosts[0].host=${h}`,
    ];
    const upper = await templateRaw(dir, { bin, extraArgs: host('Aeterna.Example.com') });
    expect(upper.code).not.toBe(0);
    expect(upper.stderr).toMatch(/ingress\/hosts\/0\/host|ingress\.hosts\.0\.host/);
    expect(upper.stderr).toContain('does not match pattern');
    const wildcard = await templateRaw(dir, { bin, extraArgs: host('*.example.com') });
    expect(wildcard.stderr).toBe('');
    expect(wildcard.code).toBe(0);
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
    const r = await helm(['template', 'u', parent, '--set', 'aeterna.generatedSecrets.withoutCluster=generate'], { check: false });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('name: "regcred"');
  });
});

/**
 * Cross-field rules (test/support/rule-cases.ts: one case per rule and `each` text). The configurator validates
 * with their strict JSON Schema form (lib/rules/json-schema.ts): it must refuse each schema-expressible case with
 * the rule of that id, and pass the others (checked by lib/rules/evaluate.ts). What helm prints for each case is
 * test/chart/refusals.test.ts.
 */
describe('cross-field rules: the configurator\u2019s JSON Schema form', () => {
  it('every rule of the declaration has a case, and every case a rule', () => {
    const titles = chartRuleInstances.filter(schemaExpressible).map((r) => r.title);
    expect(new Set(titles)).toEqual(new Set(RULE_CASES.map(caseTitle)));
    const cased = new Set([...RULE_CASES, ...TEMPLATE_ONLY_CASES].map((c) => c.rule));
    expect(new Set(Object.keys(chartRules.rules))).toEqual(cased);
  });

  it('values.schema.json, which helm reads, has no cross-field rule (helm would print it as "false schema")', () => {
    expect(schema.allOf).toBeUndefined();
    expect(JSON.stringify(schema)).not.toMatch(/"(if|then|else)":/);
  });

  it('ajv rejects each case with the rule of that id, and the template-only cases only as their schemaBy says', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const withRules = chartSchemaWithRules as Schema;
    const validate = ajv.compile(withRules);
    for (const c of RULE_CASES) {
      expect(validate(merge(values, c.values)), c.rule).toBe(false);
      const failedRules = new Set(
        (validate.errors ?? [])
          .map((e) => /^#\/allOf\/(\d+)\//.exec(e.schemaPath)?.[1])
          .filter((i): i is string => i !== undefined)
          .map((i) => (withRules.allOf?.[Number(i)] as { title?: string } | undefined)?.title),
      );
      expect([...failedRules], c.rule).toContain(caseTitle(c));
    }
    for (const c of TEMPLATE_ONLY_CASES) {
      const ok = validate(merge(values, c.values));
      if (c.schemaBy)
        expect(
          (validate.errors ?? []).map((e) => e.keyword),
          c.rule,
        ).toContain(c.schemaBy);
      else expect(ok, JSON.stringify(validate.errors)).toBe(true);
    }
  });
});
