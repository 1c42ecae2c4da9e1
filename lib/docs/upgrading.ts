/**
 * charts/aeterna/UPGRADING.md holds one `## <version>` section per chart version (newest first). These
 * helpers let a test insist that the version in Chart.yaml has its entry, and let the site list them.
 */

export interface UpgradeEntry {
  version: string;
  /** The heading as written, e.g. "To 0.2.0 (2026-12-01)" (its slug is the anchor on /docs/upgrading). */
  heading: string;
  /** Text after the version on the heading line, e.g. a date or "(initial release)". */
  note: string;
}

// `## 0.2.0`, `## v0.2.0 (2026-12-01)`, `## To 0.2.0`, `## Upgrading to 0.2.0`.
const ENTRY = /^##\s+((?:upgrading\s+)?(?:to\s+)?)v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)(?![0-9A-Za-z.+-])(.*)$/gim;

export function upgradeEntries(markdown: string): UpgradeEntry[] {
  return [...markdown.matchAll(ENTRY)].map((m) => ({
    version: m[2]!,
    heading: m[0].replace(/^##\s+/, '').trim(),
    note: m[3]!.replace(/^[\s—–:-]+/, '').trim(),
  }));
}

export function hasUpgradeEntry(markdown: string, version: string): boolean {
  return upgradeEntries(markdown).some((e) => e.version === version.replace(/^v/, ''));
}
