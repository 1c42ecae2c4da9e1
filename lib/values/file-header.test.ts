import { describe, expect, it } from 'vitest';
import { chartVersionOf, valuesFileHeader, withValuesFileHeader } from './file-header';

describe('the values file header', () => {
  it('names the chart version, and is read back', () => {
    const text = withValuesFileHeader('image:\n  tag: v1\n', '0.2.0', '0.8.0-rc.12');
    expect(text).toBe('# Values for the aeterna chart 0.2.0 (Aeterna 0.8.0-rc.12), from the configurator.\nimage:\n  tag: v1\n');
    expect(chartVersionOf(text)).toBe('0.2.0');
  });

  it('replaces an older header instead of stacking a second one', () => {
    const old = `${valuesFileHeader('0.1.0', 'x')}\n# my notes\nreplicaCount: 1\n`;
    expect(withValuesFileHeader(old, '0.2.0', 'y')).toBe(`${valuesFileHeader('0.2.0', 'y')}\n# my notes\nreplicaCount: 1\n`);
  });

  it('reads only the comments before the first value (a header pasted further down does not count)', () => {
    expect(chartVersionOf('replicaCount: 1\n# Values for the aeterna chart 0.1.0 (x)\n')).toBeNull();
    expect(chartVersionOf('# mine\n\n# Values for the aeterna chart 0.1.0 (Aeterna x)\nreplicaCount: 1\n')).toBe('0.1.0');
    expect(chartVersionOf('replicaCount: 1\n')).toBeNull();
  });
});
