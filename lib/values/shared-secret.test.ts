import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseValuesComments } from '@/lib/chart/values-comments';
import { chartPath } from '@/lib/chart/files';
import { coalesce, getIn, type JsonObject } from './coalesce';
import { secretsToCreate } from './secret-commands';
import { applicableBlocks, credentialBlocks, sharedKeys, sharedSecretOf, withSharedSecret } from './shared-secret';
import { parseValuesYaml } from './yaml-document';

const text = readFileSync(chartPath('values.yaml'), 'utf8');
const comments = parseValuesComments(text);
const parsed = parseValuesYaml(text);
if (!parsed.ok) throw new Error('values.yaml does not parse');
const defaults = parsed.values;
const blocks = credentialBlocks(comments.credentials, defaults);

/** The journey's choices: external PostgreSQL, OpenAI, plugin auth. */
const chosen: JsonObject = { postgresql: { enabled: false }, aeterna: { llm: { provider: 'openai' } }, auth: { mode: 'plugin' } };
const inUse = (user: JsonObject) => applicableBlocks(blocks, comments.when, coalesce(defaults, user));

describe('one existing Secret for every credential (values.yaml @credential)', () => {
  it('points only the blocks of the chosen alternatives at it, each under keys of its own', () => {
    expect(inUse({}).map((b) => b.path)).toEqual(['auth.a2a']);
    expect(inUse(chosen).map((b) => b.path)).toEqual([
      'aeterna.llm.openai',
      'auth.plugin.github',
      'auth.a2a',
      'externalPostgresql',
      'externalPostgresql.admin',
    ]);
    const user = withSharedSecret(chosen, defaults, inUse(chosen), 'aeterna-credentials');
    expect(user.externalPostgresql).toEqual({
      existingSecret: 'aeterna-credentials',
      existingSecretPasswordKey: 'external-postgresql-password',
      admin: { existingSecret: 'aeterna-credentials', existingSecretPasswordKey: 'external-postgresql-admin-password' },
    });
    expect(getIn(user, ['auth', 'plugin', 'github'])).toEqual({
      existingSecret: 'aeterna-credentials',
      clientIdKey: 'auth-plugin-github-client-id',
      clientSecretKey: 'auth-plugin-github-client-secret',
    });
    // Unchosen: the Vault token and the Permit.io key are not touched.
    expect(getIn(user, ['aeterna', 'secretProvider'])).toBeUndefined();
    expect(getIn(user, ['auth', 'authorization'])).toBeUndefined();
    expect(sharedSecretOf(inUse(user), coalesce(defaults, user))).toBe('aeterna-credentials');
  });

  it('the kubectl command creates that one Secret with exactly the keys the blocks read', () => {
    const user = withSharedSecret(chosen, defaults, inUse(chosen), 'aeterna-credentials');
    const secrets = secretsToCreate(coalesce(defaults, user));
    expect(secrets.map((s) => s.name)).toEqual(['aeterna-credentials']);
    expect(secrets[0]!.literals.map((l) => l.key).sort()).toEqual(sharedKeys(inUse(user)).sort());
  });

  it('every declared block has keys no other block has', () => {
    const keys = sharedKeys(blocks);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('an empty name gives every block its defaults back, and blocks naming different Secrets share none', () => {
    const on = withSharedSecret(chosen, defaults, inUse(chosen), 'aeterna-credentials');
    expect(withSharedSecret(on, defaults, inUse(on), '')).toEqual(chosen);
    const mixed = { ...on, auth: { ...(on.auth as JsonObject), a2a: { existingSecret: 'other' } } };
    expect(sharedSecretOf(inUse(mixed), coalesce(defaults, mixed))).toBe('');
  });

  it('a declaration without existingSecret, or without a key, is refused by name', () => {
    expect(() => credentialBlocks(['aeterna.llm'], defaults)).toThrow(
      'values.yaml declares @credential aeterna.llm, which has no existingSecret value',
    );
    expect(() => credentialBlocks(['x'], { x: { existingSecret: '' } })).toThrow(
      'values.yaml declares @credential x, which names no key (a value ending in Key)',
    );
  });
});
