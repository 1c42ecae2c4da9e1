import { describe, expect, it } from 'vitest';
import { formatImageReference, mirroredImage, parseImageReference, parsePrivateRegistry, pulledReference } from './reference';

const D = `sha256:${'0123456789abcdef'.repeat(4)}`;

describe('parseImageReference reads a reference as container runtimes do', () => {
  it.each([
    ['nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    ['nginx:1.27', { registry: 'docker.io', repository: 'library/nginx', tag: '1.27' }],
    ['bitnamilegacy/redis:8.2.1-debian-12-r0', { registry: 'docker.io', repository: 'bitnamilegacy/redis', tag: '8.2.1-debian-12-r0' }],
    ['index.docker.io/library/nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    ['docker.io/nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    ['localhost/app', { registry: 'localhost', repository: 'app' }],
    ['localhost:5000/app:v1', { registry: 'localhost:5000', repository: 'app', tag: 'v1' }],
    ['registry.example.com:5000/a/b/c', { registry: 'registry.example.com:5000', repository: 'a/b/c' }],
    ['[::1]:5000/app:v1', { registry: '[::1]:5000', repository: 'app', tag: 'v1' }],
    ['Example.com/app', { registry: 'Example.com', repository: 'app' }],
    [`ghcr.io/o/app@${D}`, { registry: 'ghcr.io', repository: 'o/app', digest: D }],
    [`ghcr.io/o/app:v1@${D}`, { registry: 'ghcr.io', repository: 'o/app', tag: 'v1', digest: D }],
    ['my_user/my-app__x.y', { registry: 'docker.io', repository: 'my_user/my-app__x.y' }],
  ])('%s', (text, ref) => {
    expect(parseImageReference(text)).toEqual(ref);
  });

  it.each([
    ['', 'invalid reference format: repository name must have at least one component'],
    ['Nginx', 'invalid reference format: repository name (library/Nginx) must be lowercase'],
    ['docker.io/Org/app', 'invalid reference format: repository name (Org/app) must be lowercase'],
    ['nginx:', 'invalid reference format'],
    ['nginx:-x', 'invalid reference format'],
    ['nginx@sha256:abc', 'invalid reference format'],
    [`nginx@sha256:${'a'.repeat(63)}0f`, 'invalid checksum digest length'],
    ['a//b', 'invalid reference format'],
    ['-x.example.com/app', 'invalid reference format'],
    ['a'.repeat(64).replace(/a/g, 'f'), `invalid repository name (${'f'.repeat(64)}), cannot specify 64-byte hexadecimal strings`],
    [`x.example.com/${'a'.repeat(250)}`, 'repository name must not be more than 255 characters'],
  ])('refuses %j: %s', (text, message) => {
    expect(() => parseImageReference(text)).toThrow(message);
    expect(() => parseImageReference(text)).toThrow(expect.objectContaining({ message }));
  });

  it('formats the full reference and what is pulled (the digest wins; no tag is latest)', () => {
    expect(formatImageReference(parseImageReference('redis'))).toBe('docker.io/library/redis');
    expect(pulledReference(parseImageReference('redis'))).toBe('docker.io/library/redis:latest');
    expect(pulledReference(parseImageReference(`r.example.com:5000/a:v1@${D}`))).toBe(`r.example.com:5000/a@${D}`);
  });
});

describe('private registries', () => {
  it('accept host, port and a path; say what is wrong otherwise', () => {
    expect(parsePrivateRegistry(' harbor.example.com:8443/mirror/ ')).toBe('harbor.example.com:8443/mirror');
    expect(parsePrivateRegistry('localhost:5000')).toBe('localhost:5000');
    expect(() => parsePrivateRegistry('')).toThrow('Enter the registry, e.g. registry.example.com or registry.example.com:5000/mirror');
    expect(() => parsePrivateRegistry('https://r.example.com')).toThrow('Give the registry without a scheme: r.example.com');
    expect(() => parsePrivateRegistry('myregistry')).toThrow(
      'A registry host needs a dot or a port (myregistry would be read as a Docker Hub user): e.g. myregistry.example.com',
    );
    expect(() => parsePrivateRegistry('r.example.com/Mirror')).toThrow(
      'Not a repository path (lowercase letters, digits, . _ - and /): Mirror',
    );
    expect(() => parsePrivateRegistry('r.example.com/$(rm -rf ~)')).toThrow('Not a repository path');
    expect(() => parsePrivateRegistry('r_x.example.com')).toThrow('Not a registry host: r_x.example.com');
  });

  it('keep each image’s path, tag and digest under the registry', () => {
    expect(formatImageReference(mirroredImage(parseImageReference('redis:7'), 'r.example.com/m'))).toBe('r.example.com/m/library/redis:7');
    expect(formatImageReference(mirroredImage(parseImageReference(`ghcr.io/o/a@${D}`), 'r.example.com:5000'))).toBe(
      `r.example.com:5000/o/a@${D}`,
    );
  });
});
