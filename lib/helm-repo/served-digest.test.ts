import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { servedDigest } from './served-digest';

const HEX = 'ab'.repeat(32);
const dir = mkdtempSync(path.join(tmpdir(), 'aeterna-served-digest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('servedDigest', () => {
  it('is the index entry digest of that version, as sha256:<hex>', () => {
    writeFileSync(
      path.join(dir, 'index.yaml'),
      `apiVersion: v1\nentries:\n  aeterna:\n    - version: 1.2.0\n      digest: ${HEX}\n    - version: 1.1.0\n      digest: not-hex\n`,
    );
    expect(servedDigest('1.2.0', dir)).toBe(`sha256:${HEX}`);
    // A digest that is not 64 hex digits is no pin: nothing is exported rather than a wrong check.
    expect(servedDigest('1.1.0', dir)).toBeNull();
    expect(servedDigest('9.9.9', dir)).toBeNull();
  });

  it('is null before the repository is built', () => {
    expect(servedDigest('1.2.0', path.join(dir, 'missing'))).toBeNull();
  });
});
