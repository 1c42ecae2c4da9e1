import { describe, expect, it } from 'vitest';
import { buildReference } from '@/lib/reference/reference';
import { legacyBitnamiImages, mirrorValuesYaml } from './bitnami-images';

const img = { type: 'object', properties: { registry: { type: 'string' }, repository: { type: 'string' }, tag: { type: 'string' } } };
const ref = buildReference(
  {
    type: 'object',
    properties: {
      redis: { type: 'object', properties: { image: img, metrics: { type: 'object', properties: { image: img } } } },
      image: img,
    },
  },
  [
    'redis:',
    '  image: {registry: docker.io, repository: bitnamilegacy/redis, tag: 8.2.1-debian-12-r0}',
    '  metrics:',
    '    image: {registry: docker.io, repository: bitnamilegacy/redis-exporter, tag: "1.76.0"}',
    'image: {registry: ghcr.io, repository: kikokikok/aeterna, tag: ""}',
  ].join('\n'),
);

describe('legacyBitnamiImages', () => {
  it('finds every image block defaulting to bitnamilegacy, and only those', () => {
    expect(legacyBitnamiImages(ref.entries).map((i) => [i.path, i.tag])).toEqual([
      ['redis.image', '8.2.1-debian-12-r0'],
      ['redis.metrics.image', '1.76.0'],
    ]);
  });

  it('writes a mirror values file keeping the tags and setting allowInsecureImages', () => {
    expect(mirrorValuesYaml(legacyBitnamiImages(ref.entries))).toBe(
      [
        'global:',
        '  security:',
        '    allowInsecureImages: true',
        'redis:',
        '  image:',
        '    registry: registry.example.com',
        '    repository: mirror/redis',
        '    tag: 8.2.1-debian-12-r0',
        '  metrics:',
        '    image:',
        '      registry: registry.example.com',
        '      repository: mirror/redis-exporter',
        '      tag: 1.76.0',
        '',
      ].join('\n'),
    );
  });
});
