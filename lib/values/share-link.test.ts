import { readFileSync } from 'node:fs';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import chartSchema from '@/charts/aeterna/values.schema.json';
import type { JsonSchema } from '@/lib/schema/schema';
import { decodeShareHash, encodeShareHash } from './share-link';
import { parseValuesYaml } from './yaml-document';

const schema = chartSchema as unknown as JsonSchema;

/** What the link carries, read back without the decoder (which strips again, and would hide a leak). */
function linkText(hash: string): string {
  return decompressFromEncodedURIComponent(new URLSearchParams(hash.slice(1)).get('values')!);
}

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
