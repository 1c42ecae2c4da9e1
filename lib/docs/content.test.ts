import { describe, expect, it } from 'vitest';
import { loadReference } from '@/lib/reference/load';
import { referenceVersions } from '@/lib/reference/versions';
import { loadAllDocs, loadDoc } from './content';
import { DIRECTIVES } from './directives';

const KNOWN_DIRECTIVES = new Set<string>(DIRECTIVES);

describe('content/docs', () => {
  const docs = loadAllDocs();
  const bySlug = new Map(docs.map((d) => [d.slug, d]));
  const values = new Set(loadReference().entries.map((e) => e.path));

  it('covers the topics people install the chart for', () => {
    for (const slug of [
      'getting-started',
      'dependencies',
      'networking',
      'scaling',
      'security',
      'observability',
      'grafana-dashboard',
      'helm-test',
      'troubleshooting',
      'upgrading',
    ]) {
      expect(bySlug.has(slug), `missing docs page ${slug}`).toBe(true);
    }
  });

  it('links only to values that exist in the chart, and to docs pages and headings that exist', () => {
    const sitePaths = ['/reference', '/docs', '/configure', '/reference/changes', ...referenceVersions.map((v) => `/reference/${v}`)];
    const broken: string[] = [];
    for (const d of docs) {
      const html = d.rendered.segments.map((s) => (s.kind === 'html' ? s.html : '')).join('');
      for (const [, href] of html.matchAll(/href="([^"]+)"/g)) {
        const h = href!.replace(/&amp;/g, '&');
        const ref = /^\/reference#(.+)$/.exec(h);
        if (ref) {
          if (!values.has(decodeURIComponent(ref[1]!))) broken.push(`${d.slug}: ${h}`);
          continue;
        }
        const doc = /^\/docs\/([a-z0-9-]+)(?:#(.+))?$/.exec(h);
        if (doc) {
          const target = bySlug.get(doc[1]!);
          if (!target) broken.push(`${d.slug}: ${h}`);
          else if (doc[2] && !target.rendered.headings.some((x) => x.id === doc[2])) broken.push(`${d.slug}: ${h} (no such heading)`);
          continue;
        }
        if (h.startsWith('#')) {
          if (!d.rendered.headings.some((x) => x.id === h.slice(1))) broken.push(`${d.slug}: ${h} (no such heading)`);
          continue;
        }
        if (h.startsWith('/') && !sitePaths.includes(h)) broken.push(`${d.slug}: ${h} (unknown site path)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('uses only directives the pages know how to fill', () => {
    const unknown = docs.flatMap((d) =>
      d.rendered.segments
        .filter((s) => s.kind === 'directive' && !KNOWN_DIRECTIVES.has(s.name))
        .map((s) => `${d.slug}: ${(s as { name: string }).name}`),
    );
    expect(unknown).toEqual([]);
  });
});

describe('/docs/upgrading', () => {
  it('includes the chart UPGRADING.md with its version headings', async () => {
    const { readFileSync } = await import('node:fs');
    const { upgradeEntries } = await import('./upgrading');
    const doc = loadDoc('upgrading')!;
    const notes = readFileSync('charts/aeterna/UPGRADING.md', 'utf8');
    const versions = upgradeEntries(notes);
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) expect(doc.rendered.headings.map((h) => h.text)).toContain(v.heading);
  });
});
