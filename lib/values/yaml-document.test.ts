import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ALIAS_BOMB_TEXT, LONG_ALIASES_TEXT } from '@/test/fixtures/hostile/yaml';
import { VALUES_EXPAND_TOO_FAR, VALUES_NEST_TOO_DEEP } from './input-limits';
import { ALIAS_BOMB, applyValuesToDocument, locatePath, parseValuesYaml, stringifyDocument } from './yaml-document';

// The parser, watched: a text refused by its size must never reach it.
const parseDocumentSpy = vi.hoisted(() => vi.fn());
vi.mock('yaml', async (importOriginal) => {
  const yaml = await importOriginal<typeof import('yaml')>();
  return {
    ...yaml,
    parseDocument: (...args: Parameters<typeof yaml.parseDocument>) => {
      parseDocumentSpy();
      return yaml.parseDocument(...args);
    },
  };
});
beforeEach(() => parseDocumentSpy.mockClear());

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

describe('parseValuesYaml on hostile input (issue 23)', () => {
  const BOMB = ALIAS_BOMB_TEXT;

  it('refuses the 234-character alias bomb as a whole, in words', () => {
    expect(BOMB.length).toBe(234);
    expect(parseValuesYaml(BOMB)).toEqual({
      ok: false,
      problems: [{ message: ALIAS_BOMB, line: 1, column: 1, endLine: 1, endColumn: 2, refused: true }],
    });
  });

  it('refuses 0.6 MB of aliases to one long string (under the alias count, 590 million characters expanded)', () => {
    const text = LONG_ALIASES_TEXT;
    expect(text.length).toBeGreaterThan(590_000);
    expect(parseValuesYaml(text)).toEqual({
      ok: false,
      problems: [{ message: VALUES_EXPAND_TOO_FAR, line: 1, column: 1, endLine: 1, endColumn: 2, refused: true }],
    });
  });

  it('refuses a 10 MB file by its size, without parsing it', () => {
    const text = `${'x'.repeat(99)}\n`.repeat(100_000);
    const r = parseValuesYaml(text);
    expect(r.ok === false && r.problems[0]!.message).toBe(
      "The text is 10.0 MB; the configurator accepts values files up to 1 MB (the chart's full values.yaml is 52 KB). Undo (Ctrl+Z) in the editor brings back your text from before; for a file this large, split it or use helm directly: helm upgrade --install aeterna aeterna/aeterna -f values.yaml",
    );
    expect(parseDocumentSpy).not.toHaveBeenCalled();
    parseValuesYaml('a: 1\n');
    expect(parseDocumentSpy).toHaveBeenCalledTimes(1);
  });

  it('points at an alias without its anchor (it was told it was an alias bomb)', () => {
    expect(parseValuesYaml('a: 1\nb: *nope\n')).toEqual({
      ok: false,
      problems: [{ message: 'The alias *nope has no anchor &nope before it.', line: 2, column: 4, endLine: 2, endColumn: 9 }],
    });
  });

  it('refuses values nested deeper than 100 levels', () => {
    const r = parseValuesYaml(`a: ${'['.repeat(150)}${']'.repeat(150)}\n`);
    expect(r.ok === false && r.problems[0]!.message).toBe(VALUES_NEST_TOO_DEEP);
  });
});
