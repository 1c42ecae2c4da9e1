import { chartMetadata, upgradeNotesText } from '@/lib/chart/files';
import { describe, expect, it } from 'vitest';
import { hasUpgradeEntry, upgradeEntries } from './upgrading';

describe('upgradeEntries', () => {
  it('reads one entry per `## <version>` heading', () => {
    const md =
      '# Upgrading\n\n## To 0.3.0\n\n## 0.2.0 — 2026-12-01\n\ntext\n\n### Breaking changes\n\n## v0.1.0 (initial release)\n\n## General advice\n';
    expect(upgradeEntries(md)).toEqual([
      { version: '0.3.0', heading: 'To 0.3.0', note: '' },
      { version: '0.2.0', heading: '0.2.0 — 2026-12-01', note: '2026-12-01' },
      { version: '0.1.0', heading: 'v0.1.0 (initial release)', note: '(initial release)' },
    ]);
    expect(hasUpgradeEntry(md, '0.1.0')).toBe(true);
    expect(hasUpgradeEntry(md, '0.1.1')).toBe(false);
    expect(hasUpgradeEntry('## 0.1.0-rc.1', '0.1.0')).toBe(false);
  });
});

describe('charts/aeterna/UPGRADING.md', () => {
  it('has an entry for the chart version in Chart.yaml', () => {
    const { version } = chartMetadata();
    const notes = upgradeNotesText();
    expect(
      hasUpgradeEntry(notes, version),
      `charts/aeterna/UPGRADING.md has no "## ${version}" section: add the upgrade notes of this version`,
    ).toBe(true);
  });
});
