import { readFileSync } from 'node:fs';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it, vi } from 'vitest';
import chartSchema from '@/charts/aeterna/values.schema.json';
import type { JsonSchema } from '@/lib/schema/schema';
import { decodeShareHash, encodeShareHash } from './share-link';
import { parseValuesYaml } from './yaml-document';

const schema = chartSchema as unknown as JsonSchema;

/** What the link carries, read back without the decoder (which strips again, and would hide a leak). */
function linkText(hash: string): string {
  return decompressFromEncodedURIComponent(new URLSearchParams(hash.slice(1)).get('values')!);
}

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

describe('share links', () => {
  it('round-trips values without credentials and says which were removed', () => {
    const values = {
      postgresql: { enabled: false },
      externalPostgresql: { host: 'db', password: 's3cret', existingSecret: 'pg', existingSecretPasswordKey: 'password' },
      qdrant: { apiKey: true },
    };
    const link = encodeShareHash(values, schema);
    expect(link.hash.startsWith('#values=')).toBe(true);
    expect(linkText(link.hash)).not.toContain('s3cret');
    expect(link.removed).toEqual([{ path: 'externalPostgresql.password', kind: 'value' }]);
    expect(decodeShareHash(link.hash, schema)).toEqual({
      postgresql: { enabled: false },
      externalPostgresql: { host: 'db', existingSecret: 'pg', existingSecretPasswordKey: 'password' },
      qdrant: { apiKey: true },
    });
  });

  it("carries none of the finding's four credentials (issue 23)", () => {
    const parsed = parseValuesYaml(readFileSync('test/fixtures/credentials/finding-23.yaml', 'utf8'));
    expect(parsed.ok).toBe(true);
    const link = encodeShareHash(parsed.ok ? parsed.values : {}, schema);
    expect(link.removed.map((r) => r.path)).toEqual([
      'postgresql.auth.password',
      'aeterna.extraEnv[0].value',
      'aeterna.knowledgeRepository.remote.url',
      'qdrant.config.service.api_key',
    ]);
    const carried = linkText(link.hash);
    for (const secret of ['12345678', 'ghp_LEAKenvToken0123456789', 'ghp_LEAKurlToken0123456789', 'qdrant-LEAK-key-42']) {
      expect(carried).not.toContain(secret);
    }
    expect(JSON.parse(carried)).toEqual({
      postgresql: { auth: {} },
      aeterna: { extraEnv: [{ name: 'GITHUB_TOKEN' }], knowledgeRepository: { remote: { url: 'https://github.com/o/r' } } },
      qdrant: { config: { service: {} } },
    });
  });

  it('cleans a hand-made link that carries credentials', () => {
    const handMade = {
      redis: { auth: { password: 'hand-made' } },
      aeterna: { extraEnv: [{ name: 'A', value: 'hand-made-2' }] },
      replicaCount: 2,
    };
    const hash = `#values=${compressToEncodedURIComponent(JSON.stringify(handMade))}`;
    expect(decodeShareHash(hash, schema)).toEqual({ redis: { auth: {} }, aeterna: { extraEnv: [{ name: 'A' }] }, replicaCount: 2 });
  });

  it('returns null for a missing or damaged fragment', () => {
    expect(decodeShareHash('', schema)).toBeNull();
    expect(decodeShareHash('#values=%%%not-lz', schema)).toBeNull();
  });
});

describe('share links larger than the configurator opens (issue 23)', () => {
  it('refuses an 8 KB fragment that unpacks to 10 MB on its packed length, without unpacking it', () => {
    const packed = readFileSync('test/fixtures/share-links/unpacks-to-10mb.txt', 'utf8').trim();
    expect(packed.length).toBe(8_434);
    expect(decompressFromEncodedURIComponent(packed).length).toBe(10_000_025);
    const refused = vi.fn();
    unpack.mockClear();
    expect(decodeShareHash(`#values=${packed}`, schema, refused)).toBeNull();
    expect(unpack).not.toHaveBeenCalled();
    expect(refused).toHaveBeenCalledWith(
      `This share link holds ${packed.length.toLocaleString('en-US')} characters of packed values; the configurator opens links of up to 6,000 (the chart's production example makes about 2,000). It was not opened, and what you had here is unchanged. Ask for the values.yaml file instead.`,
    );
  });

  it('opens packed fragments up to 6,000 characters and refuses the one character more', () => {
    const refused = vi.fn();
    decodeShareHash(`#values=${'A'.repeat(6_000)}`, schema, refused);
    expect(refused).not.toHaveBeenCalled();
    decodeShareHash(`#values=${'A'.repeat(6_001)}`, schema, refused);
    expect(refused).toHaveBeenCalledWith(expect.stringMatching(/^This share link holds 6,001 characters of packed values; /));
  });

  it('refuses a shorter fragment that unpacks to more than 1 MB before parsing it', () => {
    const packed = readFileSync('test/fixtures/share-links/unpacks-to-2mb.txt', 'utf8').trim();
    expect(packed.length).toBe(3_361);
    const refused = vi.fn();
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(decodeShareHash(`#values=${packed}`, schema, refused)).toBeNull();
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
    expect(refused).toHaveBeenCalledWith(
      'This share link unpacks to 2.00 MB of values; the configurator opens links of up to 1 MB. It was not opened, and what you had here is unchanged. Ask for the values.yaml file instead.',
    );
  });
});
