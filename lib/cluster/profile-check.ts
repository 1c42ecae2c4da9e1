/**
 * A profile from outside the page (a share link, which anyone can write): used only when it has the profile's
 * shape, a Kubernetes version and API versions as `--api-versions` takes them; otherwise the reason, in words.
 */
import { isApiVersion, normalizeApiVersions } from './api-versions';
import { parseKubeVersion } from './kube-version';
import type { ClusterProfile } from './profile';

/** Far more than any cluster serves (a cluster with 300 CRD groups lists about 1,500 kinds). */
const MAX_PROFILE_API_VERSIONS = 5_000;

export function checkProfile(value: unknown): { ok: true; profile: ClusterProfile } | { ok: false; message: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: 'it is not a cluster profile' };
  const { kubeVersion, apiVersions } = value as Record<string, unknown>;
  if (typeof kubeVersion !== 'string') return { ok: false, message: 'it has no Kubernetes version' };
  const version = parseKubeVersion(kubeVersion);
  if (!version.ok)
    return { ok: false, message: `its Kubernetes version ${JSON.stringify(kubeVersion.slice(0, 40))} is not MAJOR.MINOR.PATCH` };
  if (!Array.isArray(apiVersions)) return { ok: false, message: 'it has no list of API versions' };
  if (apiVersions.length > MAX_PROFILE_API_VERSIONS)
    return {
      ok: false,
      message: `it lists ${apiVersions.length.toLocaleString('en-US')} API versions (at most ${MAX_PROFILE_API_VERSIONS.toLocaleString('en-US')})`,
    };
  const bad = apiVersions.find((v) => typeof v !== 'string' || !isApiVersion(v));
  if (bad !== undefined) return { ok: false, message: `${JSON.stringify(String(bad).slice(0, 60))} is not an API version` };
  return { ok: true, profile: { kubeVersion: version.version, apiVersions: normalizeApiVersions(apiVersions as string[]) } };
}

/** Whether two profiles describe the same cluster. */
export function sameProfile(a: ClusterProfile, b: ClusterProfile): boolean {
  return (
    a.kubeVersion === b.kubeVersion &&
    a.apiVersions.length === b.apiVersions.length &&
    a.apiVersions.every((v, i) => v === b.apiVersions[i])
  );
}
