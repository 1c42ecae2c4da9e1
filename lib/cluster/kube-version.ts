/**
 * The Kubernetes version of a profile, and the chart's `kubeVersion` range checked against it the way Helm does,
 * in Helm's words: helm install, helm template and the manifests view (helm-engine/render.go) refuse the chart
 * with "chart requires kubeVersion: <range> which is incompatible with Kubernetes v<version>", and the form says
 * the same before the user gets there.
 */
import semver from 'semver';

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

/**
 * Helm's refusal of a chart whose Chart.yaml `kubeVersion` range leaves out this version, word for word, or null.
 * The range is Masterminds semver (Helm's), where a comma also means "and"; node-semver reads the rest the same.
 */
export function kubeVersionIncompatible(range: string | undefined, version: string): string | null {
  if (!range) return null;
  const nodeRange = semver.validRange(range.replace(/,/g, ' '));
  if (!nodeRange || semver.satisfies(version, nodeRange, { includePrerelease: true })) return null;
  return `chart requires kubeVersion: ${range} which is incompatible with Kubernetes v${version}`;
}
