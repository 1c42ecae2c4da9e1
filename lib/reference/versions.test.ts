import { describe, expect, it } from 'vitest';
import { currentReferenceVersion, loadReferenceOf, referenceVersions, versionChanges } from './versions';

describe('the reference of every version', () => {
  it('lists every version of the history, the chart in this repository first', () => {
    expect(referenceVersions).toEqual(['0.2.0', '0.1.0']);
    expect(currentReferenceVersion).toBe('0.2.0');
  });

  it("builds an earlier version's reference from the files it was released with", () => {
    const old = loadReferenceOf('0.1.0').entries.map((e) => e.path);
    const now = loadReferenceOf('0.2.0').entries.map((e) => e.path);
    expect(old).toContain('aeterna.logFormat');
    expect(now).not.toContain('aeterna.logFormat');
    expect(now).toContain('auth.authorization.backend');
    expect(() => loadReferenceOf('9.9.9')).toThrow('chart version 9.9.9 has no reference (known: 0.2.0, 0.1.0)');
  });

  it('computes what changed between two versions: values added and removed, defaults changed', () => {
    const c = versionChanges('0.1.0', '0.2.0');
    expect(c.removed).toEqual(
      expect.arrayContaining(['aeterna.logFormat', 'aeterna.authBackend', 'externalQdrant.host', 'aeterna.features.*']),
    );
    expect(c.added).toEqual(expect.arrayContaining(['auth.authorization.backend', 'aeterna.kms.provider', 'persistence.enabled']));
    expect(c.changedDefaults.map((d) => [d.path.join('.'), d.from, d.to])).toEqual([
      ['aeterna.features', {}, { cca: true, radkit: true, rlm: true, reflective: true }],
      // 0.2.0 leaves the figures to resourcesPreset: small, which sets the same ones (test/chart/sizes.test.ts).
      ['resources.requests.cpu', '100m', ''],
      ['resources.requests.memory', '256Mi', ''],
      ['resources.limits.memory', '1Gi', ''],
      ['networkPolicy.enabled', false, true],
      ['qdrant.enabled', true, false],
    ]);
    expect(c.added).toEqual(expect.arrayContaining(['resourcesPreset', 'migrations.resourcesPreset']));
  });
});
