import { readChartText } from '@/lib/chart/files';
import { describe, expect, it } from 'vitest';
import { loadReference } from './load';
import { README_END, README_START, injectBetweenMarkers, renderReferenceMarkdown } from './readme';
import { buildReference } from './reference';

describe('renderReferenceMarkdown', () => {
  const ref = buildReference(
    {
      type: 'object',
      properties: {
        a: {
          type: 'object',
          properties: {
            b: { type: 'string', enum: ['x', 'y'], description: 'Pick one | or the other, see `<release>-a` and <b>' },
          },
        },
      },
    },
    '## @section First\n## Text about <things>.\n## @param a.b Choice\na:\n  b: x\n',
  );
  const md = renderReferenceMarkdown(ref);

  it('writes one table per section, escaping pipes and HTML outside code spans', () => {
    expect(md).toContain('### First\n\nText about &lt;things&gt;.\n\n| Key | Type | Default | Description |');
    expect(md).toContain('| `a` | object |  |  |');
    expect(md).toContain('| `a.b` | string | `"x"` | Pick one \\| or the other, see `<release>-a` and &lt;b&gt;. Allowed: "x", "y". |');
  });
});

describe('injectBetweenMarkers', () => {
  it('replaces only what lies between the markers', () => {
    const t = `intro\n${README_START}\nold\n${README_END}\noutro\n`;
    expect(injectBetweenMarkers(t, 'new')).toBe(`intro\n${README_START}\nnew\n${README_END}\noutro\n`);
    expect(injectBetweenMarkers(injectBetweenMarkers(t, 'new'), 'new')).toBe(injectBetweenMarkers(t, 'new'));
  });
  it('refuses a template without markers', () => {
    expect(() => injectBetweenMarkers('no markers', 'x')).toThrow(/must contain the markers/);
  });
});

describe('charts/aeterna/README.md', () => {
  it('has reference tables in sync with values.schema.json and values.yaml', () => {
    const current = readChartText('README.md') ?? '';
    const expected = injectBetweenMarkers(current, renderReferenceMarkdown(loadReference()));
    expect(current === expected, 'charts/aeterna/README.md is stale: run `npm run docs:readme`').toBe(true);
  });

  it('documents every key of the schema', () => {
    const readme = readChartText('README.md') ?? '';
    const missing = loadReference().entries.filter((e) => !readme.includes(`| \`${e.path}\` |`));
    expect(missing.map((e) => e.path)).toEqual([]);
  });
});
