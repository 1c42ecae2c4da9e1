/**
 * Flux objects of the configured release: a source (`HelmRepository` on this site's repository, or an
 * `OCIRepository` on the registry whose cosign signature source-controller verifies with the served cosign.pub)
 * and a `HelmRelease` with the values inline, install/upgrade remediation and a CRD policy. helm-controller
 * installs with Helm against the cluster, so `lookup` works there and the chart's generated Secrets are made once
 * and kept; it reads the Kubernetes version from the cluster too, so no target-cluster profile goes in.
 */
import { archiveCheckCommands } from './helm-cli';
import { OCI_CHART, VALUES_FILE, type ReleaseInput } from './release';
import { yamlStream, type CommentedObject } from './yaml-text';

/** Where Flux's own objects usually live; the release goes to its own namespace (`targetNamespace`). */
export const FLUX_NAMESPACE = 'flux-system';
/** The Secret holding the served cosign.pub, for OCIRepository's `verify`. */
const COSIGN_KEY_SECRET = 'aeterna-cosign-pub';
/** Helm's media type of the chart layer in the OCI artifact (what helm-controller needs from it). */
const HELM_CHART_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
const INTERVAL = '1h';
/** The ConfigMap holding values.yaml when the values go as a file (in the HelmRelease's namespace). */
const VALUES_CONFIGMAP = 'aeterna-values';

export type FluxSource = 'helm-repository' | 'oci';

function helmRelease(input: ReleaseInput, source: FluxSource): Record<string, unknown> {
  const chart =
    source === 'oci'
      ? { chartRef: { kind: 'OCIRepository', name: input.release } }
      : {
          chart: {
            spec: {
              chart: 'aeterna',
              version: input.pin.version,
              sourceRef: { kind: 'HelmRepository', name: input.release },
              interval: INTERVAL,
            },
          },
        };
  return {
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: { name: input.release, namespace: FLUX_NAMESPACE },
    spec: {
      interval: INTERVAL,
      releaseName: input.release,
      targetNamespace: input.namespace,
      storageNamespace: input.namespace,
      ...chart,
      // The chart ships no CRDs today; CreateReplace keeps any it ships later in step with the chart on upgrades.
      install: { createNamespace: true, crds: 'CreateReplace', remediation: { retries: 3 } },
      upgrade: { crds: 'CreateReplace', remediation: { retries: 3, remediateLastFailure: true } },
      ...(input.valuesIn === 'file'
        ? { valuesFrom: [{ kind: 'ConfigMap', name: VALUES_CONFIGMAP, valuesKey: VALUES_FILE }] }
        : { values: input.values }),
    },
  };
}

/** How the ConfigMap valuesFrom names is made from the downloaded file (or a kustomize configMapGenerator). */
function valuesConfigMapComment(input: ReleaseInput): string[] {
  if (input.valuesIn !== 'file') return [];
  return [
    `The values are the downloaded ${VALUES_FILE}, in a ConfigMap next to the HelmRelease (or a kustomize configMapGenerator):`,
    `  kubectl create configmap ${VALUES_CONFIGMAP} --namespace ${FLUX_NAMESPACE} --from-file=${VALUES_FILE}=${VALUES_FILE}`,
  ];
}

function helmRepository(input: ReleaseInput): CommentedObject {
  return {
    comment: [
      'Flux pins a Helm repository chart by version only: it can pin no digest and checks no .prov signature.',
      '(For a signature check by Flux itself, use the OCI export: source-controller verifies cosign signatures.)',
      'Check the archive it will fetch:',
      ...archiveCheckCommands(input).map((c) => `  ${c}`),
    ],
    object: {
      apiVersion: 'source.toolkit.fluxcd.io/v1',
      kind: 'HelmRepository',
      metadata: { name: input.release, namespace: FLUX_NAMESPACE },
      spec: { url: input.repoUrl, interval: INTERVAL },
    },
  };
}

function ociRepository(input: ReleaseInput): CommentedObject {
  return {
    comment: [
      `The site is built before the chart is pushed to oci://${OCI_CHART}: it does not know the manifest digest.`,
      `To pin it, replace ref.tag with ref.digest: the digest cosign verify --key cosign.pub ${OCI_CHART}:${input.pin.version} prints.`,
      `The chart layer is this site's archive, ${input.pin.digest}. source-controller verifies the signature with:`,
      `  curl -fsSL ${input.repoUrl}/cosign.pub -o cosign.pub`,
      `  kubectl create secret generic ${COSIGN_KEY_SECRET} --namespace ${FLUX_NAMESPACE} --from-file=cosign.pub=cosign.pub`,
    ],
    object: {
      apiVersion: 'source.toolkit.fluxcd.io/v1',
      kind: 'OCIRepository',
      metadata: { name: input.release, namespace: FLUX_NAMESPACE },
      spec: {
        url: `oci://${OCI_CHART}`,
        ref: { tag: input.pin.version },
        layerSelector: { mediaType: HELM_CHART_LAYER, operation: 'copy' },
        verify: { provider: 'cosign', secretRef: { name: COSIGN_KEY_SECRET } },
        interval: INTERVAL,
      },
    },
  };
}

/** The source object and the HelmRelease, as plain objects (schema tests, dry runs). */
export function fluxObjects(input: ReleaseInput, source: FluxSource): Record<string, unknown>[] {
  const src = source === 'oci' ? ociRepository(input) : helmRepository(input);
  return [src.object as Record<string, unknown>, helmRelease(input, source)];
}

export function fluxExport(input: ReleaseInput, source: FluxSource): string {
  const src = source === 'oci' ? ociRepository(input) : helmRepository(input);
  return yamlStream([
    {
      comment: [`Aeterna chart ${input.pin.version}, archive ${input.pin.digest} (this site's index.yaml).`, ...(src.comment ?? [])],
      object: src.object,
    },
    { comment: valuesConfigMapComment(input), object: helmRelease(input, source) },
  ]);
}
