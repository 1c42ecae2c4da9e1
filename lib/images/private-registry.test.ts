import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { valuesYamlText } from '@/lib/chart/files';
import type { JsonObject } from '@/lib/values/coalesce';
import { imagesOfManifests } from './collect';
import { mirrorCopies, privateRegistryValues, valuesWithPrivateRegistry } from './private-registry';

const defaults = parse(valuesYamlText()) as JsonObject;
const R = 'registry.example.com:5000/mirror';

describe('privateRegistryValues', () => {
  const v = privateRegistryValues({}, defaults, R);
  it('sets the Bitnami globals and every image’s own registry', () => {
    expect(v.global).toEqual({ imageRegistry: R, security: { allowInsecureImages: true } });
    expect(v.image).toEqual({ registry: R });
    expect((v.redis as JsonObject).sentinel).toEqual({ image: { registry: R } });
    expect((v.postgresql as JsonObject).volumePermissions).toEqual({ image: { registry: R } });
    expect((v.tests as JsonObject).redisImage).toEqual({ registry: R });
  });
  it('writes Qdrant’s whole repository and test image, which read no global', () => {
    expect(v.qdrant).toEqual({
      image: { repository: 'registry.example.com:5000/mirror/qdrant/qdrant' },
      chartTests: { dbInteraction: { image: 'registry.example.com:5000/mirror/bci/bci-base:latest' } },
    });
  });
  it('moves a repository that names its own registry or a Docker Hub library image to the path the runtime reads', () => {
    const u = privateRegistryValues(
      { tests: { curlImage: { registry: '', repository: 'quay.io/c/curl' } }, redis: { image: { repository: 'redis' } } },
      defaults,
      R,
    );
    expect((u.tests as JsonObject).curlImage).toEqual({ registry: R, repository: 'c/curl' });
    expect((u.redis as JsonObject).image).toEqual({ registry: R, repository: 'library/redis' });
  });
});

describe('valuesWithPrivateRegistry', () => {
  it('merges the rewrite into the user’s file, keeping their comments and values', () => {
    const text = '# mine\nreplicaCount: 2 # two\nimage:\n  tag: v1 # pinned\n';
    const out = valuesWithPrivateRegistry(text, defaults, R)!;
    expect(out).toContain('# mine');
    expect(out).toContain('replicaCount: 2 # two');
    expect(out).toContain('tag: v1 # pinned');
    expect(parse(out)).toMatchObject({ replicaCount: 2, image: { tag: 'v1', registry: R }, global: { imageRegistry: R } });
  });
  it('is null for a file the configurator cannot read', () => {
    expect(valuesWithPrivateRegistry('a: [', defaults, R)).toBeNull();
  });
});

describe('mirrorCopies', () => {
  const pod = (images: string[]) => ({
    source: 's',
    manifest: { kind: 'Pod', metadata: { name: 'p' }, spec: { containers: images.map((image, i) => ({ name: `c${i}`, image })) } },
  });
  it('copies by digest where pinned and names images that would land on the same name', () => {
    const d = `sha256:${'b'.repeat(64)}`;
    const { images } = imagesOfManifests([pod([`ghcr.io/o/a:v1@${d}`, 'quay.io/x/y:1', 'docker.io/x/y:1'])]);
    const { copies, clashes } = mirrorCopies(images, 'r.example.com');
    expect(copies.map((c) => [c.from, c.to])).toEqual([
      [`ghcr.io/o/a@${d}`, `r.example.com/o/a@${d}`],
      ['quay.io/x/y:1', 'r.example.com/x/y:1'],
      ['docker.io/x/y:1', 'r.example.com/x/y:1'],
    ]);
    expect(clashes).toEqual([['quay.io/x/y:1', 'docker.io/x/y:1']]);
  });
});
