import { Marked, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import { escapeHtml } from '@/lib/reference/html';

/**
 * Markdown to page segments. Fenced code blocks at the top level become their own segments so the page can
 * render them with the copy-button CodeBlock; `<!-- include: name -->` lines become directive segments that
 * the page fills with generated content (fail messages, dashboard picture...). Everything else is HTML.
 */
export type Segment =
  | { kind: 'html'; html: string }
  | { kind: 'code'; code: string; lang: string }
  | { kind: 'directive'; name: string; arg: string; /** id of the `##` section it sits in ('' before any). */ section: string };

export interface Heading {
  depth: number;
  text: string;
  id: string;
}

export interface RenderedMarkdown {
  segments: Segment[];
  headings: Heading[];
  /** Plain text per `##` section, for the search index. */
  sections: { id: string; title: string; text: string }[];
}

export interface RenderOptions {
  /** Prefix for site-absolute links (`/reference` → `/base/reference`), from next.config basePath. */
  basePath?: string;
}

const DIRECTIVE = /^\s*<!--\s*include:\s*([a-z0-9-]+)(?:\s+(.*?))?\s*-->\s*$/i;

export function parseFrontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { data: {}, body: text };
  const data = parseYaml(m[1]!) as unknown;
  return { data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, body: text.slice(m[0].length) };
}

export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/<[^>]+>/g, '')
      .replace(/[`*_~[\]()]/g, '')
      .replace(/[^a-z0-9.\- ]+/g, ' ')
      .trim()
      .replace(/[\s.]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '') || 'section'
  );
}

/** Rewrites links between docs files (`networking.md#tls` → `/docs/networking#tls`) and adds the base path. */
export function rewriteHref(href: string, basePath = ''): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('//')) return href;
  let h = href;
  const md = /^(?:\.\/)?([a-z0-9-]+)\.md(#.*)?$/i.exec(h);
  if (md) h = `/docs/${md[1]}${md[2] ?? ''}`;
  if (h.startsWith('/') && basePath) h = `${basePath.replace(/\/+$/, '')}${h}`;
  return h;
}

/**
 * The docs are repository content, but a careless change must not ship a script: raw HTML is shown as text and
 * links and images may only point to http(s), mailto or a relative address.
 */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);
const HTML_COMMENT = /^\s*<!--(?:(?!-->)[\s\S])*-->\s*$/;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', Tab: '\t', NewLine: '\n' };

/**
 * marked passes a destination's character references through for the browser to decode (`&#106;avascript:` is
 * `javascript:` to it). They are decoded here and the result is escaped whole, so the browser reads exactly the
 * string that was checked; a name outside this short list stays literal text, never a scheme.
 */
function decodeReferences(s: string): string {
  return s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));?/gi, (ref, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? ref;
    const code = parseInt(dec ?? hex!, dec !== undefined ? 10 : 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** The attribute value for a link or image address, or null when its scheme is not allowed. */
function safeUrl(href: string): string | null {
  // Trimmed as browsers trim (controls and spaces only: String#trim would also drop U+00A0, which they keep).
  const url = decodeReferences(href).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  // Browsers also drop tabs and newlines inside a URL: `java\tscript:` runs. Removing every control and space is
  // stricter still, so nothing that reads as a scheme to them passes here.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]+/g, ''))?.[1];
  if (scheme !== undefined && !ALLOWED_SCHEMES.has(scheme.toLowerCase())) return null;
  try {
    // What is checked is what is written: percent-encoded (no browser decodes that in a scheme), then escaped.
    return escapeHtml(encodeURI(url).replace(/%25/g, '%'));
  } catch {
    return null; // a lone surrogate: not a URL anyone meant
  }
}

const titleAttr = (title: string | null | undefined) => (title ? ` title="${escapeHtml(decodeReferences(title))}"` : '');

function plainText(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  return tokens
    .map((t) => {
      if ('tokens' in t && Array.isArray(t.tokens) && t.tokens.length) return plainText(t.tokens as Token[]);
      if (t.type === 'list') return (t as Tokens.List).items.map((i) => plainText(i.tokens)).join(' ');
      if (t.type === 'table') {
        const tab = t as Tokens.Table;
        return [...tab.header, ...tab.rows.flat()].map((c) => plainText(c.tokens)).join(' ');
      }
      if (t.type === 'html') return '';
      return 'text' in t && typeof t.text === 'string' ? t.text : '';
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function renderMarkdown(markdown: string, opts: RenderOptions = {}): RenderedMarkdown {
  const headings: Heading[] = [];
  const used = new Map<string, number>();
  const uniqueId = (text: string) => {
    const base = slugify(text);
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    return n === 0 ? base : `${base}-${n}`;
  };

  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }) {
        const text = plainText(tokens);
        const id = uniqueId(text);
        headings.push({ depth, text, id });
        return `<h${depth} id="${escapeHtml(id)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      html({ text, block }) {
        // Invisible either way; the chart's generated UPGRADING.md keeps its generator markers in comments.
        if (HTML_COMMENT.test(text)) return '';
        return block ? `<p>${escapeHtml(text.trim())}</p>\n` : escapeHtml(text);
      },
      link({ href, title, tokens }) {
        const text = this.parser.parseInline(tokens);
        const url = safeUrl(href);
        return url === null ? text : `<a href="${url}"${titleAttr(title)}>${text}</a>`;
      },
      image({ href, title, tokens }) {
        const url = safeUrl(href);
        // marked's text renderer gives the alt's raw text (inline HTML included): escaped whole, like the href.
        const alt = escapeHtml(decodeReferences(this.parser.parseInline(tokens, this.parser.textRenderer)));
        return url === null ? alt : `<img src="${url}" alt="${alt}"${titleAttr(title)}>`;
      },
      code({ text, lang }) {
        const cls = lang ? ` class="language-${escapeHtml(lang.split(/\s/)[0]!)}"` : '';
        return `<pre tabindex="0"><code${cls}>${escapeHtml(text)}</code></pre>\n`;
      },
    },
  });

  const tokens = marked.lexer(markdown);
  marked.walkTokens(tokens, (t) => {
    if (t.type === 'link' || t.type === 'image') t.href = rewriteHref(t.href, opts.basePath);
  });
  const segments: Segment[] = [];
  const sections: RenderedMarkdown['sections'] = [];
  let pending: Token[] = [];
  let current = { id: '', title: '', text: [] as string[] };

  const flush = () => {
    if (!pending.length) return;
    const list = Object.assign(pending, { links: tokens.links });
    const html = marked
      .parser(list)
      .replace(/<table>/g, '<div class="table-wrap" tabindex="0"><table>')
      .replace(/<\/table>/g, '</table></div>');
    if (html.trim()) segments.push({ kind: 'html', html });
    pending = [];
  };

  for (const t of tokens) {
    if (t.type === 'heading' && (t as Tokens.Heading).depth <= 2) {
      if (current.text.length || current.id) sections.push({ id: current.id, title: current.title, text: current.text.join(' ') });
      // The id is assigned by the renderer on flush; compute the same one here without consuming it.
      const text = plainText((t as Tokens.Heading).tokens);
      const base = slugify(text);
      const n = used.get(base) ?? 0;
      current = { id: n === 0 ? base : `${base}-${n}`, title: text, text: [] };
    } else if (t.type === 'code') {
      current.text.push((t as Tokens.Code).text);
    } else if (t.type !== 'html' && t.type !== 'space') {
      current.text.push(plainText([t]));
    }

    if (t.type === 'code' && !/^\s{4}/.test(t.raw)) {
      flush();
      const c = t as Tokens.Code;
      segments.push({ kind: 'code', code: c.text, lang: (c.lang ?? '').split(/\s/)[0] ?? '' });
      continue;
    }
    const dir = t.type === 'html' ? DIRECTIVE.exec((t as Tokens.HTML).text) : null;
    if (dir) {
      flush();
      segments.push({ kind: 'directive', name: dir[1]!.toLowerCase(), arg: dir[2] ?? '', section: current.id });
      continue;
    }
    pending.push(t);
    // Headings are rendered (and their ids assigned) in document order: flush each so `used` stays in step.
    if (t.type === 'heading') flush();
  }
  flush();
  if (current.text.length || current.id) sections.push({ id: current.id, title: current.title, text: current.text.join(' ') });
  return { segments, headings, sections };
}
