import { describe, expect, it } from 'vitest';
import { buildReference, formatValue, valueAt } from './reference';
import { collectRules } from './rules';
import { describeType, walkSchema, type JsonSchema } from './schema';
import { parseValuesComments } from '../chart/values-comments';

const schema: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  definitions: { port: { type: 'integer', minimum: 1, maximum: 65535 } },
  properties: {
    image: {
      type: 'object',
      title: 'Image',
      properties: {
        repository: { type: 'string', description: 'Image repository' },
        pullPolicy: { type: 'string', enum: ['Always', 'IfNotPresent', 'Never'], default: 'IfNotPresent' },
      },
    },
    redis: {
      type: 'object',
      properties: {
        enabled: { type: 'boolean', description: 'Deploy the bundled Redis' },
        port: { $ref: '#/definitions/port', description: 'Redis port' },
      },
    },
    externalRedis: { type: 'object', properties: { host: { type: ['string', 'null'] } } },
    extraEnv: {
      type: 'array',
      items: { type: 'object', properties: { name: { type: 'string' }, value: { type: 'string' } } },
    },
    tags: { type: 'array', items: { type: 'string' } },
  },
  allOf: [
    {
      description: 'When redis.enabled is false, externalRedis.host is required.',
      if: { properties: { redis: { properties: { enabled: { const: false } } } } },
      then: { properties: { externalRedis: { required: ['host'] } } },
    },
  ],
};

const valuesYaml = `## @section Image
## Where the server image comes from.
## @param image.repository Server image repository
image:
  repository: ghcr.io/kikokikok/aeterna
  pullPolicy: IfNotPresent

## @section Redis
## @param redis.enabled Deploy Redis
redis:
  enabled: true
  port: 6379
## @param externalRedis.host [nullable] Host of an existing Redis
externalRedis:
  host: null
extraEnv: []
`;

describe('parseValuesComments', () => {
  it('reads sections, their text and params with modifiers', () => {
    const c = parseValuesComments('## @section A\n## Intro text.\n## @param a.b [array, nullable] Some thing\n## @skip a.c\n');
    expect(c.sections).toEqual([{ name: 'A', description: 'Intro text.' }]);
    expect(c.params.get('a.b')).toMatchObject({ description: 'Some thing', modifiers: ['array', 'nullable'], section: 'A' });
    expect(c.skipped.has('a.c')).toBe(true);
  });
});

describe('walkSchema', () => {
  it('lists every property path, including array item properties and $ref targets', () => {
    expect(walkSchema(schema).map((n) => n.path)).toEqual([
      'image',
      'image.repository',
      'image.pullPolicy',
      'redis',
      'redis.enabled',
      'redis.port',
      'externalRedis',
      'externalRedis.host',
      'extraEnv',
      'extraEnv[].name',
      'extraEnv[].value',
      'tags',
    ]);
  });

  it('describes types in words', () => {
    expect(describeType(schema, schema.properties!.tags!)).toBe('array of string');
    expect(describeType(schema, schema.properties!.externalRedis!.properties!.host!)).toBe('string | null');
    expect(describeType(schema, schema.properties!.redis!.properties!.port!)).toBe('integer');
  });
});

describe('collectRules', () => {
  it('keeps the author description and the paths a rule involves', () => {
    const [rule] = collectRules(schema);
    expect(rule!.description).toBe('When redis.enabled is false, externalRedis.host is required.');
    expect(rule!.paths).toEqual(expect.arrayContaining(['redis.enabled', 'externalRedis.host']));
  });
});

describe('buildReference', () => {
  const ref = buildReference(schema, valuesYaml);
  const byPath = new Map(ref.entries.map((e) => [e.path, e]));

  it('takes defaults from values.yaml first, then the schema', () => {
    expect(byPath.get('image.repository')!.default).toBe('ghcr.io/kikokikok/aeterna');
    expect(byPath.get('externalRedis.host')).toMatchObject({ hasDefault: true, default: null });
    expect(byPath.get('extraEnv[].name')!.hasDefault).toBe(false);
  });

  it('uses the schema description, falling back to the @param text', () => {
    expect(byPath.get('image.repository')!.description).toBe('Image repository');
    expect(byPath.get('externalRedis.host')!.description).toBe('Host of an existing Redis');
    expect(byPath.get('redis.port')!.constraints).toEqual(['minimum 1', 'maximum 65535']);
  });

  it('groups values by section in values.yaml order, inheriting sections from relatives', () => {
    expect(ref.sections.map((s) => [s.name, s.entries.map((e) => e.path)])).toEqual([
      ['Image', ['image', 'image.repository', 'image.pullPolicy']],
      ['Redis', ['redis', 'redis.enabled', 'redis.port', 'externalRedis', 'externalRedis.host']],
      ['Other values', ['extraEnv', 'extraEnv[].name', 'extraEnv[].value', 'tags']],
    ]);
    expect(ref.sections[0]!.description).toBe('Where the server image comes from.');
  });

  it('attaches rules to the values they involve and lists allowed values', () => {
    expect(byPath.get('externalRedis.host')!.rules).toHaveLength(1);
    expect(byPath.get('image.pullPolicy')!.allowed).toEqual(['Always', 'IfNotPresent', 'Never']);
  });
});

describe('valueAt / formatValue', () => {
  it('tells a null value from a missing key', () => {
    expect(valueAt({ a: { b: null } }, ['a', 'b'])).toEqual({ found: true, value: null });
    expect(valueAt({ a: {} }, ['a', 'b'])).toEqual({ found: false, value: undefined });
  });
  it('formats values on one line', () => {
    expect([formatValue('x'), formatValue(true), formatValue([]), formatValue({}), formatValue(null)]).toEqual([
      '"x"',
      'true',
      '[]',
      '{}',
      'null',
    ]);
  });
});
