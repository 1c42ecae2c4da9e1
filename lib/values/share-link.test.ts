import { readFileSync } from 'node:fs';
import * as real from 'lz-string';
import { describe, expect, it, vi } from 'vitest';
import { decodeShareHash, encodeShareHash } from './share-link';

// lz-string's unpacking, watched: a fragment refused by its packed length must never be unpacked.
const unpack = vi.hoisted(() => vi.fn());
vi.mock('lz-string', async (importOriginal) => {
  const mod = await importOriginal<{ default?: typeof import('lz-string') } & typeof import('lz-string')>();
  // A CommonJS module: its functions are on the default export.
  const lz = mod.default ?? mod;
  const watched = {
    ...lz,
    decompressFromEncodedURIComponent: (s: string) => {
      unpack();
      return lz.decompressFromEncodedURIComponent(s);
    },
  };
  return { ...watched, default: watched };
});
import { stripSecrets } from './secrets';

describe('share links', () => {
  it('round-trips values without credentials and says which were removed', () => {
    const values = {
      postgresql: { enabled: false },
      externalPostgresql: { host: 'db', password: 's3cret', existingSecret: 'pg', existingSecretPasswordKey: 'password' },
      qdrant: { apiKey: true },
    };
    const link = encodeShareHash(values);
    expect(link.hash.startsWith('#values=')).toBe(true);
    expect(link.hash).not.toContain('s3cret');
    expect(link.removed).toEqual(['externalPostgresql.password']);
    expect(decodeShareHash(link.hash)).toEqual({
      postgresql: { enabled: false },
      externalPostgresql: { host: 'db', existingSecret: 'pg', existingSecretPasswordKey: 'password' },
      qdrant: { apiKey: true },
    });
  });

  it('returns null for a missing or damaged fragment', () => {
    expect(decodeShareHash('')).toBeNull();
    expect(decodeShareHash('#values=%%%not-lz')).toBeNull();
  });
});

describe('stripSecrets', () => {
  it('removes passwords, API keys and tokens but not Secret names or key names', () => {
    const r = stripSecrets({
      a: { apiKey: 'k', existingSecret: 'n', existingSecretApiKeyKey: 'api-key', credentialsSecret: 'gcp' },
      b: { postgresPassword: 'p', secretKeys: { userPasswordKey: 'password' } },
      c: { token: '' },
    });
    expect(r.values).toEqual({
      a: { existingSecret: 'n', existingSecretApiKeyKey: 'api-key', credentialsSecret: 'gcp' },
      b: { secretKeys: { userPasswordKey: 'password' } },
      c: { token: '' },
    });
    expect(r.removed.sort()).toEqual(['a.apiKey', 'b.postgresPassword']);
  });
});

describe('share links larger than the configurator opens (issue 23)', () => {
  it('refuses an 8 KB fragment that unpacks to 10 MB on its packed length, without unpacking it', () => {
    const packed = readFileSync('test/fixtures/share-links/unpacks-to-10mb.txt', 'utf8').trim();
    expect(packed.length).toBe(8_434);
    expect(real.decompressFromEncodedURIComponent(packed).length).toBe(10_000_025);
    const refused = vi.fn();
    unpack.mockClear();
    expect(decodeShareHash(`#values=${packed}`, refused)).toBeNull();
    expect(unpack).not.toHaveBeenCalled();
    expect(refused).toHaveBeenCalledWith(
      `This share link holds ${packed.length.toLocaleString('en-US')} characters of packed values; the configurator opens links of up to 6,000 (the chart's production example makes about 2,000). It was not opened, and what you had here is unchanged. Ask for the values.yaml file instead.`,
    );
  });

  it('opens packed fragments up to 6,000 characters and refuses the one character more', () => {
    const refused = vi.fn();
    decodeShareHash(`#values=${'A'.repeat(6_000)}`, refused);
    expect(refused).not.toHaveBeenCalled();
    decodeShareHash(`#values=${'A'.repeat(6_001)}`, refused);
    expect(refused).toHaveBeenCalledWith(expect.stringMatching(/^This share link holds 6,001 characters of packed values; /));
  });

  it('refuses a shorter fragment that unpacks to more than 1 MB before parsing it', () => {
    const packed = readFileSync('test/fixtures/share-links/unpacks-to-2mb.txt', 'utf8').trim();
    expect(packed.length).toBe(3_361);
    const refused = vi.fn();
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(decodeShareHash(`#values=${packed}`, refused)).toBeNull();
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
    expect(refused).toHaveBeenCalledWith(
      'This share link unpacks to 2.00 MB of values; the configurator opens links of up to 1 MB. It was not opened, and what you had here is unchanged. Ask for the values.yaml file instead.',
    );
  });
});
