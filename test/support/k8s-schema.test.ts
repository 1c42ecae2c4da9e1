import { describe, expect, it } from 'vitest';
import { formatIssues, schemaModuleFor, validateManifest } from './k8s-schema';

function deployment(container: Record<string, unknown>): Record<string, unknown> {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', labels: { 'app.kubernetes.io/name': 'web', 'any/label-key': 'x' } },
    spec: {
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' }, annotations: { 'checksum/config': 'abc' } },
        spec: { containers: [{ name: 'web', image: 'nginx:1', ...container }] },
      },
    },
  };
}

describe('schemaModuleFor', () => {
  it('maps core, named groups and the Prometheus Operator group', () => {
    expect(schemaModuleFor('v1', 'Service')).toBe('kubernetes-models/v1/Service');
    expect(schemaModuleFor('apps/v1', 'Deployment')).toBe('kubernetes-models/apps/v1/Deployment');
    expect(schemaModuleFor('networking.k8s.io/v1', 'Ingress')).toBe('kubernetes-models/networking.k8s.io/v1/Ingress');
    expect(schemaModuleFor('monitoring.coreos.com/v1', 'ServiceMonitor')).toBe(
      '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor',
    );
    expect(schemaModuleFor('apps/v1', '../x')).toBeUndefined();
  });
});

describe('validateManifest', () => {
  it('accepts a valid Deployment, with free keys in label and annotation maps', async () => {
    const r = await validateManifest(
      deployment({ readinessProbe: { httpGet: { path: '/ready', port: 'http' } }, resources: { limits: { memory: '1Gi' } } }),
    );
    expect(formatIssues([r])).toBe('');
    expect(r.valid).toBe(true);
  });

  it('rejects a misspelt field (readinesProbe) that the plain validators accept', async () => {
    const r = await validateManifest(deployment({ readinesProbe: { httpGet: { path: '/ready', port: 'http' } } }));
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual([{ path: '/spec/template/spec/containers/0/readinesProbe', message: 'unknown field "readinesProbe"' }]);
  });

  it('rejects unknown fields at any depth, including the top level', async () => {
    const d = deployment({ securityContext: { runAsNonRot: true } });
    (d as Record<string, unknown>).extra = 1;
    const r = await validateManifest(d);
    expect(r.issues.map((i) => i.path).sort()).toEqual(['/extra', '/spec/template/spec/containers/0/securityContext/runAsNonRot']);
  });

  it('reports type, required and enum errors from the schema itself', async () => {
    const r = await validateManifest({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 's' },
      spec: { type: 'ClusterIP', ports: [{ port: '80' }], sessionAffinity: 'Sometimes' },
    });
    expect(r.valid).toBe(false);
    expect(r.issues.some((i) => i.path === '/spec/ports/0/port' && i.message.startsWith('must be of type'))).toBe(true);
    expect(r.issues.some((i) => i.path === '/spec/sessionAffinity' && i.message.startsWith('must be one of'))).toBe(true);
    const missing = await validateManifest({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: {} });
    expect(missing.issues.some((i) => i.message === 'missing required field "selector"')).toBe(true);
  });

  it('validates a ServiceMonitor against its CRD schema, strictly', async () => {
    const sm = {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'ServiceMonitor',
      metadata: { name: 'm', labels: { release: 'prom' } },
      spec: { selector: { matchLabels: { app: 'x' } }, endpoints: [{ port: 'metrics', path: '/metrics', interval: '30s' }] },
    };
    expect((await validateManifest(sm)).valid).toBe(true);
    const typo = structuredClone(sm) as typeof sm & { spec: { endpoints: Array<Record<string, unknown>> } };
    typo.spec.endpoints[0]!.intervall = '30s';
    const r = await validateManifest(typo);
    expect(r.issues).toEqual([{ path: '/spec/endpoints/0/intervall', message: 'unknown field "intervall"' }]);
  });

  it('reports kinds it has no schema for, and non-objects', async () => {
    expect((await validateManifest({ apiVersion: 'example.com/v1', kind: 'Widget' })).issues[0]?.message).toBe(
      'no schema for example.com/v1/Widget',
    );
    expect((await validateManifest('nope')).valid).toBe(false);
  });
});
