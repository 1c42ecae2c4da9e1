import { describe, expect, it } from 'vitest';
import { decodeShareHash, encodeShareHash } from './share-link';
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
