/**
 * charts/aeterna/UPGRADING.md holds one `## <version>` section per chart version (newest first). These
 * helpers let a test insist that the version in Chart.yaml has its entry, and let the site list them.
 */

export interface UpgradeEntry {
  version: string;
  /** Text after the version on the heading line, e.g. a date or "(initial release)". */
  note: string;
}

const ENTRY = /^##\s+v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\b(.*)$/gm;

export function upgradeEntries(markdown: string): UpgradeEntry[] {
  return [...markdown.matchAll(ENTRY)].map((m) => ({
    version: m[1]!,
    note: m[2]!.replace(/^[\s—–:-]+/, '').trim(),
  }));
}

export function hasUpgradeEntry(markdown: string, version: string): boolean {
  return upgradeEntries(markdown).some((e) => e.version === version.replace(/^v/, ''));
}
