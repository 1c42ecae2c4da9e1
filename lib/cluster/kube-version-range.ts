/**
 * The chart's `kubeVersion` range read on the server, with node-semver, into the comparators the page evaluates
 * (./kube-version.ts kubeVersionIncompatible): the range is the chart's, fixed when the page is built, so the
 * library that parses it stays out of the browser's bundle.
 */
import { Range } from 'semver';
import type { KubeVersionRange } from './kube-version';

/**
 * The range is Masterminds semver (Helm's), where a comma also means "and"; node-semver reads the rest the same.
 * Null when node-semver reads no range in it (as before, nothing is refused then).
 */
export function kubeVersionRangeOf(text: string | undefined): KubeVersionRange | undefined {
  if (!text) return undefined;
  let range: Range;
  try {
    range = new Range(text.replace(/,/g, ' '), { includePrerelease: true });
  } catch {
    return undefined;
  }
  return {
    text,
    anyOf: range.set.map((all) =>
      all.map((c) =>
        c.value === ''
          ? { operator: '', version: [], prerelease: false }
          : { operator: c.operator, version: [c.semver.major, c.semver.minor, c.semver.patch], prerelease: c.semver.prerelease.length > 0 },
      ),
    ),
  };
}
