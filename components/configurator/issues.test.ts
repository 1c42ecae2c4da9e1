import { describe, expect, it } from 'vitest';
import { errorSchemaFor, markersFor } from './issues';

const schema = {
  allOf: [{ title: 'redis-neither', description: 'rule', if: { properties: { redis: { properties: { enabled: { const: false } } } } } }],
};

describe('errorSchemaFor', () => {
  it('puts each message at its field, for the section that shows it', () => {
    const issues = [
      { path: ['externalRedis', 'host'], message: 'host needed', keyword: 'minLength' },
      { path: ['service', 'port'], message: 'bad port', keyword: 'minimum' },
    ];
    expect(errorSchemaFor(issues, ['externalRedis'])).toEqual({ externalRedis: { host: { __errors: ['host needed'] } } });
    expect(errorSchemaFor(issues, ['ingress'])).toBeUndefined();
  });
});

describe('markersFor', () => {
  it('marks the written value, or the value that triggered the rule when the missing one is not written', () => {
    const text = 'redis:\n  enabled: false\nservice:\n  port: 0\n';
    const markers = markersFor(
      text,
      [
        { path: ['externalRedis', 'host'], message: 'host needed', keyword: 'minLength', rule: 'rule', ruleId: 'redis-neither' },
        { path: ['service', 'port'], message: 'bad port', keyword: 'minimum' },
      ],
      [],
      schema,
    );
    expect(markers.map((m) => [m.line, m.column, m.message])).toEqual([
      [2, 3, 'host needed'],
      [4, 3, 'bad port'],
    ]);
  });

  it('shows only the syntax problems while the text does not parse', () => {
    const markers = markersFor(
      'a: [\n',
      [{ path: ['x'], message: 'old', keyword: 'type' }],
      [{ message: 'Unexpected end', line: 2, column: 1, endLine: 2, endColumn: 2 }],
      schema,
    );
    expect(markers).toEqual([{ message: 'YAML syntax: Unexpected end', line: 2, column: 1, endLine: 2, endColumn: 2, severity: 'error' }]);
  });
});
