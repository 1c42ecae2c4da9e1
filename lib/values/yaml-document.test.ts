import { describe, expect, it } from 'vitest';
import { applyValuesToDocument, locatePath, parseValuesYaml, stringifyDocument } from './yaml-document';

describe('parseValuesYaml', () => {
  it('reads YAML like Helm (yes is a boolean; a repeated key is accepted and the last one wins)', () => {
    const r = parseValuesYaml('a: yes\nb: "yes"\n');
    expect(r.ok && r.values).toEqual({ a: true, b: 'yes' });
    const dup = parseValuesYaml('a: 1\na: 2\n');
    expect(dup.ok && dup.values).toEqual({ a: 2 });
  });

  it('reports syntax errors with line and column', () => {
    const r = parseValuesYaml('redis:\n  enabled: false\n  host: [oops\n');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]!.line).toBeGreaterThanOrEqual(3);
      expect(r.problems[0]!.column).toBeGreaterThanOrEqual(1);
      expect(r.problems[0]!.message).not.toMatch(/\n/);
    }
  });

  it('treats an empty file as no values and refuses a list at the top', () => {
    const empty = parseValuesYaml('# nothing\n');
    expect(empty.ok && empty.values).toEqual({});
    expect(parseValuesYaml('- a\n').ok).toBe(false);
  });
});

describe('applyValuesToDocument', () => {
  it('changes only what differs and keeps comments', () => {
    const r = parseValuesYaml('# mine\nredis:\n  enabled: false # external\n  keep: 1\nold: x\n');
    if (!r.ok) throw new Error('parse');
    applyValuesToDocument(r.doc, { redis: { enabled: true, keep: 1 }, added: { a: 'b' } });
    expect(stringifyDocument(r.doc)).toBe('# mine\nredis:\n  enabled: true # external\n  keep: 1\nadded:\n  a: b\n');
  });

  it('prints an empty file as {}', () => {
    const r = parseValuesYaml('a: 1\n');
    if (!r.ok) throw new Error('parse');
    applyValuesToDocument(r.doc, {});
    expect(stringifyDocument(r.doc)).toBe('{}\n');
  });
});

describe('locatePath', () => {
  it('finds a key, or its nearest written ancestor', () => {
    const r = parseValuesYaml('redis:\n  enabled: false\nexternalRedis:\n  port: 1\n');
    if (!r.ok) throw new Error('parse');
    expect(locatePath(r.doc, r.lineCounter, ['externalRedis', 'port'])).toMatchObject({ line: 4, column: 3, exact: true });
    expect(locatePath(r.doc, r.lineCounter, ['externalRedis', 'host'])).toMatchObject({ line: 3, column: 1, exact: false });
    expect(locatePath(r.doc, r.lineCounter, ['nope'])).toMatchObject({ line: 1, exact: false });
  });
});
