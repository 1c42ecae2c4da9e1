import { describe, expect, it } from 'vitest';
import { checkProfile, sameProfile } from './profile-check';
import { PLAIN_CLUSTER } from './profile';

describe('a profile from outside', () => {
  it('keeps a good one, in order', () => {
    expect(checkProfile({ kubeVersion: '1.30.1', apiVersions: ['monitoring.coreos.com/v1', 'cert-manager.io/v1'] })).toEqual({
      ok: true,
      profile: { kubeVersion: '1.30.1', apiVersions: ['cert-manager.io/v1', 'monitoring.coreos.com/v1'] },
    });
  });

  it.each([
    [null, 'it is not a cluster profile'],
    [[1], 'it is not a cluster profile'],
    [{ apiVersions: [] }, 'it has no Kubernetes version'],
    [{ kubeVersion: '<script>', apiVersions: [] }, 'its Kubernetes version "<script>" is not MAJOR.MINOR.PATCH'],
    [{ kubeVersion: '1.30.0' }, 'it has no list of API versions'],
    [{ kubeVersion: '1.30.0', apiVersions: ['ok.io/v1', '--set x=y'] }, '"--set x=y" is not an API version'],
    [{ kubeVersion: '1.30.0', apiVersions: [{}] }, '"[object Object]" is not an API version'],
    [{ kubeVersion: '1.30.0', apiVersions: Array(5001).fill('a.io/v1') }, 'it lists 5,001 API versions (at most 5,000)'],
  ])('refuses %j: %s', (value, message) => {
    expect(checkProfile(value)).toEqual({ ok: false, message });
  });

  it('compares', () => {
    expect(sameProfile(PLAIN_CLUSTER, { kubeVersion: '1.36.0', apiVersions: [] })).toBe(true);
    expect(sameProfile(PLAIN_CLUSTER, { kubeVersion: '1.36.0', apiVersions: ['a.io/v1'] })).toBe(false);
  });
});
