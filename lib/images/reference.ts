/**
 * Image references read the way container runtimes read them (github.com/distribution/reference, which Docker,
 * containerd and CRI-O share): `nginx` is `docker.io/library/nginx:latest`, a first component is a registry only
 * when it has a dot or a port or is `localhost`, a digest wins over a tag at pull time. The image list, the mirror
 * targets and the copy script all go through here, so that a reference means one thing everywhere.
 */

const DEFAULT_REGISTRY = 'docker.io';

export interface ImageRef {
  /** Registry host, with its port when it has one (`docker.io` when the reference names none). */
  registry: string;
  /** Path inside the registry (`library/` added for a single name on docker.io). */
  repository: string;
  /** The tag as written; absent when the reference has none (a runtime then pulls `latest`, unless `digest`). */
  tag?: string;
  /** `algorithm:hex`, when the reference pins one. */
  digest?: string;
}

/** Error texts as distribution/reference words them, so that the list says what `docker pull` would. */
export class ImageReferenceError extends Error {}

// distribution/reference's grammar (regexp.go).
const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN = new RegExp(`^(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?$`);
const PATH = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const HEX64 = /^[a-f0-9]{64}$/;
const NAME_TOTAL_LENGTH_MAX = 255;

/** Parses a reference as `docker pull` would; throws ImageReferenceError with the runtime's words when it cannot. */
export function parseImageReference(text: string): ImageRef {
  if (text === '') throw new ImageReferenceError('invalid reference format: repository name must have at least one component');
  if (HEX64.test(text)) throw new ImageReferenceError(`invalid repository name (${text}), cannot specify 64-byte hexadecimal strings`);
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw new ImageReferenceError('invalid reference format');
    if (digest.startsWith('sha256:') && !/^sha256:[a-f0-9]{64}$/.test(digest))
      throw new ImageReferenceError('invalid checksum digest length');
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  // A colon after the last slash starts the tag; one before it is a registry's port.
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw new ImageReferenceError('invalid reference format');
  }
  const { registry, path } = splitDomain(rest);
  if (registry !== DEFAULT_REGISTRY && !DOMAIN.test(registry)) throw new ImageReferenceError('invalid reference format');
  if (path !== path.toLowerCase()) {
    throw new ImageReferenceError(`invalid reference format: repository name (${path}) must be lowercase`);
  }
  if (!PATH.test(path)) throw new ImageReferenceError('invalid reference format');
  if (`${registry}/${path}`.length > NAME_TOTAL_LENGTH_MAX) {
    throw new ImageReferenceError(`repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters`);
  }
  return { registry, repository: path, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

/** distribution/reference splitDockerDomain: registry and path, docker.io and library/ filled in. */
function splitDomain(name: string): { registry: string; path: string } {
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  let registry: string;
  let path: string;
  if (slash < 0 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
    registry = DEFAULT_REGISTRY;
    path = name;
  } else {
    registry = first;
    path = name.slice(slash + 1);
  }
  if (registry === 'index.docker.io') registry = DEFAULT_REGISTRY;
  if (registry === DEFAULT_REGISTRY && !path.includes('/')) path = `library/${path}`;
  return { registry, path };
}

/** The fully qualified reference: registry/repository, `:tag` when there is one, `@digest` when pinned. */
export function formatImageReference(ref: ImageRef): string {
  return `${ref.registry}/${ref.repository}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/**
 * What a runtime pulls: by digest when pinned (the tag is then only a label), otherwise the tag or `latest`.
 * The copy script copies exactly this.
 */
export function pulledReference(ref: ImageRef): string {
  const name = `${ref.registry}/${ref.repository}`;
  return ref.digest ? `${name}@${ref.digest}` : `${name}:${ref.tag ?? 'latest'}`;
}

/**
 * A private registry as the user types it: `host[:port]` and an optional path under which the images keep their
 * names (`harbor.example.com/mirror`). Returns the normalised text, or throws with what is wrong.
 */
export function parsePrivateRegistry(text: string): string {
  const t = text.trim().replace(/\/+$/, '');
  if (t === '') throw new ImageReferenceError('Enter the registry, e.g. registry.example.com or registry.example.com:5000/mirror');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t))
    throw new ImageReferenceError(`Give the registry without a scheme: ${t.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')}`);
  const slash = t.indexOf('/');
  const host = slash < 0 ? t : t.slice(0, slash);
  const path = slash < 0 ? '' : t.slice(slash + 1);
  if (!DOMAIN.test(host)) throw new ImageReferenceError(`Not a registry host: ${host}`);
  if (path && (!PATH.test(path) || path !== path.toLowerCase())) {
    throw new ImageReferenceError(`Not a repository path (lowercase letters, digits, . _ - and /): ${path}`);
  }
  if (!/[.:]/.test(host) && host !== 'localhost') {
    // `docker pull myregistry/x` reads myregistry as a Docker Hub user: such a host is never a registry.
    throw new ImageReferenceError(
      `A registry host needs a dot or a port (${host} would be read as a Docker Hub user): e.g. ${host}.example.com`,
    );
  }
  return t;
}

/** Where an image goes in the private registry: the same repository path (and tag, digest) under it. */
export function mirroredImage(ref: ImageRef, privateRegistry: string): ImageRef {
  const slash = privateRegistry.indexOf('/');
  const host = slash < 0 ? privateRegistry : privateRegistry.slice(0, slash);
  const prefix = slash < 0 ? '' : `${privateRegistry.slice(slash + 1)}/`;
  return { ...ref, registry: host, repository: `${prefix}${ref.repository}` };
}
