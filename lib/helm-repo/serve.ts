/**
 * What /charts/<file> answers. Kept free of Next.js so the rules (which names exist, which types, which
 * headers) are unit-tested without a server.
 */

// A repository file is one path segment: no traversal, no hidden files, no sub-folders.
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;

export interface RepoFileSpec {
  contentType: string;
  cacheControl: string;
}

export function repoFileSpec(segments: string[]): RepoFileSpec | null {
  if (segments.length !== 1) return null;
  const name = segments[0]!;
  if (!FILE_NAME.test(name)) return null;
  if (name === 'index.yaml') {
    // Clients must see a new version as soon as it is indexed.
    return { contentType: 'application/yaml; charset=utf-8', cacheControl: 'no-cache' };
  }
  if (name.endsWith('.tgz')) {
    // application/gzip is not "compressible", so no server layer adds Content-Encoding: gzip; helm must get
    // the archive's own bytes or the digest check fails.
    return { contentType: 'application/gzip', cacheControl: 'public, max-age=300' };
  }
  if (name === 'artifacthub-repo.yml') {
    return { contentType: 'application/yaml; charset=utf-8', cacheControl: 'no-cache' };
  }
  if (name === 'cosign.pub') {
    // The key that signs the OCI artifacts (cosign verify --key).
    return { contentType: 'application/x-pem-file', cacheControl: 'public, max-age=300' };
  }
  if (name === 'pubkey.asc') {
    // The key that signs the .prov files (ASCII-armored OpenPGP).
    return { contentType: 'application/pgp-keys', cacheControl: 'public, max-age=300' };
  }
  if (name.endsWith('.tgz.prov')) {
    return { contentType: 'text/plain; charset=utf-8', cacheControl: 'public, max-age=300' };
  }
  return null;
}

export function notFoundText(pathname: string): string {
  return `404 Not Found: ${pathname} is not a file of this Helm repository. The index is at /charts/index.yaml.\n`;
}
