import { describe, expect, it } from 'vitest';
import { applyTextEdit, textEdit } from './text-edit';

/** The edit, checked to produce `after`. */
function edit(before: string, after: string) {
  const e = textEdit(before, after);
  expect(e).not.toBeNull();
  expect(applyTextEdit(before, e!)).toBe(after);
  return e!;
}

describe('the smallest edit between two texts', () => {
  it('is none when the texts are equal', () => {
    expect(textEdit('', '')).toBeNull();
    expect(textEdit('service:\n  port: 80\n', 'service:\n  port: 80\n')).toBeNull();
  });

  it('replaces only the changed characters of a form edit, not the document', () => {
    const before = 'replicaCount: 1\nservice:\n  port: 8080\naeterna:\n  logLevel: info\n';
    const after = 'replicaCount: 1\nservice:\n  port: 443\naeterna:\n  logLevel: info\n';
    expect(edit(before, after)).toEqual({ start: before.indexOf('8080'), end: before.indexOf('8080') + 4, text: '443' });
  });

  it('inserts and deletes at the start, in the middle and at the end', () => {
    expect(edit('b: 1\n', 'a: 0\nb: 1\n')).toEqual({ start: 0, end: 0, text: 'a: 0\n' });
    expect(edit('a: 0\nb: 1\n', 'b: 1\n')).toEqual({ start: 0, end: 5, text: '' });
    expect(edit('a: 1\n', 'a: 1\nb: 2\n')).toEqual({ start: 5, end: 5, text: 'b: 2\n' });
    expect(edit('a: 1\nb: 2\n', 'a: 1\n')).toEqual({ start: 5, end: 10, text: '' });
    expect(edit('', 'a: 1\n')).toEqual({ start: 0, end: 0, text: 'a: 1\n' });
    expect(edit('a: 1\n', '')).toEqual({ start: 0, end: 5, text: '' });
  });

  it('never lets the common start and end overlap when a repeated character is added or removed', () => {
    expect(edit('aa', 'aaa')).toEqual({ start: 2, end: 2, text: 'a' });
    expect(edit('aaa', 'a')).toEqual({ start: 1, end: 3, text: '' });
    expect(edit('x: aba\n', 'x: abba\n').text).toBe('b');
  });

  it('does not split a surrogate pair (one emoji for another sharing its first half)', () => {
    const e = edit('name: 😀\n', 'name: 😃\n');
    expect(e.text).toBe('😃');
    expect(e.end - e.start).toBe(2);
  });

  it('does not split a CRLF line end', () => {
    // The texts share the CR of "a\r\n" and "a\rb\n"; cutting after it would leave a lone CR in the edit.
    const e = edit('a\r\nc', 'a\rb\nc');
    expect(e.start).toBe(1);
    const f = edit('x\r\n', 'x\n');
    expect(f).toEqual({ start: 1, end: 3, text: '\n' });
  });

  it('gives texts that differ everywhere as one whole replacement', () => {
    expect(edit('abc', 'xyz')).toEqual({ start: 0, end: 3, text: 'xyz' });
  });
});
