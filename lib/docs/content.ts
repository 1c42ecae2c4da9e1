import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CHART_DIR } from '@/lib/reference/load';
import { readChartFile } from './chart-sources';
import { parseFrontMatter, renderMarkdown, type RenderedMarkdown } from './markdown';

/** Hand-written docs live in content/docs/<slug>.md; the upgrade notes live in the chart itself. */
const DOCS_DIR = path.resolve(process.cwd(), 'content', 'docs');
const UPGRADING_FILE = path.join(CHART_DIR, 'UPGRADING.md');

export interface DocMeta {
  slug: string;
  title: string;
  description: string;
  order: number;
  /** File the page is generated from, relative to the repository root. */
  source: string;
}

export interface Doc extends DocMeta {
  rendered: RenderedMarkdown;
}

function fromFile(file: string, slug: string, defaults: Partial<DocMeta> = {}): { meta: DocMeta; body: string } {
  const { data, body } = parseFrontMatter(readFileSync(file, 'utf8'));
  const h1 = /^#\s+(.+)$/m.exec(body)?.[1]?.trim();
  return {
    meta: {
      slug,
      title: typeof data.title === 'string' ? data.title : (defaults.title ?? h1 ?? slug),
      description: typeof data.description === 'string' ? data.description : (defaults.description ?? ''),
      order: typeof data.order === 'number' ? data.order : (defaults.order ?? 100),
      source: path.relative(process.cwd(), file),
    },
    body,
  };
}

function sources(docsDir: string, upgradingFile: string): { file: string; slug: string; defaults?: Partial<DocMeta> }[] {
  const files: { file: string; slug: string; defaults?: Partial<DocMeta> }[] = existsSync(docsDir)
    ? readdirSync(docsDir)
        .filter((f) => f.endsWith('.md'))
        .map((f) => ({ file: path.join(docsDir, f), slug: f.replace(/\.md$/, '') }))
    : [];
  if (existsSync(upgradingFile) && !files.some((f) => f.slug === 'upgrading')) {
    files.push({
      file: upgradingFile,
      slug: 'upgrading',
      defaults: { title: 'Upgrade notes', description: 'Breaking changes and migration steps, one entry per chart version.', order: 90 },
    });
  }
  return files;
}

export function listDocs(docsDir = DOCS_DIR, upgradingFile = UPGRADING_FILE): DocMeta[] {
  return sources(docsDir, upgradingFile)
    .map((s) => fromFile(s.file, s.slug, s.defaults).meta)
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}

const MARKDOWN_INCLUDE = /^[ \t]*<!--\s*include:\s*chart-markdown\s+(\S+)\s*-->[ \t]*$/gm;

/**
 * Inlines `<!-- include: chart-markdown FILE -->` with a Markdown file of the chart (its `# title` dropped, its
 * headings kept), before rendering, so the included headings get anchors and are searchable like the rest.
 */
function inlineChartMarkdown(body: string): string {
  return body.replace(MARKDOWN_INCLUDE, (_m, rel: string) => {
    const text = readChartFile(rel);
    if (text === null) return `> The chart does not ship ${rel} in this version.`;
    return text.replace(/^\s*#\s+.+\r?\n/, '');
  });
}

export function loadDoc(slug: string, opts: { basePath?: string; docsDir?: string; upgradingFile?: string } = {}): Doc | null {
  const src = sources(opts.docsDir ?? DOCS_DIR, opts.upgradingFile ?? UPGRADING_FILE).find((s) => s.slug === slug);
  if (!src) return null;
  const { meta, body } = fromFile(src.file, src.slug, src.defaults);
  // The page shows the title itself: drop a leading `# Title` so it is not repeated.
  const withoutH1 = inlineChartMarkdown(body.replace(/^\s*#\s+.+\r?\n/, ''));
  return { ...meta, rendered: renderMarkdown(withoutH1, { basePath: opts.basePath }) };
}

/** Every docs page, rendered, in menu order (for the search index and the reference's backlinks). */
export function loadAllDocs(): Doc[] {
  return listDocs()
    .map((d) => loadDoc(d.slug))
    .filter((d) => d !== null);
}
