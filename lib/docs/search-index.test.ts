import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildReference } from '@/lib/reference/reference';
import { docFromMarkdown } from '../../test/support/doc-fixture';
import { buildSearchIndex, docsSearchDocs, referenceSearchDocs } from './search-index';
import { miniSearchOptions, tokenize, type SearchHit } from './search-options';

describe('tokenize', () => {
  it('keeps dotted paths whole next to their words', () => {
    expect(tokenize('Set redis.auth.enabled to false.')).toEqual(['Set', 'redis', 'auth', 'enabled', 'to', 'false', 'redis.auth.enabled']);
    expect(tokenize('extraEnv[].name')).toContain('extraEnv[].name');
  });
});

describe('search index', () => {
  const ref = buildReference(
    {
      type: 'object',
      properties: {
        redis: { type: 'object', properties: { enabled: { type: 'boolean', description: 'Deploy the bundled Redis subchart' } } },
        externalRedis: { type: 'object', properties: { host: { type: 'string', description: 'Hostname of an existing Redis' } } },
      },
    },
    'redis:\n  enabled: true\nexternalRedis:\n  host: ""\n',
  );
  const doc = docFromMarkdown('networking', 'Networking', '## TLS\n\nUse cert-manager to issue certificates for the Ingress.\n');
  const index = buildSearchIndex([...referenceSearchDocs(ref), ...docsSearchDocs([doc])]);
  // What the browser does: load the serialized index with the same options.
  const loaded = MiniSearch.loadJSON<SearchHit>(JSON.stringify(index), miniSearchOptions);

  it('finds a value by its exact path first', () => {
    const hits = loaded.search('redis.enabled');
    expect(hits[0]).toMatchObject({ id: 'value:redis.enabled', url: '/reference#redis.enabled' });
  });

  it('finds a value by a word of its description, and docs by their text', () => {
    expect(loaded.search('hostname').map((h) => h.id)).toEqual(['value:externalRedis.host']);
    expect(loaded.search('cert-manager')[0]).toMatchObject({ url: '/docs/networking#tls', page: 'Networking' });
  });
});

describe('generated content in the index', () => {
  it('indexes validation messages and dashboard panels at the section that shows them', async () => {
    const { generatedSearchDocs } = await import('./search-index');
    const doc = docFromMarkdown('troubleshooting', 'Troubleshooting', '## Messages\n\n<!-- include: fail-messages -->\n');
    const docs = generatedSearchDocs(
      [doc],
      [
        {
          kind: 'fail',
          message: 'pdb.minAvailable and pdb.maxUnavailable are both set',
          template: '',
          conditions: [],
          valuePaths: [],
          line: 1,
          aggregate: false,
        },
      ],
      null,
    );
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ url: '/docs/troubleshooting#messages', page: 'Troubleshooting · chart messages' });
  });
});
