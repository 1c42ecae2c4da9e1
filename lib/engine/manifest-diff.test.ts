import { describe, expect, it } from 'vitest';
import { changeOf, docKey, lineDiff, maskGenerated } from './manifest-diff';

describe('manifest diff against the defaults', () => {
  it('masks generated values only: base64 or hex of 16+ characters after a key', () => {
    expect(maskGenerated('  kms-key: "K0NXMzd2dGlvUHJmN0gvYW5LSzdhSFhRMFhmKzhtNUR2UUJvOE03WDdpYz0="')).toBe('  kms-key: <generated>');
    expect(maskGenerated('        checksum/secret: 9c1f320a501afe029fa4425616ae542880e7fb935264fb89d1b4a76f78c199cd')).toBe(
      '        checksum/secret: <generated>',
    );
    expect(maskGenerated('  port: 8080')).toBe('  port: 8080');
    // Secret data keys are written quoted (a key such as 0123 would otherwise be read as a number).
    expect(maskGenerated('  "kms-key": "K0NXMzd2dGlvUHJmN0gvYW5LSzdhSFhRMFhmKzhtNUR2UUJvOE03WDdpYz0="')).toBe('  "kms-key": <generated>');
  });

  it('finds the changed lines, and none where only generated values differ', () => {
    expect(lineDiff('a: 1\nb: 2\nc: 3', 'a: 1\nb: 5\nc: 3')).toEqual([
      { op: ' ', text: 'a: 1' },
      { op: '-', text: 'b: 2' },
      { op: '+', text: 'b: 5' },
      { op: ' ', text: 'c: 3' },
    ]);
    const doc = { source: 's', kind: 'Secret', name: 'x', content: 'data:\n  key: "QUJDREVGR0hJSktMTU5PUFFSU1Q="' };
    const defaults = new Map([[docKey(doc), 'data:\n  key: "WllYV1ZVVFNSUVBPTk1MS0pJSEc="']]);
    expect(changeOf(doc, defaults)).toBe('same');
    expect(changeOf({ ...doc, content: 'data:\n  other: 1' }, defaults)).toBe('changed');
    expect(changeOf({ ...doc, name: 'y' }, defaults)).toBe('added');
  });
});
