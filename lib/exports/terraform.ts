/**
 * A Terraform `helm_release` (hashicorp/helm provider) of the configured release: this site's repository, the
 * version pinned, the signature checked (`verify` + `keyring`), the values as an HCL object passed through
 * `yamlencode`. The provider installs with Helm against the cluster, so `lookup` works on apply; a plan with the
 * provider's `experiments { manifest = true }` renders without it, and the chart then refuses as under Argo CD.
 */
import { VERIFY_KEYRING } from '@/lib/site/install-commands';
import { archiveCheckCommands } from './helm-cli';
import { hclString, hclValue } from './hcl';
import { VALUES_FILE, type ReleaseInput } from './release';

/** The local holding the values; test/chart/exports-render.test.ts reads it back with `terraform console`. */
export const TERRAFORM_VALUES_LOCAL = 'aeterna_values';

export function terraformExport(input: ReleaseInput): string {
  const [keyring, , check] = archiveCheckCommands(input);
  const attr = (name: string, value: string) => `  ${name.padEnd(16)} = ${value}`;
  return [
    `# Aeterna chart ${input.pin.version}, archive ${input.pin.digest} (this site's index.yaml).`,
    `# verify checks the signature with ${VERIFY_KEYRING} (next to this file), made once with:`,
    `#   ${keyring}`,
    '# The helm provider pins a repository chart by version only, not by digest. To check the digest as well:',
    `#   helm pull aeterna --repo ${input.repoUrl} --version ${input.pin.version} && ${check}`,
    'resource "helm_release" "aeterna" {',
    attr('name', hclString(input.release)),
    attr('namespace', hclString(input.namespace)),
    attr('create_namespace', 'true'),
    attr('repository', hclString(input.repoUrl)),
    attr('chart', hclString('aeterna')),
    attr('version', hclString(input.pin.version)),
    attr('verify', 'true'),
    attr('keyring', `"\${path.module}/${VERIFY_KEYRING}"`),
    attr(
      'values',
      input.valuesIn === 'file' ? `[file("\${path.module}/${VALUES_FILE}")]` : `[yamlencode(local.${TERRAFORM_VALUES_LOCAL})]`,
    ),
    '}',
    '',
    ...(input.valuesIn === 'file' ? [] : ['locals {', `  ${TERRAFORM_VALUES_LOCAL} = ${hclValue(input.values, '  ')}`, '}', '']),
  ].join('\n');
}
