import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { restorePublishedRepo, type Fetcher } from './restore';
import { sha256 } from './publish';

const archive = new TextEncoder().encode('pretend archive bytes');
const indexFor = (digest: string) =>
  stringify({
    apiVersion: 'v1',
    entries: { aeterna: [{ name: 'aeterna', version: '0.1.0', digest, created: 'x', urls: ['aeterna-0.1.0.tgz'] }] },
  });

function fakeSite(files: Record<string, string | Uint8Array>): Fetcher {
  return async (url) => {
    const body = files[url];
    if (body === undefined) return { status: 404, bytes: new Uint8Array() };
    return { status: 200, bytes: typeof body === 'string' ? new TextEncoder().encode(body) : body };
  };
}

describe('restorePublishedRepo', () => {
  it('downloads the index and every archive, resolving relative urls', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'restore-'));
    const site = fakeSite({
      'https://s.test/x/charts/index.yaml': indexFor(sha256(archive)),
      'https://s.test/x/charts/aeterna-0.1.0.tgz': archive,
    });
    expect(await restorePublishedRepo('https://s.test/x/charts/', dir, site)).toEqual(['aeterna-0.1.0.tgz', 'index.yaml']);
    expect(new Uint8Array(await readFile(path.join(dir, 'aeterna-0.1.0.tgz')))).toEqual(archive);
  });

  it('restores the .prov of a signed archive with it, byte for byte', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'restore-'));
    const prov = '-----BEGIN PGP SIGNED MESSAGE-----\nexact bytes\n';
    const site = fakeSite({
      'https://s.test/charts/index.yaml': indexFor(sha256(archive)),
      'https://s.test/charts/aeterna-0.1.0.tgz': archive,
      'https://s.test/charts/aeterna-0.1.0.tgz.prov': prov,
    });
    expect(await restorePublishedRepo('https://s.test/charts', dir, site)).toEqual([
      'aeterna-0.1.0.tgz',
      'aeterna-0.1.0.tgz.prov',
      'index.yaml',
    ]);
    expect(await readFile(path.join(dir, 'aeterna-0.1.0.tgz.prov'), 'utf8')).toBe(prov);
  });

  it('treats a missing index as the first publication', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'restore-'));
    expect(await restorePublishedRepo('https://s.test/charts', dir, fakeSite({}))).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses an archive whose bytes do not match the published digest', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'restore-'));
    const site = fakeSite({
      'https://s.test/charts/index.yaml': indexFor('0000'),
      'https://s.test/charts/aeterna-0.1.0.tgz': archive,
    });
    await expect(restorePublishedRepo('https://s.test/charts', dir, site)).rejects.toThrow(
      `https://s.test/charts/aeterna-0.1.0.tgz has digest ${sha256(archive)}, the index says 0000: refusing to republish it`,
    );
  });
});
