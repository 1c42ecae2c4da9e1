import { describe, expect, it } from 'vitest';
import { coalesce, type JsonObject } from './coalesce';
import {
  addressOf,
  controllerNamespaceOf,
  DEFAULT_INGRESS_CONTROLLER_NAMESPACE,
  namespaceProblem,
  parseAddress,
  tlsSecretFor,
  withAddress,
  withControllerNamespace,
} from './public-address';

const defaults: JsonObject = {
  ingress: { enabled: false, hosts: [{ host: 'aeterna.local', paths: [{ path: '/', pathType: 'Prefix' }] }], tls: [] },
};

/** Applies what the user typed, keystroke by keystroke, as the configurator does. */
function type(text: string, user: JsonObject = {}): JsonObject {
  let next = user;
  for (let i = 1; i <= text.length; i++) next = withAddress(next, defaults, parseAddress(text.slice(0, i)));
  return next;
}

describe('how the server is reached, as one address', () => {
  it('https://host is an Ingress with TLS for that host, the certificate Secret named after it', () => {
    const user = type('https://aeterna.example.com');
    expect(user).toEqual({
      ingress: {
        enabled: true,
        hosts: [{ host: 'aeterna.example.com', paths: [{ path: '/', pathType: 'Prefix' }] }],
        tls: [{ secretName: 'aeterna-example-com-tls', hosts: ['aeterna.example.com'] }],
      },
    });
    expect(addressOf(coalesce(defaults, user))).toBe('https://aeterna.example.com');
  });

  it('a bare host means https, http:// means no TLS, nothing means internal, and a named Secret and the paths are kept', () => {
    expect(parseAddress('aeterna.example.com')).toEqual({ ok: true, host: 'aeterna.example.com', tls: true });
    const plain = type('http://aeterna.example.com');
    expect((plain.ingress as JsonObject).tls).toBeUndefined();
    expect(addressOf(coalesce(defaults, plain))).toBe('http://aeterna.example.com');
    const own: JsonObject = {
      ingress: {
        enabled: true,
        hosts: [{ host: 'old.example.com', paths: [{ path: '/', pathType: 'ImplementationSpecific' }] }],
        tls: [{ secretName: 'my-cert', hosts: ['old.example.com'] }],
      },
    };
    const moved = withAddress(own, defaults, parseAddress('new.example.com'));
    expect(moved.ingress).toEqual({
      enabled: true,
      hosts: [{ host: 'new.example.com', paths: [{ path: '/', pathType: 'ImplementationSpecific' }] }],
      tls: [{ secretName: 'my-cert', hosts: ['new.example.com'] }],
    });
    const internal = withAddress(moved, defaults, parseAddress(''));
    expect(addressOf(coalesce(defaults, internal))).toBe('');
    expect((internal.ingress as JsonObject).hosts).toEqual((moved.ingress as JsonObject).hosts);
    expect(tlsSecretFor('*.example.com')).toBe('wildcard-example-com-tls');
  });

  it('an Ingress of several hosts is more than one address', () => {
    const two = { ingress: { enabled: true, hosts: [{ host: 'a.example.com' }, { host: 'b.example.com' }], tls: [] } };
    expect(addressOf(coalesce(defaults, two))).toBeUndefined();
  });

  it('refuses, in words, what an Ingress cannot serve', () => {
    const message = (t: string) => {
      const p = parseAddress(t);
      return p.ok ? 'accepted' : p.message;
    };
    expect(message('https://user:secret@aeterna.example.com')).toBe(
      'Leave credentials out of the address: the Ingress needs only the host name',
    );
    expect(message('https://aeterna.example.com:8443')).toBe('Leave the port out: the Ingress serves 443 for https:// and 80 for http://');
    expect(message('https://aeterna.example.com/aeterna')).toBe(
      'Aeterna is served at the root of its host: leave the path out (its API and /mcp are at /)',
    );
    expect(message('ftp://aeterna.example.com')).toBe('An Ingress serves https:// (with TLS) or http:// (without): ftp:// is neither');
    expect(message('https://10.0.0.1')).toBe(
      'An Ingress routes host names, not IP addresses: give a DNS name (or keep the server internal)',
    );
    expect(message('https://exa mple.com')).toBe('Not an address: type a host name, such as https://aeterna.example.com');
  });
});

describe('the ingress controller the NetworkPolicy admits', () => {
  const defaults = { ingress: { enabled: false, hosts: [], tls: [] }, networkPolicy: { enabled: true, allowedClients: [] } };
  it('an address admits ingress-nginx’s namespace unless clients are already listed, and the namespace can be changed', () => {
    const user = withAddress({}, defaults, parseAddress('https://a.example'));
    expect(controllerNamespaceOf(coalesce(defaults, user))).toBe(DEFAULT_INGRESS_CONTROLLER_NAMESPACE);
    const traefik = withControllerNamespace(user, defaults, 'traefik');
    expect((traefik.networkPolicy as JsonObject).allowedClients).toEqual([
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'traefik' } } },
    ]);
    // A second address keeps the namespace chosen.
    expect(controllerNamespaceOf(coalesce(defaults, withAddress(traefik, defaults, parseAddress('https://b.example'))))).toBe('traefik');
    // Without the NetworkPolicy nothing is added.
    const off = { ...defaults, networkPolicy: { enabled: false, allowedClients: [] } };
    expect(withAddress({}, off, parseAddress('https://a.example')).networkPolicy).toBeUndefined();
  });

  it('refuses a namespace Kubernetes would refuse, and reads other peer lists as more than one namespace', () => {
    expect(namespaceProblem('Ingress Nginx')).toBe(
      'A namespace name is lower-case letters, digits and -, at most 63 characters (e.g. ingress-nginx, traefik, kube-system)',
    );
    expect(namespaceProblem('traefik')).toBeUndefined();
    expect(controllerNamespaceOf({ networkPolicy: { allowedClients: [{ ipBlock: { cidr: '0.0.0.0/0' } }] } })).toBeUndefined();
  });
});
