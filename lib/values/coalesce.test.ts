import { describe, expect, it } from 'vitest';
import { coalesce, diffFromDefaults, setIn, stripUndefined } from './coalesce';

describe('coalesce (Helm semantics)', () => {
  const defaults = { redis: { enabled: true, port: 6379 }, list: [1, 2], name: 'x' };

  it('lets user values win and merges maps key by key', () => {
    expect(coalesce(defaults, { redis: { enabled: false } })).toEqual({ redis: { enabled: false, port: 6379 }, list: [1, 2], name: 'x' });
  });

  it('replaces lists whole and deletes a key the user sets to null', () => {
    expect(coalesce(defaults, { list: [3], name: null })).toEqual({ redis: { enabled: true, port: 6379 }, list: [3] });
  });

  it('keeps keys the chart does not define, so the schema can reject them', () => {
    expect(coalesce(defaults, { redsi: { enabled: false } })).toMatchObject({ redsi: { enabled: false } });
  });

  it('does not modify its arguments', () => {
    const user = { redis: { enabled: false } };
    coalesce(defaults, user);
    expect(user).toEqual({ redis: { enabled: false } });
    expect(defaults.redis).toEqual({ enabled: true, port: 6379 });
  });
});

describe('diffFromDefaults', () => {
  it('keeps only what differs, recursively, and lists whole', () => {
    expect(
      diffFromDefaults(
        { redis: { enabled: false, port: 6379 }, list: [1, 2, 3], name: 'x', extra: 1 },
        { redis: { enabled: true, port: 6379 }, list: [1, 2], name: 'x' },
      ),
    ).toEqual({ redis: { enabled: false }, list: [1, 2, 3], extra: 1 });
  });

  it('round-trips with coalesce', () => {
    const defaults = { a: { b: 1, c: [1] }, d: 'x' };
    const values = { a: { b: 2, c: [1] }, d: 'x', e: true };
    expect(coalesce(defaults, diffFromDefaults(values, defaults))).toEqual(values);
  });
});

describe('setIn / stripUndefined', () => {
  it('creates maps on the way and removes with undefined', () => {
    expect(setIn({}, ['a', 'b'], 1)).toEqual({ a: { b: 1 } });
    expect(setIn({ a: { b: 1, c: 2 } }, ['a', 'b'], undefined)).toEqual({ a: { c: 2 } });
  });
  it('drops undefined recursively', () => {
    expect(stripUndefined({ a: undefined, b: { c: undefined, d: 1 } })).toEqual({ b: { d: 1 } });
  });
});
