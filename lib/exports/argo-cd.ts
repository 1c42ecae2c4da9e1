/**
 * An Argo CD `Application` of the configured release: a Helm source on this site's repository with the values
 * inline (`valuesObject`), the version pinned, and the target-cluster profile as `helm.kubeVersion` and
 * `helm.apiVersions`, because Argo CD renders with `helm template` and never asks the cluster itself. For the same
 * reason `lookup` answers nothing there: the chart refuses to generate the Secrets that must never change, so
 * ./readiness.ts withholds this export until the values name existing Secrets for them.
 */
import { archiveCheckCommands } from './helm-cli';
import type { ReleaseInput } from './release';
import { yamlStream } from './yaml-text';

/** Where Argo CD watches Applications by default. */
export const ARGO_CD_NAMESPACE = 'argocd';

export function argoCdApplicationObject(input: ReleaseInput): Record<string, unknown> {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name: input.release, namespace: ARGO_CD_NAMESPACE },
    spec: {
      project: 'default',
      source: {
        repoURL: input.repoUrl,
        chart: 'aeterna',
        targetRevision: input.pin.version,
        helm: {
          releaseName: input.release,
          kubeVersion: input.profile.kubeVersion,
          apiVersions: [...input.profile.apiVersions],
          valuesObject: input.values,
        },
      },
      destination: { server: 'https://kubernetes.default.svc', namespace: input.namespace },
      syncPolicy: { syncOptions: ['CreateNamespace=true'] },
    },
  };
}

export function argoCdApplication(input: ReleaseInput): string {
  return yamlStream([
    {
      comment: [
        `Aeterna chart ${input.pin.version}, archive ${input.pin.digest} (this site's index.yaml).`,
        'Argo CD pins a Helm repository chart by version only: it can pin no digest and checks no .prov signature.',
        'Check the archive it will fetch before you apply this:',
        ...archiveCheckCommands(input).map((c) => `  ${c}`),
        `Argo CD renders for Kubernetes ${input.profile.kubeVersion}${input.profile.apiVersions.length ? ` with ${input.profile.apiVersions.join(', ')}` : ', serving no optional API'} (the target-cluster profile).`,
      ],
      object: argoCdApplicationObject(input),
    },
  ]);
}
