import { stringify } from 'yaml';

/** The repository's maintainers (Chart.yaml `maintainers`), as Artifact Hub's `owners`. */
export interface Owner {
  name: string;
  email?: string;
}

/** Owners from `Name <email>, Name2 <email2>` (the ARTIFACTHUB_OWNERS setting of the publish workflow). */
export function parseOwners(text: string | undefined): Owner[] {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const m = /^(.*?)\s*<([^>]+)>$/.exec(s);
      if (!m) throw new Error(`ARTIFACTHUB_OWNERS: "${s}" is not "Name <email>"`);
      return { name: m[1]!, email: m[2]! };
    });
}

export interface RepoMetadataOptions {
  owners: Owner[];
  /** Artifact Hub's id of the repository, once it is registered there (enables "verified publisher"). */
  repositoryId?: string;
  /** The signing key, when the archives are signed. */
  signKey?: { fingerprint: string; url?: string };
}

/**
 * `artifacthub-repo.yml`, served next to index.yaml (Artifact Hub reads it there: repositoryID, owners).
 * Artifact Hub's format has no field for a signing key: the key is named by each chart's `artifacthub.io/signKey`
 * annotation, and repeated here as a comment for people reading the file.
 */
export function artifactHubRepoYaml(opts: RepoMetadataOptions): string {
  const body: Record<string, unknown> = {};
  if (opts.repositoryId) body.repositoryID = opts.repositoryId;
  const owners = opts.owners.filter((o) => o.email).map((o) => ({ name: o.name, email: o.email }));
  if (owners.length) body.owners = owners;
  const head = ['# Artifact Hub repository metadata (https://artifacthub.io/docs/topics/repositories/).'];
  if (opts.signKey) {
    head.push(`# Charts are signed with OpenPGP key ${opts.signKey.fingerprint}${opts.signKey.url ? ` (${opts.signKey.url})` : ''}.`);
  }
  return `${head.join('\n')}\n${Object.keys(body).length ? stringify(body) : '{}\n'}`;
}
