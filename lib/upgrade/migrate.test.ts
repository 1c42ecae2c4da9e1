import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '@/lib/schema/schema';
import type { JsonObject } from '@/lib/values/coalesce';
import { migrateValues, type MigrationInput } from './migrate';
import { parseVersionHistory } from './version-history';

// A small two-version chart of its own, so that each behaviour is tested apart from the real chart's history.
const history = parseVersionHistory({
  versions: [
    {
      version: '2.0.0',
      appVersion: '1',
      commit: null,
      renamed: [
        {
          from: 'server.authBackend',
          to: 'auth.backend',
          values: { permissive: 'allow-all', cedar: 'cedar' },
          otherwise: 'allow-all',
          why: 'moved',
        },
      ],
      retyped: [{ path: 'flags.*', values: { true: true, false: false }, why: 'booleans now' }],
      removed: [
        { path: 'server.logFormat', why: 'the server has none', instead: 'remove it' },
        { path: 'tracing.*', why: 'no exporter', instead: 'remove it' },
        { path: 'flags.*', why: 'only a and b exist', instead: 'keep a and b' },
      ],
      required: ['needs-url'],
      upgrade: [{ kind: 'downtime', text: 'Recreate' }],
      changes: [],
    },
    {
      version: '1.0.0',
      appVersion: '1',
      commit: 'a'.repeat(40),
      renamed: [],
      retyped: [],
      removed: [],
      required: [],
      upgrade: [],
      changes: [],
    },
  ],
});

const fromDefaults: JsonObject = {
  server: { authBackend: '', logFormat: 'json', replicas: 1, image: 'v1' },
  tracing: { enabled: false },
  flags: {},
  store: { enabled: true },
};
const toDefaults: JsonObject = {
  server: { replicas: 1, image: 'v2' },
  auth: { backend: 'allow-all' },
  flags: { a: true, b: true },
  store: { enabled: false },
};
const toSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    server: { type: 'object', additionalProperties: false, properties: { replicas: { type: 'integer' }, image: { type: 'string' } } },
    auth: { type: 'object', additionalProperties: false, properties: { backend: { type: 'string' } } },
    flags: { type: 'object', additionalProperties: false, properties: { a: { type: 'boolean' }, b: { type: 'boolean' } } },
    store: { type: 'object', additionalProperties: false, properties: { enabled: { type: 'boolean' } } },
    extra: { type: 'object' },
  },
};

const migrate = (user: JsonObject, over: Partial<MigrationInput> = {}) =>
  migrateValues({ history, from: '1.0.0', to: '2.0.0', user, fromDefaults, toDefaults, toSchema, ...over });

describe('migrateValues', () => {
  it('moves a renamed value to its new path, mapping the value whose meaning changed', () => {
    const m = migrate({ server: { authBackend: 'permissive' } });
    expect(m.renamed).toEqual([
      expect.objectContaining({
        from: 'server.authBackend',
        to: 'auth.backend',
        value: 'permissive',
        newValue: 'allow-all',
        conflict: false,
      }),
    ]);
    // allow-all is the new default: the minimal file leaves it out, and says so.
    expect(m.values).toEqual({});
    expect(m.sameAsNewDefault).toEqual([['auth', 'backend']]);
    expect(migrate({ server: { authBackend: 'cedar' } }).values).toEqual({ auth: { backend: 'cedar' } });
    expect(migrate({ server: { authBackend: 'custom' } }).renamed[0]).toMatchObject({ value: 'custom', newValue: 'allow-all' });
  });

  it('keeps the value already at the new path when the file sets both, and says so', () => {
    const m = migrate({ server: { authBackend: 'permissive' }, auth: { backend: 'cedar' } });
    expect(m.renamed[0]).toMatchObject({ conflict: true, newValue: 'cedar' });
    expect(m.values).toEqual({ auth: { backend: 'cedar' } });
  });

  it('drops removed values with their reason; a wildcard removal keeps the keys the new version knows', () => {
    const m = migrate({
      server: { logFormat: 'text' },
      tracing: { enabled: true, endpoint: 'http://otel:4317' },
      flags: { a: false, legacy: 'on' },
    });
    expect(m.removed.map((r) => [r.path.join('.'), r.why])).toEqual([
      ['server.logFormat', 'the server has none'],
      ['tracing.enabled', 'no exporter'],
      ['tracing.endpoint', 'no exporter'],
      ['flags.legacy', 'only a and b exist'],
    ]);
    expect(m.values).toEqual({ flags: { a: false } });
  });

  it('converts retyped values ("false" becomes false)', () => {
    const m = migrate({ flags: { a: 'false' } });
    expect(m.retyped).toEqual([{ path: ['flags', 'a'], value: 'false', newValue: false, why: 'booleans now' }]);
    expect(m.values).toEqual({ flags: { a: false } });
  });

  it('lists the defaults that changed under keys the file leaves to the chart, and only those', () => {
    expect(migrate({}).changedDefaults).toEqual([
      { path: ['server', 'image'], from: 'v1', to: 'v2' },
      { path: ['flags'], from: {}, to: { a: true, b: true } },
      { path: ['store', 'enabled'], from: true, to: false },
    ]);
    const set = migrate({ server: { image: 'mine' }, flags: { a: false } });
    expect(set.changedDefaults.map((c) => c.path.join('.'))).toEqual(['store.enabled']);
    expect(set.values).toEqual({ server: { image: 'mine' }, flags: { a: false } });
  });

  it('treats a value equal to the old default as not chosen (a copy of helm show values follows the new defaults)', () => {
    const m = migrate({ ...fromDefaults });
    expect(m.values).toEqual({});
    expect(m.leftToChart.map((p) => p.join('.'))).toContain('server.image');
    // A removed key is still named as removed, even at its old default: the user sees why the line went.
    expect(m.removed.map((r) => r.path.join('.'))).toEqual(['server.logFormat', 'tracing.enabled']);
  });

  it('keeps keys nobody explains, so that helm names them, and lists them', () => {
    const m = migrate({ server: { typo: 1 }, extra: { free: 'form' } });
    expect(m.unknown).toEqual([['server', 'typo']]);
    expect(m.values).toEqual({ server: { typo: 1 }, extra: { free: 'form' } });
  });

  it('lists what the upgrade does, with the version that does it', () => {
    expect(migrate({}).upgrade).toEqual([{ kind: 'downtime', text: 'Recreate', version: '2.0.0' }]);
  });

  it('refuses versions the history does not know', () => {
    expect(() => migrate({}, { from: '0.9.0' })).toThrow('chart version 0.9.0 is not in version-history.json (known: 2.0.0, 1.0.0)');
  });
});
