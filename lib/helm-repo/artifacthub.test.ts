import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { artifactHubRepoYaml, parseOwners } from './artifacthub';

describe('artifactHubRepoYaml', () => {
  it("holds Artifact Hub's fields only, with owners that have an email, and names the signing key", () => {
    const text = artifactHubRepoYaml({
      owners: [{ name: 'Ops', email: 'ops@example.com' }, { name: 'No mail' }],
      repositoryId: '0a1b2c3d-0000-4000-8000-000000000000',
      signKey: { fingerprint: 'ABCDEF0123456789', url: 'https://example.com/charts/pubkey.asc' },
    });
    expect(parse(text)).toEqual({
      repositoryID: '0a1b2c3d-0000-4000-8000-000000000000',
      owners: [{ name: 'Ops', email: 'ops@example.com' }],
    });
    expect(text).toContain('# Charts are signed with OpenPGP key ABCDEF0123456789 (https://example.com/charts/pubkey.asc).');
  });

  it('is an empty mapping without owners or id (Artifact Hub accepts the file as is)', () => {
    expect(parse(artifactHubRepoYaml({ owners: [] }))).toEqual({});
  });
});

describe('parseOwners', () => {
  it('reads "Name <email>" pairs and refuses anything else with the setting named', () => {
    expect(parseOwners('Ops Team <ops@example.com>, Kiko <k@example.com>')).toEqual([
      { name: 'Ops Team', email: 'ops@example.com' },
      { name: 'Kiko', email: 'k@example.com' },
    ]);
    expect(parseOwners(undefined)).toEqual([]);
    expect(() => parseOwners('ops@example.com')).toThrow('ARTIFACTHUB_OWNERS: "ops@example.com" is not "Name <email>"');
  });
});
