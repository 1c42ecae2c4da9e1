/**
 * The Kubernetes version of a profile, and the chart's `kubeVersion` range checked against it the way Helm does,
 * in Helm's words: helm install, helm template and the manifests view (helm-engine/render.go) refuse the chart
 * with "chart requires kubeVersion: <range> which is incompatible with Kubernetes v<version>", and the form says
 * the same before the user gets there.
 */
/**
 * The chart's range as comparators (./kube-version-range.ts reads it on the server): satisfied when every
 * comparator of one of the `anyOf` sets holds. A comparator with no operator and version ANY matches all.
 */
export interface KubeVersionRange {
  text: string;
  anyOf: { operator: string; version: number[]; prerelease: boolean }[][];
}

const TYPED = /^v?(\d{1,4})\.(\d{1,4})(?:\.(\d{1,6}))?$/;

/** A typed version ("1.31", "1.31.2", "v1.31.2") as the profile keeps it ("1.31.0", "1.31.2"), or why not. */
export function parseKubeVersion(text: string): { ok: true; version: string } | { ok: false; message: string } {
  const m = TYPED.exec(text.trim());
  if (!m)
    return {
      ok: false,
      message: `${JSON.stringify(text.trim().slice(0, 40))} is not a Kubernetes version: write MAJOR.MINOR.PATCH, such as 1.31.2.`,
    };
  return { ok: true, version: `${Number(m[1])}.${Number(m[2])}.${Number(m[3] ?? 0)}` };
}

/**
 * A server's gitVersion ("v1.29.4-eks-036c24b", "v1.30.2+k3s1", "v1.29.6-gke.1038001") as the profile keeps it,
 * "1.29.4": the profile is what `--kube-version` and Argo CD's kubeVersion take, and a provider's suffix would make
 * the version a semver prerelease, which ranges written without "-0" leave out. Null when it is no such version.
 */
export function kubeVersionOfGitVersion(gitVersion: string): string | null {
  const m = /^v?(\d{1,4})\.(\d{1,4})\.(\d{1,6})(?:[-+][0-9A-Za-z.+-]*)?$/.exec(gitVersion.trim());
  return m ? `${Number(m[1])}.${Number(m[2])}.${Number(m[3])}` : null;
}

/** A release version (no prerelease) against a comparator's: the triple, then a prerelease of it comes before. */
function compare(version: number[], c: KubeVersionRange['anyOf'][number][number]): number {
  for (let i = 0; i < 3; i++) if (version[i] !== c.version[i]) return version[i]! - c.version[i]!;
  return c.prerelease ? 1 : 0;
}

const HOLDS: Record<string, (d: number) => boolean> = {
  '': (d) => d === 0,
  '=': (d) => d === 0,
  '<': (d) => d < 0,
  '<=': (d) => d <= 0,
  '>': (d) => d > 0,
  '>=': (d) => d >= 0,
};

/**
 * Helm's refusal of a chart whose Chart.yaml `kubeVersion` range leaves out this version (MAJOR.MINOR.PATCH, as
 * the profile keeps it), word for word, or null.
 */
export function kubeVersionIncompatible(range: KubeVersionRange | undefined, version: string): string | null {
  if (!range) return null;
  const v = version.split('.').map(Number);
  const satisfied = range.anyOf.some((all) =>
    all.every((c) => (c.operator === '' && c.version.length === 0) || (HOLDS[c.operator] ?? (() => false))(compare(v, c))),
  );
  return satisfied ? null : `chart requires kubeVersion: ${range.text} which is incompatible with Kubernetes v${version}`;
}
