/** Name users give the repository in `helm repo add`; the chart is then `aeterna/aeterna`. */
export const REPO_NAME = 'aeterna';

/** Origin written by the server, which cannot know where the site is reached; the browser puts its own in. */
export const ORIGIN_PLACEHOLDER = 'https://<this-site>';

/**
 * URL of this site's Helm repository, from where the site is actually served (origin + basePath), so the
 * commands shown are right on a preview deployment, on GitHub Pages under a sub-path and on localhost alike.
 */
export function helmRepoUrl(origin: string, basePath = ''): string {
  const cleanOrigin = origin.replace(/\/+$/, '');
  const cleanBase = basePath.replace(/\/+$/, '');
  if (cleanBase && !cleanBase.startsWith('/')) {
    throw new Error(`basePath must start with "/", got "${basePath}"`);
  }
  return `${cleanOrigin}${cleanBase}/charts`;
}

export interface InstallOptions {
  release?: string;
  namespace?: string;
  /** Extra `-f` values files, in order. */
  valuesFiles?: string[];
  version?: string;
  /** Verify the chart's signature: fetch the published key, then `helm install --verify` with it. */
  verify?: boolean;
}

/** Keyring file the verified install writes the published public key to. */
export const VERIFY_KEYRING = 'aeterna-keyring.gpg';

/** The exact shell lines to add the repository and install the chart from it. */
export function installCommands(repoUrl: string, opts: InstallOptions = {}): string[] {
  const release = opts.release ?? 'aeterna';
  const namespace = opts.namespace ?? 'aeterna';
  const parts = [`helm install ${release} ${REPO_NAME}/aeterna`, `--namespace ${namespace} --create-namespace`];
  if (opts.version) parts.push(`--version ${opts.version}`);
  for (const f of opts.valuesFiles ?? []) parts.push(`-f ${f}`);
  if (opts.verify) parts.push(`--verify --keyring ${VERIFY_KEYRING}`);
  return [
    ...(opts.verify ? [`curl -fsSL ${repoUrl}/pubkey.asc | gpg --dearmor > ${VERIFY_KEYRING}`] : []),
    `helm repo add ${REPO_NAME} ${repoUrl}`,
    `helm repo update ${REPO_NAME}`,
    parts.join(' '),
  ];
}

/** The shell lines that upgrade an installed release to `version` from this site's repository, signature checked. */
export function upgradeCommands(repoUrl: string, opts: InstallOptions & { version: string }): string[] {
  const release = opts.release ?? 'aeterna';
  const namespace = opts.namespace ?? 'aeterna';
  const parts = [`helm upgrade ${release} ${REPO_NAME}/aeterna`, `--namespace ${namespace}`, `--version ${opts.version}`];
  for (const f of opts.valuesFiles ?? []) parts.push(`-f ${f}`);
  if (opts.verify !== false) parts.push(`--verify --keyring ${VERIFY_KEYRING}`);
  return [
    ...(opts.verify !== false ? [`curl -fsSL ${repoUrl}/pubkey.asc | gpg --dearmor > ${VERIFY_KEYRING}`] : []),
    `helm repo add ${REPO_NAME} ${repoUrl}`,
    `helm repo update ${REPO_NAME}`,
    parts.join(' '),
  ];
}
