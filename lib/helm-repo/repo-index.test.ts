import { describe, expect, it } from 'vitest';
import { keepCreatedTimes, parseIndex, type RepoIndex } from './repo-index';

const entry = (version: string, digest: string, created: string) => ({
  name: 'aeterna',
  version,
  digest,
  created,
  urls: [`aeterna-${version}.tgz`],
});

describe('keepCreatedTimes', () => {
  it('keeps the old time for an unchanged archive and the new time for a new or rebuilt one', () => {
    const previous: RepoIndex = {
      apiVersion: 'v1',
      entries: { aeterna: [entry('0.1.0', 'aaa', '2026-01-01T00:00:00Z'), entry('0.2.0', 'bbb', '2026-02-01T00:00:00Z')] },
    };
    const fresh: RepoIndex = {
      apiVersion: 'v1',
      entries: {
        aeterna: [entry('0.1.0', 'aaa', 'NOW'), entry('0.2.0', 'ccc', 'NOW'), entry('0.3.0', 'ddd', 'NOW')],
      },
    };
    const created = keepCreatedTimes(fresh, previous).entries.aeterna!.map((e) => e.created);
    expect(created).toEqual(['2026-01-01T00:00:00Z', 'NOW', 'NOW']);
  });
});

describe('parseIndex', () => {
  it('rejects a document that is not an index', () => {
    expect(() => parseIndex('<html></html>')).toThrow('not a Helm repository index: no entries');
  });
});
