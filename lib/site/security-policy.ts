/**
 * The site's security policy, written once. `next start` sends it on every response (proxy.ts: a fresh nonce per
 * request, which Next.js puts on its own scripts); the static export for GitHub Pages cannot send headers, so
 * scripts/export/add-meta-policy.ts writes the part a <meta> can carry into each exported page, with the hashes
 * of that page's inline scripts. The e2e (e2e/security-policy.spec.ts) and the export test
 * (test/ci/static-export.test.ts) fail when a page runs something this policy does not name.
 */
import { createHash } from 'node:crypto';
import { themeBootScript } from './theme';

/** Where the policy goes: an HTTP header, or a <meta http-equiv> in a page that cannot have headers. */
type PolicyDelivery = 'header' | 'meta';

export interface PolicyOptions {
  delivery: PolicyDelivery;
  /** The per-request nonce (base64) that Next.js puts on the scripts it renders. */
  nonce?: string;
  /** Inline scripts' hashes, as CSP sources (`'sha256-…'`, from scriptHash). */
  scriptHashes?: readonly string[];
  /**
   * `next dev` only: React rebuilds server error stacks in the browser with eval. Never in a production build,
   * which is what the tests and the bench serve.
   */
  development?: boolean;
}

/** The CSP source of an inline script: the sha256 of its text as the browser sees it (UTF-8). */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The theme script runs in <head> before first paint on every page: it is allowed by its hash, nonce or not. */
const THEME_BOOT_HASH = scriptHash(themeBootScript);

const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** The Content-Security-Policy text. */
export function contentSecurityPolicy(options: PolicyOptions): string {
  const { delivery, nonce, scriptHashes = [], development = false } = options;
  if (nonce !== undefined && !NONCE.test(nonce)) {
    throw new Error(`a CSP nonce must be base64 (letters, digits, + / - _ and trailing =), got ${JSON.stringify(nonce)}`);
  }
  for (const h of scriptHashes) {
    if (!/^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/.test(h)) {
      throw new Error(`a script hash must be a quoted CSP hash source such as 'sha256-…' (see scriptHash), got ${h}`);
    }
  }
  const scripts = [
    "'self'",
    ...(nonce ? [`'nonce-${nonce}'`] : []),
    ...new Set([THEME_BOOT_HASH, ...scriptHashes]),
    // Helm's engine is Go compiled to WebAssembly (components/manifests/helm-worker.ts): compiling a module
    // needs this, and nothing more than this (never 'unsafe-eval').
    "'wasm-unsafe-eval'",
    ...(development ? ["'unsafe-eval'"] : []),
  ];
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', ...scripts],
    // 'unsafe-inline' for styles only, and because there is no other way: React renders `style` attributes into
    // the server HTML (the form's layout, the dashboard picture), and Monaco injects <style> elements for its
    // themes and decorations at run time, with no nonce option. A nonce here would make browsers ignore
    // 'unsafe-inline', so there is none. Styles cannot run code; scripts stay nonce- or hash-only.
    ['style-src', "'self'", "'unsafe-inline'"],
    // Monaco's stylesheet draws a few icons from data: URLs.
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    // The search index, the schema, the chart archives and the engine; `next dev`'s reload socket is same-origin too.
    ['connect-src', "'self'"],
    // Monaco's editor and YAML workers and the engine's worker are files of this site, never blob: or data:.
    ['worker-src', "'self'"],
    ['frame-src', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    // Browsers ignore frame-ancestors in a <meta> policy (and say so in the console): headers only. The static
    // export has no way to forbid framing; X-Frame-Options is a header too.
    ...(delivery === 'header' ? [['frame-ancestors', "'none'"] as [string, string]] : []),
  ];
  // No upgrade-insecure-requests: `next start` on http://localhost (the tests, `npm run dev`) would have every
  // request rewritten to https and fail; HSTS keeps the deployed site on https instead.
  return directives.map((d) => d.join(' ')).join('; ');
}

/**
 * Referrer: none at all. The site needs no Referer (no analytics, no checks on it), and a page's address can carry
 * what the user typed (the docs search, the configurator's query). The share links keep the configuration in the
 * fragment, which is never sent anyway; no-referrer also keeps the path from external sites (GitHub, Artifact Hub).
 */
const REFERRER_POLICY = 'no-referrer';

/**
 * Features the site never uses, turned off for it and anything it could embed. Clipboard access stays (the copy
 * buttons); only names Chromium knows, since it logs an error for every unknown one.
 */
const PERMISSIONS_POLICY = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
]
  .map((f) => `${f}=()`)
  .join(', ');

/** Every security header of a `next start` response, the policy with this request's nonce included. */
export function securityHeaders(options: { nonce?: string; development?: boolean } = {}): [string, string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy({ delivery: 'header', ...options })],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', REFERRER_POLICY],
    // Two years, subdomains included: what browsers' preload lists ask for. Ignored over plain http (localhost).
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
    // For browsers that predate frame-ancestors.
    ['X-Frame-Options', 'DENY'],
    ['Permissions-Policy', PERMISSIONS_POLICY],
  ];
}

/** MIME types (and `module`) the browser runs; any other `type` makes a <script> a data block, not code. */
const EXECUTABLE_TYPES = new Set([
  '',
  'module',
  'importmap',
  'speculationrules',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'text/ecmascript',
]);

/**
 * The text of each inline script of a page the browser would run (no `src`, no data-block type). The exported
 * pages are Next.js' own output, whose scripts never contain `</script`; the export test checks every page with
 * a real HTML parser against what this finds.
 */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1]!;
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    const t = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
    if (EXECUTABLE_TYPES.has(t)) out.push(m[2]!);
  }
  return out;
}

const CHARSET = /<meta\s+charset=["']?utf-8["']?[^>]*>/i;

/**
 * A page of the static export with its policy: a <meta http-equiv="Content-Security-Policy"> allowing exactly its
 * own inline scripts, and the referrer policy, right after <meta charset> (a meta policy only governs what follows
 * it, and the charset must stay within the first 1024 bytes).
 */
export function withMetaPolicy(html: string, file = 'the page'): string {
  if (/<meta\s+http-equiv=["']?content-security-policy/i.test(html)) {
    throw new Error(`${file} already has a Content-Security-Policy <meta>: run this on a fresh export`);
  }
  const charset = CHARSET.exec(html);
  if (!charset) throw new Error(`${file} has no <meta charset="utf-8">: cannot tell where its <head> starts`);
  const policy = contentSecurityPolicy({ delivery: 'meta', scriptHashes: inlineScripts(html).map(scriptHash) });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/><meta name="referrer" content="${REFERRER_POLICY}"/>`;
  const at = charset.index + charset[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
