import { describe, expect, it } from 'vitest';
import { chartMetadata } from '@/lib/chart/files';
import { kubeVersionIncompatible, kubeVersionOfGitVersion, parseKubeVersion } from './kube-version';

describe('Kubernetes version', () => {
  it('reads what people type', () => {
    expect(parseKubeVersion('1.31')).toEqual({ ok: true, version: '1.31.0' });
    expect(parseKubeVersion(' v1.31.2 ')).toEqual({ ok: true, version: '1.31.2' });
    expect(parseKubeVersion('1.31.x')).toEqual({
      ok: false,
      message: '"1.31.x" is not a Kubernetes version: write MAJOR.MINOR.PATCH, such as 1.31.2.',
    });
  });

  it('drops a provider suffix from a server gitVersion', () => {
    expect(kubeVersionOfGitVersion('v1.29.4-eks-036c24b')).toBe('1.29.4');
    expect(kubeVersionOfGitVersion('v1.30.2+k3s1')).toBe('1.30.2');
    expect(kubeVersionOfGitVersion('v0.0.0-master+$Format:%H$')).toBe(null);
    expect(kubeVersionOfGitVersion('1.30')).toBe(null);
  });
});

describe("the chart's kubeVersion range", () => {
  const range = chartMetadata().kubeVersion as string;

  it("refuses what helm refuses, in helm's words (the chart tests compare them with helm's own)", () => {
    expect(range).toBe('>=1.29.0-0');
    expect(kubeVersionIncompatible(range, '1.28.15')).toBe(
      'chart requires kubeVersion: >=1.29.0-0 which is incompatible with Kubernetes v1.28.15',
    );
    expect(kubeVersionIncompatible(range, '1.29.0')).toBe(null);
    expect(kubeVersionIncompatible(range, '1.36.0')).toBe(null);
  });

  it("reads Masterminds' comma as and", () => {
    expect(kubeVersionIncompatible('>=1.29.0-0, <1.35.0-0', '1.35.1')).toBe(
      'chart requires kubeVersion: >=1.29.0-0, <1.35.0-0 which is incompatible with Kubernetes v1.35.1',
    );
    expect(kubeVersionIncompatible('>=1.29.0-0, <1.35.0-0', '1.34.9')).toBe(null);
  });

  it('no range, nothing to refuse', () => {
    expect(kubeVersionIncompatible(undefined, '1.20.0')).toBe(null);
  });
});
