/**
 * A helmfile of the configured release: this site's repository, the release with the version pinned, the chart's
 * signature checked (`verify` with the site's key, as `helm upgrade --verify`) and the values inline. helmfile sync
 * and apply install with `helm upgrade --install`, which reads the cluster; apply's diff step reads it too with
 * helm-diff 3.9 or later on Helm 3.13 or later (it passes --dry-run=server). `helmfile template` does not, and the
 * chart then refuses like it does under Argo CD.
 */
import { REPO_NAME, VERIFY_KEYRING } from '@/lib/site/install-commands';
import { archiveCheckCommands } from './helm-cli';
import { VALUES_FILE, type ReleaseInput } from './release';
import { yamlStream } from './yaml-text';

function helmfileObject(input: ReleaseInput): Record<string, unknown> {
  return {
    repositories: [{ name: REPO_NAME, url: input.repoUrl }],
    releases: [
      {
        name: input.release,
        namespace: input.namespace,
        createNamespace: true,
        chart: `${REPO_NAME}/aeterna`,
        version: input.pin.version,
        verify: true,
        keyring: VERIFY_KEYRING,
        // A path is read relative to the helmfile.yaml.
        values: [input.valuesIn === 'file' ? VALUES_FILE : input.values],
      },
    ],
  };
}

export function helmfileExport(input: ReleaseInput): string {
  const [keyring, , check] = archiveCheckCommands(input);
  return yamlStream([
    {
      comment: [
        `Aeterna chart ${input.pin.version}, archive ${input.pin.digest} (this site's index.yaml).`,
        `verify checks the signature with ${VERIFY_KEYRING}, made once with:`,
        `  ${keyring}`,
        'helmfile pins a repository chart by version only, not by digest. To check the digest as well:',
        `  helm pull ${REPO_NAME}/aeterna --version ${input.pin.version} && ${check}`,
      ],
      object: helmfileObject(input),
    },
  ]);
}
