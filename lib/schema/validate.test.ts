import { describe, expect, it } from 'vitest';
import chartSchema from '@/charts/aeterna/values.schema.json';
import { compileSchema } from './compile';
import { createValuesValidator } from './validate';
import { activeRequirements, editorSchema, pickSchema } from './form-schema';

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: false,
  properties: {
    global: { type: 'object' },
    redis: { type: 'object', properties: { enabled: { type: 'boolean', default: true } } },
    externalRedis: {
      type: 'object',
      additionalProperties: false,
      properties: { host: { type: 'string' }, port: { type: 'integer', minimum: 1, maximum: 65535 } },
    },
    readinessProbe: { type: 'object', properties: { enabled: { type: 'boolean' } } },
    service: { type: 'object', properties: { type: { type: 'string', enum: ['ClusterIP', 'NodePort', 'LoadBalancer'] } } },
  },
  allOf: [
    {
      description: 'With redis.enabled false the chart needs externalRedis.host.',
      if: { properties: { redis: { properties: { enabled: { const: false } } } } },
      then: { properties: { externalRedis: { required: ['host'], properties: { host: { minLength: 1 } } } } },
    },
  ],
};
const defaults = { redis: { enabled: true }, externalRedis: { host: '', port: 6379 }, service: { type: 'ClusterIP' } };

describe('createValuesValidator', () => {
  const v = createValuesValidator(schema, defaults, compileSchema(schema));

  it('accepts the defaults', () => {
    expect(v.validateUserValues({})).toEqual([]);
  });

  it('says which value is required and when', () => {
    const issues = v.validateUserValues({ redis: { enabled: false } });
    expect(issues).toEqual([
      {
        path: ['externalRedis', 'host'],
        message: 'externalRedis.host is required when redis.enabled is false.',
        keyword: 'minLength',
        rule: 'With redis.enabled false the chart needs externalRedis.host.',
      },
    ]);
  });

  it('suggests the intended key for a typo', () => {
    const [issue] = v.validateUserValues({ readinesProbe: { enabled: true } });
    expect(issue!.path).toEqual(['readinesProbe']);
    expect(issue!.message).toBe('readinesProbe is not a setting of this chart: did you mean readinessProbe?');
  });

  it('explains types, enums and ranges in words', () => {
    const messages = v.validateUserValues({ externalRedis: { port: 'x' }, service: { type: 'Ingress' } }).map((i) => i.message);
    expect(messages).toContain('externalRedis.port must be a whole number, not the text "x".');
    expect(messages).toContain('service.type must be one of "ClusterIP", "NodePort", "LoadBalancer"; got "Ingress".');
    expect(v.validateUserValues({ externalRedis: { port: 0 } })[0]!.message).toBe('externalRedis.port must be at least 1; got 0.');
  });

  it('marks the fields a matching rule requires', () => {
    expect(activeRequirements(schema, { redis: { enabled: false } }, v.ruleApplies)).toEqual({ externalRedis: ['host'] });
    expect(activeRequirements(schema, { redis: { enabled: true } }, v.ruleApplies)).toEqual({});
    const picked = pickSchema(schema, ['externalRedis'], { externalRedis: ['host'] });
    expect((picked.properties as Record<string, { required?: string[] }>).externalRedis!.required).toEqual(['host']);
  });

  it('gives the editor a schema without cross-field rules', () => {
    const e = editorSchema(schema) as Record<string, unknown>;
    expect(e.allOf).toBeUndefined();
    expect(e.additionalProperties).toBe(false);
  });
});

describe('the chart schema', () => {
  it('uses no `format` keyword (the configurator loads no format checks; see compile.ts)', () => {
    expect(JSON.stringify(chartSchema)).not.toMatch(/"format"\s*:/);
  });
});

describe('uiSchemaFor', () => {
  it('hides "add property" on declared objects open to extra keys, keeps it on free maps', async () => {
    const { uiSchemaFor } = await import('./form-schema');
    expect(
      uiSchemaFor({
        type: 'object',
        properties: {
          redis: { type: 'object', additionalProperties: true, properties: { enabled: { type: 'boolean' } } },
          nodeSelector: { type: 'object', additionalProperties: { type: 'string' } },
        },
        additionalProperties: false,
      }),
    ).toEqual({ redis: { 'ui:options': { expandable: false } } });
  });
});

describe('uiSchemaFor folding', () => {
  it('folds image references below the top level, and objects made only of them', async () => {
    const { uiSchemaFor } = await import('./form-schema');
    const image = { type: 'object', properties: { registry: { type: 'string' }, repository: { type: 'string' }, tag: { type: 'string' } } };
    const ui = uiSchemaFor({
      type: 'object',
      additionalProperties: false,
      properties: {
        redis: {
          type: 'object',
          additionalProperties: false,
          properties: {
            architecture: { type: 'string' },
            image,
            metrics: { type: 'object', additionalProperties: false, properties: { image } },
          },
        },
      },
    });
    expect(ui).toEqual({
      redis: {
        image: { 'ui:options': { expandable: false, collapsed: true } },
        metrics: { 'ui:options': { collapsed: true } },
      },
    });
  });
});

describe('uiSchemaFor credentials', () => {
  it('masks text credentials', async () => {
    const { uiSchemaFor } = await import('./form-schema');
    expect(
      uiSchemaFor({
        type: 'object',
        additionalProperties: false,
        properties: {
          ext: {
            type: 'object',
            additionalProperties: false,
            properties: { password: { type: 'string' }, apiKey: { type: ['boolean', 'string'] } },
          },
        },
      }),
    ).toEqual({ ext: { password: { 'ui:widget': 'password' } } });
  });
});

describe('messages for patterns', () => {
  it('says a quantity pattern in words', async () => {
    const { humanizeErrors } = await import('./messages');
    const [issue] = humanizeErrors(
      [{ instancePath: '/m', schemaPath: '#/properties/m/pattern', keyword: 'pattern', params: { pattern: '^$|^[0-9]+(m|Ki|Mi|Gi)?$' } }],
      { properties: { m: { type: 'string' } } },
      { m: 'lots' },
    );
    expect(issue!.message).toBe('m must be a Kubernetes quantity such as 500m, 2, 512Mi or 1Gi (or empty); got "lots".');
  });
});
