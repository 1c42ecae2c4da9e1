import { describe, expect, it } from 'vitest';
import { hclString, hclValue } from './hcl';

describe('HCL literals', () => {
  it('escapes quotes, backslashes, control characters and template sequences', () => {
    expect(hclString('a "b" \\ c\nd\te')).toBe('"a \\"b\\" \\\\ c\\nd\\te"');
    expect(hclString('${var.x} %{ if } $x %x')).toBe('"$${var.x} %%{ if } $x %x"');
    expect(hclString('\u0001')).toBe('"\\u0001"');
  });

  it('quotes keys that are not identifiers, or are HCL words', () => {
    expect(hclValue({ a: 1, 'b.c': true, for: null, 'x-y': [] }, '')).toBe('{\n  a = 1\n  "b.c" = true\n  "for" = null\n  x-y = []\n}');
  });

  it('refuses numbers HCL cannot hold', () => {
    expect(() => hclValue(Number.NaN)).toThrow('not a number HCL can hold: NaN');
  });
});
