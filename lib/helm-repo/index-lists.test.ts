import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { indexListsVersion } from './index-lists';

const index = stringify({
  apiVersion: 'v1',
  entries: { aeterna: [{ name: 'aeterna', version: '0.1.0', appVersion: '0.8.0-rc.12', urls: ['aeterna-0.1.0.tgz'] }] },
});

describe('indexListsVersion', () => {
  it('finds a version listed in the index', () => {
    expect(indexListsVersion(index, '0.1.0')).toBe(true);
  });

  it('does not mistake appVersion, a longer version or a regex look-alike for the chart version', () => {
    expect(indexListsVersion(index, '0.8.0-rc.12')).toBe(false);
    expect(indexListsVersion(index, '0.1')).toBe(false);
    expect(indexListsVersion(index, '0a1a0')).toBe(false);
    expect(indexListsVersion('apiVersion: v1\nentries: {}\n', '0.1.0')).toBe(false);
  });
});
