import { describe, expect, it } from 'vitest';
import { entryHtml, sectionsHtml } from './entry-html';
import { buildReference } from './reference';

describe('entryHtml', () => {
  const ref = buildReference(
    {
      type: 'object',
      properties: {
        a: { type: 'string', enum: ['x', '<y>'], description: 'Uses <release> & "quotes"' },
        b: { type: 'object', properties: { c: { type: 'integer', minimum: 1 } } },
      },
    },
    '## @section S\n## @param a A\na: x\nb:\n  c: 2\n',
  );
  const html = sectionsHtml(ref.sections);

  it('gives each value its anchor and escaped details', () => {
    expect(html).toContain('<div id="a" data-ref-entry class="ref-entry">');
    expect(html).toContain('<p class="ref-desc">Uses &lt;release&gt; &amp; &quot;quotes&quot;</p>');
    expect(html).toContain('&quot;&lt;y&gt;&quot;');
    expect(html).toContain('id="b.c"');
    expect(html).toContain('>minimum 1</dd>');
    expect(html.match(/<section /g)).toHaveLength(2); // S, and Other values for b
  });

  it('links a value to the docs sections that explain it, with the base path', () => {
    const html = entryHtml(
      ref.entries.find((e) => e.path === 'a')!,
      {
        docs: new Map([['a', [{ title: 'Networking: TLS', url: '/docs/networking#tls' }]]]),
        basePath: '/base',
      },
    );
    expect(html).toContain('<p class="ref-docs">Explained in <a href="/base/docs/networking#tls">Networking: TLS</a></p>');
  });

  it('shows no default for a group of values', () => {
    expect(entryHtml(ref.entries.find((e) => e.path === 'b')!)).not.toContain('Default');
  });

  it('renders `backticked` spans of a description as code, after escaping', async () => {
    const { inlineCodeHtml } = await import('./entry-html');
    expect(inlineCodeHtml('Replaces the `<release>-<chart>` prefix; see `a` and `b`')).toBe(
      'Replaces the <code>&lt;release&gt;-&lt;chart&gt;</code> prefix; see <code>a</code> and <code>b</code>',
    );
    expect(inlineCodeHtml('an odd ` backtick stays')).toBe('an odd ` backtick stays');
  });
});
