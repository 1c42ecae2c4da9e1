/**
 * How the server is reached, as one address: `https://aeterna.example.com` is an Ingress for that host with TLS,
 * `http://…` one without, nothing keeps the server inside the cluster. The address maps onto `ingress.enabled`,
 * `ingress.hosts` and `ingress.tls`; whatever else the Ingress has (its paths, class, annotations, the TLS Secret
 * already named) is kept. An Ingress with several hosts is more than one address says: it is edited in the form.
 */
import { coalesce, getIn, isPlainObject, setUserValue, type Json, type JsonObject } from './coalesce';

export type ParsedAddress = { ok: true; host: string; tls: boolean } | { ok: true; internal: true } | { ok: false; message: string };

export const ADDRESS_EXAMPLE = 'https://aeterna.example.com';

/** Reads what the user typed; a bare host name means https. */
export function parseAddress(text: string): ParsedAddress {
  const t = text.trim();
  if (t === '') return { ok: true, internal: true };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : `https://${t}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, message: `Not an address: type a host name, such as ${ADDRESS_EXAMPLE}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: `An Ingress serves https:// (with TLS) or http:// (without): ${url.protocol}// is neither` };
  }
  if (url.username || url.password)
    return { ok: false, message: 'Leave credentials out of the address: the Ingress needs only the host name' };
  if (url.port) return { ok: false, message: 'Leave the port out: the Ingress serves 443 for https:// and 80 for http://' };
  if (url.pathname !== '/' || url.search || url.hash) {
    return { ok: false, message: 'Aeterna is served at the root of its host: leave the path out (its API and /mcp are at /)' };
  }
  if (url.hostname.startsWith('[') || /^[0-9.]+$/.test(url.hostname)) {
    return { ok: false, message: 'An Ingress routes host names, not IP addresses: give a DNS name (or keep the server internal)' };
  }
  return { ok: true, host: url.hostname, tls: url.protocol === 'https:' };
}

interface Tls {
  secretName?: string;
  hosts?: string[];
}

function list<T>(v: unknown): T[] {
  return Array.isArray(v) ? (v.filter(isPlainObject) as T[]) : [];
}

/** The address these effective values express: '' when internal, undefined when the Ingress is more than one address. */
export function addressOf(effective: JsonObject): string | undefined {
  if (getIn(effective, ['ingress', 'enabled']) !== true) return '';
  const hosts = list<{ host?: string }>(getIn(effective, ['ingress', 'hosts']));
  const tls = list<Tls>(getIn(effective, ['ingress', 'tls']));
  const host = hosts[0]?.host;
  if (hosts.length !== 1 || typeof host !== 'string') return undefined;
  if (tls.length === 0) return `http://${host}`;
  if (tls.length === 1 && tls[0]!.hosts?.length === 1 && tls[0]!.hosts[0] === host) return `https://${host}`;
  return undefined;
}

/** The certificate Secret an https address gets when none is named yet (cert-manager creates it under that name). */
export function tlsSecretFor(host: string): string {
  return `${host.replace(/^\*\./, 'wildcard.').replace(/\./g, '-')}-tls`;
}

/** The user's values with the address applied. */
export function withAddress(user: JsonObject, defaults: JsonObject, address: ParsedAddress): JsonObject {
  if (!address.ok) return user;
  const effective = coalesce(defaults, user);
  if ('internal' in address) return setUserValue(user, defaults, ['ingress', 'enabled'], false);
  const [first] = list<JsonObject>(getIn(effective, ['ingress', 'hosts']));
  const paths = (first?.paths ?? [{ path: '/', pathType: 'Prefix' }]) as Json;
  const [tls] = list<Tls>(getIn(effective, ['ingress', 'tls']));
  let next = setUserValue(user, defaults, ['ingress', 'enabled'], true);
  next = setUserValue(next, defaults, ['ingress', 'hosts'], [{ host: address.host, paths }]);
  // The NetworkPolicy must let the ingress controller in: start from the most common one's namespace, shown to the user.
  if (getIn(effective, ['networkPolicy', 'enabled']) === true && controllerNamespaceOf(effective) === '')
    next = withControllerNamespace(next, defaults, DEFAULT_INGRESS_CONTROLLER_NAMESPACE);
  // A Secret the user named is kept; the one derived from the previous host follows the new host.
  const named = tls?.secretName && tls.secretName !== tlsSecretFor(tls.hosts?.[0] ?? '') ? tls.secretName : undefined;
  const secretName = named ?? tlsSecretFor(address.host);
  return setUserValue(next, defaults, ['ingress', 'tls'], address.tls ? [{ secretName, hosts: [address.host] }] : []);
}

/**
 * The namespace of the ingress controller, which the chart's NetworkPolicy (on by default) must admit: the chart
 * refuses a published server without networkPolicy.allowedClients. An address typed into the configurator starts
 * with ingress-nginx's namespace, shown and editable next to the address.
 */
export const DEFAULT_INGRESS_CONTROLLER_NAMESPACE = 'ingress-nginx';

const NAMESPACE_LABEL = 'kubernetes.io/metadata.name';

function namespacePeer(namespace: string): JsonObject {
  return { namespaceSelector: { matchLabels: { [NAMESPACE_LABEL]: namespace } } };
}

/** The namespace admitted by networkPolicy.allowedClients when that is exactly one namespace peer, '' when none is, undefined otherwise. */
export function controllerNamespaceOf(effective: JsonObject): string | undefined {
  const peers = getIn(effective, ['networkPolicy', 'allowedClients']);
  if (!Array.isArray(peers) || peers.length === 0) return '';
  if (peers.length !== 1 || !isPlainObject(peers[0])) return undefined;
  const labels = getIn(peers[0], ['namespaceSelector', 'matchLabels']);
  const ns = isPlainObject(labels) ? labels[NAMESPACE_LABEL] : undefined;
  return Object.keys(peers[0]).length === 1 && isPlainObject(labels) && Object.keys(labels).length === 1 && typeof ns === 'string'
    ? ns
    : undefined;
}

/** A namespace name as Kubernetes accepts it, or the reason it is not one. */
export function namespaceProblem(namespace: string): string | undefined {
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace) || namespace.length > 63)
    return 'A namespace name is lower-case letters, digits and -, at most 63 characters (e.g. ingress-nginx, traefik, kube-system)';
  return undefined;
}

/** The user's values with networkPolicy.allowedClients admitting that namespace (the other peers the user listed are replaced). */
export function withControllerNamespace(user: JsonObject, defaults: JsonObject, namespace: string): JsonObject {
  return setUserValue(user, defaults, ['networkPolicy', 'allowedClients'], [namespacePeer(namespace)]);
}
