import { describe, expect, it } from 'vitest';
import { quantity } from '@/lib/rules/evaluate';
import { templateRuleIssues } from './template-rules';

describe('quantity', () => {
  it('reads Kubernetes quantities like the chart helper', () => {
    expect(quantity('500m')).toBe(0.5);
    expect(quantity('1Gi')).toBe(1024 ** 3);
    expect(quantity(2)).toBe(2);
    expect(quantity('1e3')).toBe(1000);
  });
});

describe('templateRuleIssues', () => {
  it('refuses limits below requests', () => {
    const [issue] = templateRuleIssues({ resources: { requests: { memory: '1Gi' }, limits: { memory: '512Mi' } } });
    expect(issue!.path).toEqual(['resources', 'limits', 'memory']);
    expect(issue!.message).toBe(
      'resources.limits.memory (512Mi) is below resources.requests.memory (1Gi): raise the limit or lower the request.',
    );
  });

  it('ignores an empty limit, and compares replicas only with autoscaling on', () => {
    expect(templateRuleIssues({ resources: { requests: { cpu: '1' }, limits: { cpu: '' } } })).toEqual([]);
    expect(templateRuleIssues({ autoscaling: { enabled: false, minReplicas: 5, maxReplicas: 2 } })).toEqual([]);
    expect(templateRuleIssues({ autoscaling: { enabled: true, minReplicas: 5, maxReplicas: 2 } })).toHaveLength(1);
  });

  it('needs every TLS host in ingress.hosts', () => {
    const values = {
      ingress: { enabled: true, hosts: [{ host: 'a.example' }], tls: [{ secretName: 't', hosts: ['a.example', 'b.example'] }] },
    };
    expect(templateRuleIssues(values).map((i) => i.path.join('.'))).toEqual(['ingress.tls.0.hosts.1']);
  });
});
