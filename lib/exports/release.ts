/**
 * What every export of a configured release is pinned to and built from: the chart version, the archive's digest
 * as this site's Helm repository index lists it, where the chart is served (this site's repository, the OCI
 * registry), the release's name and namespace, and the target-cluster profile. One object, so that the helm
 * commands, Argo CD, Flux, helmfile and Terraform exports cannot disagree on any of them.
 */
import type { ClusterProfile } from '@/lib/cluster/profile';
import type { JsonObject } from '@/lib/values/coalesce';

/**
 * Where the publish workflow pushes the chart (.github/workflows/publish.yaml, `ghcr.io/<owner>/charts`), signed
 * with cosign. The site is built in a job that runs beside the push, not after it: the OCI manifest digest is not
 * known when the site is built, so no export states one (each says so instead).
 */
export const OCI_CHART = 'ghcr.io/kikokikok/charts/aeterna';

/** The chart archive's name in a repository and as `helm pull` saves it. */
export const CHART_NAME = 'aeterna';

export interface ChartPin {
  version: string;
  /** `sha256:<hex>` of the archive, from this site's index.yaml (`digest`), the same bytes as the OCI chart layer. */
  digest: string;
}

export interface ReleaseInput {
  pin: ChartPin;
  /** This site's Helm repository, e.g. https://example.org/charts (lib/site/install-commands.ts `helmRepoUrl`). */
  repoUrl: string;
  release: string;
  namespace: string;
  profile: ClusterProfile;
  /** The values file's values as the user wrote them (not coalesced with the chart's defaults). */
  values: JsonObject;
  /**
   * Where the export carries them: inline, or as the downloaded values.yaml next to it (kept in your repository,
   * reviewed as a file). Exports that can do only one say so (EXPORT_KINDS `valuesIn`).
   */
  valuesIn: ValuesIn;
}

export type ValuesIn = 'inline' | 'file';

/** The values file the file exports read: the configurator's download. */
export const VALUES_FILE = 'values.yaml';

/** The archive file `helm pull` writes for this version. */
export function archiveFile(pin: ChartPin): string {
  return `${CHART_NAME}-${pin.version}.tgz`;
}

/** The `sha256sum --check` line that pins the pulled archive to the index's digest. */
export function digestCheck(pin: ChartPin): string {
  return `echo "${pin.digest.replace(/^sha256:/, '')}  ${archiveFile(pin)}" | sha256sum --check`;
}

/** The public keys this site serves next to the charts. */
export function keyUrls(repoUrl: string): { gpg: string; cosign: string } {
  return { gpg: `${repoUrl}/pubkey.asc`, cosign: `${repoUrl}/cosign.pub` };
}
