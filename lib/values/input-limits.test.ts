import { describe, expect, it } from 'vitest';
import { expandedValuesProblem, formatSize, MAX_EXPANDED_VALUES, MAX_VALUES_BYTES, utf8Bytes, valuesTextTooLarge } from './input-limits';

describe('the values text limit', () => {
  it('accepts 1 MB and refuses one byte more, saying the size, the limit and what to do', () => {
    expect(valuesTextTooLarge('x'.repeat(MAX_VALUES_BYTES))).toBeNull();
    expect(valuesTextTooLarge('x'.repeat(MAX_VALUES_BYTES + 1))).toBe(
      "The text is 1,000,001 bytes; the configurator accepts values files up to 1 MB (the chart's full values.yaml is 52 KB). Undo (Ctrl+Z) in the editor brings back your text from before; for a file this large, split it or use helm directly: helm upgrade --install aeterna aeterna/aeterna -f values.yaml",
    );
    expect(valuesTextTooLarge('x'.repeat(10_000_000))).toMatch(/^The text is 10\.0 MB; /);
  });

  it('counts UTF-8 bytes, not characters', () => {
    expect(utf8Bytes('aé€😀')).toBe(1 + 2 + 3 + 4);
    // 400,000 characters of 3 bytes each are 1.2 MB.
    expect(valuesTextTooLarge('€'.repeat(400_000))).toMatch(/^The text is 1\.20 MB; /);
    expect(valuesTextTooLarge('€'.repeat(333_333))).toBeNull();
  });

  it('formats sizes with the digits that tell them from the limit', () => {
    expect(formatSize(8_434)).toBe('8.4 KB');
    expect(formatSize(1_250_000)).toBe('1.25 MB');
    expect(formatSize(10_000_000)).toBe('10.0 MB');
  });
});

describe('expanded values', () => {
  it('measures aliased (shared) values as often as they are used, and stops at the limit', () => {
    const long = 'x'.repeat(100_000);
    expect(expandedValuesProblem({ a: Array(10).fill(long) })).toBeNull();
    expect(expandedValuesProblem({ a: Array(1000).fill(long) })).toBe(
      "The file's aliases (*name) expand its values to more than 2 MB: a values file never needs that much. Write the values out, or use fewer aliases.",
    );
    expect(MAX_EXPANDED_VALUES).toBe(2 * MAX_VALUES_BYTES);
  });

  it('refuses values nested more than 100 levels deep', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 101; i++) deep = [deep];
    expect(expandedValuesProblem(deep)).toBe(
      "The values nest more than 100 levels deep (the chart's go 6 deep): this is not a values file.",
    );
    let ok: unknown = 1;
    for (let i = 0; i < 100; i++) ok = { a: ok };
    expect(expandedValuesProblem(ok)).toBeNull();
  });
});
