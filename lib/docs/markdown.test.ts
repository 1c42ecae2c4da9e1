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
