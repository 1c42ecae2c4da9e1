/**
 * `helm upgrade --install` of the configured release, from this site's repository and from the OCI registry. Helm
 * cannot pin a repository chart to a digest, so the commands pull the archive, check its signature (`--verify`
 * with the site's OpenPGP key, or cosign for OCI) and its sha256 against this site's index, and install that file.
 * The values are the downloaded values.yaml (`-f values.yaml`).
 */
import { REPO_NAME, VERIFY_KEYRING } from '@/lib/site/install-commands';
import { OCI_CHART, VALUES_FILE, archiveFile, digestCheck, keyUrls, type ReleaseInput } from './release';

function upgradeInstall(input: ReleaseInput, verify: boolean): string {
  return [
    `helm upgrade --install ${input.release} ./${archiveFile(input.pin)}`,
    `--namespace ${input.namespace} --create-namespace`,
    `-f ${VALUES_FILE}`,
    ...(verify ? [`--verify --keyring ${VERIFY_KEYRING}`] : []),
  ].join(' ');
}

function header(input: ReleaseInput, source: string): string[] {
  return [
    `# Aeterna chart ${input.pin.version} from ${source}, archive ${input.pin.digest} (this site's index.yaml).`,
    '# helm reads the cluster as it installs, so the Secrets the chart generates are made once and kept.',
  ];
}

/**
 * The commands that check the archive a tool which cannot pin a digest will fetch: its signature with the site's
 * OpenPGP key and its sha256 against the index. Shown as comments in those exports.
 */
export function archiveCheckCommands(input: ReleaseInput): string[] {
  return [
    `curl -fsSL ${keyUrls(input.repoUrl).gpg} | gpg --dearmor > ${VERIFY_KEYRING}`,
    `helm pull aeterna --repo ${input.repoUrl} --version ${input.pin.version} --verify --keyring ${VERIFY_KEYRING}`,
    digestCheck(input.pin),
  ];
}

/** From this site's Helm repository: signature (.prov) and digest checked before anything is installed. */
export function helmRepoCommands(input: ReleaseInput): string {
  return [
    ...header(input, "this site's Helm repository"),
    `curl -fsSL ${keyUrls(input.repoUrl).gpg} | gpg --dearmor > ${VERIFY_KEYRING}`,
    `helm repo add ${REPO_NAME} ${input.repoUrl}`,
    `helm repo update ${REPO_NAME}`,
    `helm pull ${REPO_NAME}/aeterna --version ${input.pin.version} --verify --keyring ${VERIFY_KEYRING}`,
    digestCheck(input.pin),
    upgradeInstall(input, true),
    '',
  ].join('\n');
}

/** From the OCI registry: cosign checks the signature; the archive inside is this site's, byte for byte. */
export function helmOciCommands(input: ReleaseInput): string {
  const ref = `${OCI_CHART}:${input.pin.version}`;
  return [
    ...header(input, `oci://${OCI_CHART}`),
    '# The site is built before the chart is pushed to the registry: it does not know the OCI manifest digest.',
    `# cosign verify prints it; to pin it, pull oci://${OCI_CHART}@<that digest> instead of --version.`,
    '# The archive in the artifact is the one this site serves, so its sha256 is checked against the index.',
    `curl -fsSL ${keyUrls(input.repoUrl).cosign} -o cosign.pub`,
    `cosign verify --key cosign.pub ${ref}`,
    `helm pull oci://${OCI_CHART} --version ${input.pin.version}`,
    digestCheck(input.pin),
    upgradeInstall(input, false),
    '',
  ].join('\n');
}
