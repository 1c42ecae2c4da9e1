/**
 * Whether a Helm repository index lists a version of the chart. A line check rather than a YAML parse keeps the
 * landing page's JavaScript small; `helm repo index` writes one `version:` line per entry.
 */
export function indexListsVersion(indexYaml: string, version: string): boolean {
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\s+version: ["']?${escaped}["']?\\s*$`, 'm').test(indexYaml);
}
