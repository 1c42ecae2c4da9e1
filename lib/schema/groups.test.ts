import { describe, expect, it } from 'vitest';
import { dependencyPairs, groupKeys } from './groups';

const valuesYaml = `## @group aeterna Aeterna
## @group dependencies Dependencies
## @group networking Networking

## @section Aeterna image
## @group aeterna
## @param image.tag Tag
image:
  tag: ""
## @section Redis
## @group dependencies
## @param redis.enabled Bundled
## @param externalRedis.host Host
## @section Ingress
## @group networking
## @param ingress.enabled Ingress
## @section Ungrouped
## @param loose Not in a group
`;

describe('groupKeys', () => {
  it('puts each top-level key in the group of its values.yaml section, in the file’s order, others in "More settings"', () => {
    const groups = groupKeys(['ingress', 'externalRedis', 'image', 'redis', 'loose', 'brandNew'], valuesYaml);
    expect(groups.map((g) => [g.id, g.title, g.keys])).toEqual([
      ['aeterna', 'Aeterna', ['image']],
      ['dependencies', 'Dependencies', ['redis', 'externalRedis']],
      ['networking', 'Networking', ['ingress']],
      ['other', 'More settings', ['loose', 'brandNew']],
    ]);
  });

  it('follows a value moved to another section, with no code change', () => {
    const moved = valuesYaml.replace('## @section Ingress\n## @group networking', '## @section Ingress\n## @group aeterna');
    expect(groupKeys(['ingress', 'image'], moved).map((g) => [g.id, g.keys])).toEqual([['aeterna', ['image', 'ingress']]]);
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
