import { describe, expect, it } from 'vitest';
import { chartMetadata } from '@/lib/chart/files';
import semver from 'semver';
import { kubeVersionIncompatible, kubeVersionOfGitVersion, parseKubeVersion } from './kube-version';
import { kubeVersionRangeOf } from './kube-version-range';

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
    expect(kubeVersionIncompatible(kubeVersionRangeOf(range), '1.28.15')).toBe(
      'chart requires kubeVersion: >=1.29.0-0 which is incompatible with Kubernetes v1.28.15',
    );
    expect(kubeVersionIncompatible(kubeVersionRangeOf(range), '1.29.0')).toBe(null);
    expect(kubeVersionIncompatible(kubeVersionRangeOf(range), '1.36.0')).toBe(null);
  });

  it("reads Masterminds' comma as and", () => {
    expect(kubeVersionIncompatible(kubeVersionRangeOf('>=1.29.0-0, <1.35.0-0'), '1.35.1')).toBe(
      'chart requires kubeVersion: >=1.29.0-0, <1.35.0-0 which is incompatible with Kubernetes v1.35.1',
    );
    expect(kubeVersionIncompatible(kubeVersionRangeOf('>=1.29.0-0, <1.35.0-0'), '1.34.9')).toBe(null);
  });

  it('no range, nothing to refuse', () => {
    expect(kubeVersionIncompatible(undefined, '1.20.0')).toBe(null);
    expect(kubeVersionIncompatible(kubeVersionRangeOf('*'), '1.20.0')).toBe(null);
  });

  it('reads the operators and prereleases as node-semver does (the page evaluates what the server parsed)', () => {
    const refuses = (range: string, version: string) => kubeVersionIncompatible(kubeVersionRangeOf(range), version) !== null;
    const cases: [string, string, boolean][] = [
      ['>1.29.0', '1.29.0', true],
      ['>1.29.0-0', '1.29.0', false],
      ['<=1.30.2', '1.30.2', false],
      ['<1.30.0-0', '1.30.0', true],
      ['1.30.x', '1.30.9', false],
      ['1.30.x', '1.31.0', true],
      ['~1.30.1', '1.30.0', true],
      ['^1.30.0', '1.99.0', false],
      ['1.28.0 - 1.30.0', '1.30.1', true],
      ['<1.28.0 || >=1.31.0', '1.29.5', true],
      ['<1.28.0 || >=1.31.0', '1.31.0', false],
    ];
    for (const [range, version, refused] of cases) {
      expect([range, version, refuses(range, version)]).toEqual([range, version, refused]);
      expect([range, version, !semver.satisfies(version, range, { includePrerelease: true })]).toEqual([range, version, refused]);
    }
  });
});
