import { describe, expect, it } from 'vitest';
import { dependencyPairs, groupKeys } from './groups';

describe('groupKeys', () => {
  it('puts each top-level key in its section and unknown ones in "More settings"', () => {
    const groups = groupKeys(['image', 'redis', 'externalRedis', 'ingress', 'brandNew']);
    expect(groups.map((g) => [g.id, g.keys])).toEqual([
      ['aeterna', ['image']],
      ['dependencies', ['redis', 'externalRedis']],
      ['networking', ['ingress']],
      ['other', ['brandNew']],
    ]);
  });
});

describe('dependencyPairs', () => {
  it('pairs each subchart key with its external block', () => {
    expect(dependencyPairs(['redis', 'externalRedis', 'qdrant', 'externalQdrant', 'image'])).toEqual([
      { bundledKey: 'redis', externalKey: 'externalRedis', label: 'Redis' },
      { bundledKey: 'qdrant', externalKey: 'externalQdrant', label: 'Qdrant' },
    ]);
  });
});

describe('groupKeys order', () => {
  it('orders a section by the layout, not by the schema', () => {
    expect(groupKeys(['global', 'image', 'aeterna'])[0]!.keys).toEqual(['aeterna', 'image', 'global']);
  });
});
