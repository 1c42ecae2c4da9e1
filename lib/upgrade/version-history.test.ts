import { describe, expect, it } from 'vitest';
import { compareVersions, parseVersionHistory, stepsBetween } from './version-history';

const entry = (version: string, commit: string | null) => ({
  version,
  appVersion: '1',
  commit,
  renamed: [],
  retyped: [],
  removed: [],
  required: [],
  upgrade: [],
  changes: [],
});

describe('version-history.json', () => {
  it('orders versions as semantic versions, pre-releases first', () => {
    expect(['0.10.0', '0.2.0', '0.2.0-rc.1', '1.0.0'].sort(compareVersions)).toEqual(['0.2.0-rc.1', '0.2.0', '0.10.0', '1.0.0']);
  });

  it('names the broken entry and what it needs', () => {
    expect(() => parseVersionHistory({ versions: [entry('0.2.0', null), { ...entry('0.1.0', 'abc') }] })).toThrow(
      'version-history.json: versions[1] (0.1.0): "commit" must be the full 40-character commit id it was released from, or null for the unreleased version',
    );
    expect(() => parseVersionHistory({ versions: [entry('0.1.0', null), entry('0.2.0', 'a'.repeat(40))] })).toThrow(
      'version-history.json: versions[1] (0.2.0): versions must be listed newest first (0.2.0 comes after 0.1.0)',
    );
    expect(() => parseVersionHistory({ versions: [entry('0.2.0', null), entry('0.1.0', null)] })).toThrow(
      'version-history.json: versions[1] (0.1.0): only the newest version may have no commit: every earlier one was released',
    );
    expect(() => parseVersionHistory({ versions: [{ ...entry('0.2.0', null), upgrade: [{ kind: 'outage', text: 'x' }] }] })).toThrow(
      'version-history.json: versions[0] (0.2.0).upgrade[0]: "kind" must be one of hook, secret, volume, data, downtime, note',
    );
  });

  it('walks from one version to another through every version between, oldest first', () => {
    const h = parseVersionHistory({ versions: [entry('0.3.0', null), entry('0.2.0', 'b'.repeat(40)), entry('0.1.0', 'a'.repeat(40))] });
    expect(stepsBetween(h, '0.1.0', '0.3.0').map((e) => e.version)).toEqual(['0.2.0', '0.3.0']);
    expect(stepsBetween(h, '0.2.0', '0.2.0')).toEqual([]);
  });
});
