import { describe, expect, it } from 'vitest';
import { notFoundText, repoFileSpec } from './serve';

describe('repoFileSpec', () => {
  it('serves the index uncached as YAML and archives as gzip without re-encoding', () => {
    expect(repoFileSpec(['index.yaml'])).toEqual({
      contentType: 'application/yaml; charset=utf-8',
      cacheControl: 'no-cache',
    });
    expect(repoFileSpec(['aeterna-0.1.0.tgz'])?.contentType).toBe('application/gzip');
    expect(repoFileSpec(['aeterna-0.1.0+build.1.tgz'])?.contentType).toBe('application/gzip');
  });

  it('serves provenance files, the public key and the Artifact Hub metadata with their types', () => {
    expect(repoFileSpec(['aeterna-0.1.0.tgz.prov'])?.contentType).toBe('text/plain; charset=utf-8');
    expect(repoFileSpec(['pubkey.asc'])?.contentType).toBe('application/pgp-keys');
    expect(repoFileSpec(['artifacthub-repo.yml'])).toEqual({ contentType: 'application/yaml; charset=utf-8', cacheControl: 'no-cache' });
    expect(repoFileSpec(['cosign.pub'])?.contentType).toBe('application/x-pem-file');
    expect(repoFileSpec(['other.asc'])).toBeNull();
  });

  it('refuses traversal, hidden files, sub-folders and unknown kinds', () => {
    expect(repoFileSpec(['..', 'package.json'])).toBeNull();
    expect(repoFileSpec(['..'])).toBeNull();
    expect(repoFileSpec(['.env'])).toBeNull();
    expect(repoFileSpec(['package.json'])).toBeNull();
    expect(repoFileSpec(['sub', 'index.yaml'])).toBeNull();
    expect(repoFileSpec([])).toBeNull();
  });

  it('explains a 404 in plain text', () => {
    expect(notFoundText('/charts/nope.tgz')).toContain('/charts/nope.tgz is not a file of this Helm repository');
  });
});
