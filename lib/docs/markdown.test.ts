import { describe, expect, it } from 'vitest';
import { parseFrontMatter, renderMarkdown, rewriteHref, slugify } from './markdown';

describe('parseFrontMatter', () => {
  it('splits YAML front matter from the body', () => {
    expect(parseFrontMatter('---\ntitle: Hi\norder: 2\n---\n# Body\n')).toEqual({ data: { title: 'Hi', order: 2 }, body: '# Body\n' });
    expect(parseFrontMatter('# No front matter')).toEqual({ data: {}, body: '# No front matter' });
  });
});

describe('rewriteHref', () => {
  it('maps docs files to routes and prefixes the base path', () => {
    expect(rewriteHref('networking.md#tls')).toBe('/docs/networking#tls');
    expect(rewriteHref('./security.md', '/base')).toBe('/base/docs/security');
    expect(rewriteHref('/reference#redis.enabled', '/base')).toBe('/base/reference#redis.enabled');
    expect(rewriteHref('https://helm.sh', '/base')).toBe('https://helm.sh');
    expect(rewriteHref('#local', '/base')).toBe('#local');
  });
});

describe('slugify', () => {
  it('makes readable anchors', () => {
    expect(slugify('Running `helm test`')).toBe('running-helm-test');
    expect(slugify('Redis, PostgreSQL & Qdrant')).toBe('redis-postgresql-qdrant');
  });
});

describe('renderMarkdown', () => {
  const md = [
    '# Title',
    '',
    'Intro with a [link](networking.md).',
    '',
    '## Install',
    '',
    '```bash',
    'helm install a b',
    '```',
    '',
    '<!-- include: fail-messages -->',
    '',
    '## Install',
    '',
    '| a | b |',
    '|---|---|',
    '| 1 | 2 |',
  ].join('\n');
  const r = renderMarkdown(md);

  it('splits code blocks and directives out of the HTML', () => {
    expect(r.segments.map((s) => s.kind)).toEqual(['html', 'html', 'code', 'directive', 'html', 'html']);
    expect(r.segments[2]).toEqual({ kind: 'code', code: 'helm install a b', lang: 'bash' });
    expect(r.segments[3]).toEqual({ kind: 'directive', name: 'fail-messages', arg: '', section: 'install' });
  });

  it('gives headings unique ids and rewrites links', () => {
    expect(r.headings.map((h) => h.id)).toEqual(['title', 'install', 'install-1']);
    const html = r.segments
      .filter((s) => s.kind === 'html')
      .map((s) => (s as { html: string }).html)
      .join('');
    expect(html).toContain('id="install-1"');
    expect(html).toContain('href="/docs/networking"');
    expect(html).toContain('<div class="table-wrap" tabindex="0"><table>');
  });

  it('collects plain text per section for search, with matching ids', () => {
    expect(r.sections.map((s) => [s.id, s.title])).toEqual([
      ['title', 'Title'],
      ['install', 'Install'],
      ['install-1', 'Install'],
    ]);
    expect(r.sections[1]!.text).toContain('helm install a b');
  });
});

describe('renderMarkdown: raw HTML and link schemes (issue 23)', () => {
  const html = (md: string) =>
    renderMarkdown(md)
      .segments.map((s) => (s.kind === 'html' ? s.html : `[${s.kind}]`))
      .join('');

  it('shows a <script> block as text', () => {
    expect(html('<script>alert(1)</script>\n')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
    // A comment followed by markup is not a comment alone: all of it is text.
    expect(html('<!-- note --><script>alert(1)</script>\n')).toBe('<p>&lt;!-- note --&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
  });

  it('shows inline HTML as text', () => {
    expect(html('Look <img src=x onerror="alert(1)"> here')).toBe('<p>Look &lt;img src=x onerror=&quot;alert(1)&quot;&gt; here</p>\n');
    expect(html('## A <b onmouseover="x()">heading</b>')).toBe(
      '<h2 id="a-heading">A &lt;b onmouseover=&quot;x()&quot;&gt;heading&lt;/b&gt;</h2>\n',
    );
  });

  it('drops HTML comments, which the page never showed, and keeps directives', () => {
    expect(html('Before\n\n<!-- @generated:x:start -->\nAfter\n')).toBe('<p>Before</p>\n<p>After</p>\n');
    expect(html('<!-- include: fail-messages -->\n')).toBe('[directive]');
  });

  it('renders a javascript: link as its text', () => {
    expect(html('[click](javascript:alert(1))')).toBe('<p>click</p>\n');
    expect(html('<javascript:alert(1)>')).toBe('<p>javascript:alert(1)</p>\n');
    expect(html('[ref][x]\n\n[x]: javascript:alert(1)')).toBe('<p>ref</p>\n');
  });

  it('renders obfuscated schemes as text: case, spaces, tabs, newlines, character references', () => {
    for (const href of [
      ' JaVaScRiPt:alert(1)',
      '<java\tscript:alert(1)>',
      'java&NewLine;script:alert(1)',
      '&#106;avascript:alert(1)',
      '&#x6A;avascript:alert(1)',
      'javascript&colon;alert(1)',
      'java&Tab;script:alert(1)',
      '&#0000106avascript:alert(1)',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'data:text/html;base64,PHNjcmlwdD4=',
    ]) {
      expect(html(`[click](${href})`), href).toBe('<p>click</p>\n');
    }
  });

  it('writes the address it checked: a character that hides a scheme stays in it, percent-encoded', () => {
    expect(html('[a](&#160;javascript:alert(1))')).toBe('<p><a href="%C2%A0javascript:alert(1)">a</a></p>\n');
    expect(html('[a](/x&#34;onclick=&#34;y)')).toBe('<p><a href="/x%22onclick=%22y">a</a></p>\n');
  });

  it('renders a data: image (or any other scheme) as its alt text', () => {
    expect(html('![a dot](data:image/svg+xml;base64,PHN2Zz4=)')).toBe('<p>a dot</p>\n');
    expect(html('![x](javascript:alert(1))')).toBe('<p>x</p>\n');
    expect(html('![<b title="x" onload=y>](/a.png)')).toBe('<p><img src="/a.png" alt="&lt;b title=&quot;x&quot; onload=y&gt;"></p>\n');
  });

  it('keeps http, https, mailto, relative and #anchor links as they were (a guard: this one passes on the old renderer too)', () => {
    expect(html('[a](http://example.com/x)')).toBe('<p><a href="http://example.com/x">a</a></p>\n');
    expect(html('[a](https://example.com/?q=1&amp;r=2 "The title")')).toBe(
      '<p><a href="https://example.com/?q=1&amp;r=2" title="The title">a</a></p>\n',
    );
    expect(html('[a](HTTPS://example.com)')).toBe('<p><a href="HTTPS://example.com">a</a></p>\n');
    expect(html('[a](mailto:team@example.com)')).toBe('<p><a href="mailto:team@example.com">a</a></p>\n');
    expect(html('[a](networking.md#tls)')).toBe('<p><a href="/docs/networking#tls">a</a></p>\n');
    expect(html('[a](/reference#redis.enabled)')).toBe('<p><a href="/reference#redis.enabled">a</a></p>\n');
    expect(html('[a](../x/y?z=1)')).toBe('<p><a href="../x/y?z=1">a</a></p>\n');
    expect(html('[a](#install)')).toBe('<p><a href="#install">a</a></p>\n');
    expect(html('[a](<has space.md>)')).toBe('<p><a href="has%20space.md">a</a></p>\n');
    expect(html('https://helm.sh and www.example.com')).toBe(
      '<p><a href="https://helm.sh">https://helm.sh</a> and <a href="http://www.example.com">www.example.com</a></p>\n',
    );
    expect(html('![The configurator, light theme](/docs-images/a.png)')).toBe(
      '<p><img src="/docs-images/a.png" alt="The configurator, light theme"></p>\n',
    );
  });
});
