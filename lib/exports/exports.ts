/**
 * The exports of a configured release, in the order the configurator offers them, each with what it needs from
 * the cluster: whether the tool renders the chart without reading the cluster (Argo CD: `helm template`, so
 * `lookup` answers nothing) or installs with Helm against it (helm, Flux's helm-controller, helmfile sync/apply,
 * Terraform's helm provider). An export is not offered for values helm would refuse, for a version the index has
 * no digest of, or (rendering without the cluster) for values whose must-not-change Secrets the chart would have
 * to generate: then the chart's own refusal says which values to set and how to create the Secrets.
 */
import { pendingGeneratedSecrets, refusalMessage, type GeneratedSecretsText, type PendingSecret } from '@/lib/chart/generated-secrets';
import { getIn, type JsonObject } from '@/lib/values/coalesce';
import { argoCdApplication } from './argo-cd';
import { fluxExport } from './flux';
import { helmOciCommands, helmRepoCommands } from './helm-cli';
import { helmfileExport } from './helmfile';
import type { ReleaseInput, ValuesIn } from './release';
import { terraformExport } from './terraform';

export type ExportId = 'helm' | 'helm-oci' | 'argo-cd' | 'flux' | 'flux-oci' | 'helmfile' | 'terraform';

interface ExportKind {
  id: ExportId;
  label: string;
  /** The file to save it as. */
  fileName: string;
  /** The docs page (content/docs/<slug>.md) that explains it. */
  docs: string;
  /** Where it can carry the values (the first is used when the request's choice is not among them). */
  valuesIn: readonly ValuesIn[];
  /** True when the tool renders the chart without reading the cluster (lookup answers nothing). */
  rendersWithoutCluster: boolean;
  build: (input: ReleaseInput) => string;
}

export const EXPORT_KINDS: readonly ExportKind[] = [
  {
    id: 'helm',
    valuesIn: ['file'],
    label: 'helm (this repository)',
    fileName: 'install.sh',
    docs: 'install-helm',
    rendersWithoutCluster: false,
    build: helmRepoCommands,
  },
  {
    id: 'helm-oci',
    valuesIn: ['file'],
    label: 'helm (OCI)',
    fileName: 'install-oci.sh',
    docs: 'install-helm',
    rendersWithoutCluster: false,
    build: helmOciCommands,
  },
  {
    id: 'argo-cd',
    valuesIn: ['inline'],
    label: 'Argo CD',
    fileName: 'application.yaml',
    docs: 'install-argo-cd',
    rendersWithoutCluster: true,
    build: argoCdApplication,
  },
  {
    id: 'flux',
    valuesIn: ['inline', 'file'],
    label: 'Flux (HelmRepository)',
    fileName: 'flux-helmrelease.yaml',
    docs: 'install-flux',
    rendersWithoutCluster: false,
    build: (i) => fluxExport(i, 'helm-repository'),
  },
  {
    id: 'flux-oci',
    valuesIn: ['inline', 'file'],
    label: 'Flux (OCIRepository, cosign)',
    fileName: 'flux-oci-helmrelease.yaml',
    docs: 'install-flux',
    rendersWithoutCluster: false,
    build: (i) => fluxExport(i, 'oci'),
  },
  {
    id: 'helmfile',
    valuesIn: ['inline', 'file'],
    label: 'helmfile',
    fileName: 'helmfile.yaml',
    docs: 'install-helmfile',
    rendersWithoutCluster: false,
    build: helmfileExport,
  },
  {
    id: 'terraform',
    valuesIn: ['inline', 'file'],
    label: 'Terraform',
    fileName: 'aeterna.tf',
    docs: 'install-terraform',
    rendersWithoutCluster: false,
    build: terraformExport,
  },
];

interface ExportBase {
  id: ExportId;
  label: string;
  fileName: string;
  docs: string;
  /** Where this export carries the values: the request's choice when it can, else the only one it has. */
  valuesIn: ValuesIn;
}

export type ExportResult =
  | (ExportBase & { ready: true; text: string })
  | (ExportBase & {
      ready: false;
      /** Why it is not offered. */
      reason: string;
      /** For a render without the cluster: the Secrets to name first, and the chart's refusal in full. */
      pending?: PendingSecret[];
      refusal?: string;
    });

/** Why no export is offered at all, in the words LeaveWithResult uses, or null. */
export const INVALID_VALUES = 'Not exported: fix the problems listed above first, helm would refuse these values.';
export const NO_DIGEST = (version: string) =>
  `Not exported: this site's index.yaml lists no archive of aeterna ${version}, so there is no digest to pin.`;
export const GENERATE_IS_FOR_LOOKING =
  'Not exported: generatedSecrets.withoutCluster=generate would make new Secrets on every render, and Argo CD applies its renders.';
export const NAME_EXISTING_SECRETS =
  'Not ready: Argo CD renders without the cluster, so the chart refuses to generate these Secrets. Create them, then set:';

export interface ExportsRequest {
  input: Omit<ReleaseInput, 'pin'> & { pin: { version: string; digest: string | null } };
  /** The values coalesced over the chart's defaults (what the chart's conditions read). */
  effective: JsonObject;
  /** The configurator's verdict: the schema and the chart's rules accept the values. */
  valid: boolean;
  generatedSecrets: GeneratedSecretsText;
}

export function releaseExports(req: ExportsRequest): ExportResult[] {
  const { input, effective } = req;
  const digest = input.pin.digest;
  const pending = pendingGeneratedSecrets(req.generatedSecrets, effective, input.release, input.namespace);
  return EXPORT_KINDS.map(({ id, label, fileName, docs, valuesIn: modes, rendersWithoutCluster, build }) => {
    const valuesIn = modes.includes(input.valuesIn) ? input.valuesIn : modes[0]!;
    const base = { id, label, fileName, docs, valuesIn };
    if (!req.valid) return { ...base, ready: false, reason: INVALID_VALUES };
    if (!digest) return { ...base, ready: false, reason: NO_DIGEST(input.pin.version) };
    if (rendersWithoutCluster) {
      if (getIn(effective, ['generatedSecrets', 'withoutCluster']) === 'generate')
        return { ...base, ready: false, reason: GENERATE_IS_FOR_LOOKING };
      if (pending.length > 0) {
        return {
          ...base,
          ready: false,
          reason: NAME_EXISTING_SECRETS,
          pending,
          refusal: refusalMessage(req.generatedSecrets, pending, input.namespace),
        };
      }
    }
    return { ...base, ready: true, text: build({ ...input, valuesIn, pin: { version: input.pin.version, digest } }) };
  });
}
