import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScripts, scriptHash, securityHeaders, withMetaPolicy } from './security-policy';
import { themeBootScript } from './theme';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
const themeHash = `'sha256-${createHash('sha256').update(themeBootScript).digest('base64')}'`;

describe('contentSecurityPolicy', () => {
  it('allows scripts from the site, by nonce and by hash, and WebAssembly, but never inline code or eval', () => {
    const d = directives(contentSecurityPolicy({ delivery: 'header', nonce: 'abc+/=' }));
    expect(d.get('script-src')).toEqual(["'self'", "'nonce-abc+/='", themeHash, "'wasm-unsafe-eval'"]);
    expect(d.get('worker-src')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('default-src')).toEqual(["'self'"]);
  });

  it("adds 'unsafe-eval' for next dev only", () => {
    expect(directives(contentSecurityPolicy({ delivery: 'header', development: true })).get('script-src')).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ delivery: 'header' })).not.toContain("'unsafe-eval'");
  });

  it('leaves frame-ancestors out of a <meta> policy (browsers ignore it there) and lists each hash once', () => {
    const h = scriptHash('x()');
    const d = directives(contentSecurityPolicy({ delivery: 'meta', scriptHashes: [h, h, themeHash] }));
    expect(d.has('frame-ancestors')).toBe(false);
    expect(d.get('script-src')).toEqual(["'self'", themeHash, h, "'wasm-unsafe-eval'"]);
  });

  it('refuses a nonce or a hash that would break the policy text, saying what it expects', () => {
    expect(() => contentSecurityPolicy({ delivery: 'header', nonce: "a'; script-src *" })).toThrow(
      `a CSP nonce must be base64 (letters, digits, + / - _ and trailing =), got "a'; script-src *"`,
    );
    expect(() => contentSecurityPolicy({ delivery: 'meta', scriptHashes: ['sha256-abc='] })).toThrow(
      "a script hash must be a quoted CSP hash source such as 'sha256-…' (see scriptHash), got sha256-abc=",
    );
  });
});

describe('scriptHash', () => {
  it('is the base64 sha256 of the UTF-8 text, as browsers compute it', () => {
    // Known value: printf 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(scriptHash('é')).toBe(
      `'sha256-${createHash('sha256')
        .update(Buffer.from([0xc3, 0xa9]))
        .digest('base64')}'`,
    );
  });
});

describe('securityHeaders', () => {
  it('sends the policy with the nonce, nosniff, no referrer, HSTS, no framing and no unused features', () => {
    const h = new Map(securityHeaders({ nonce: 'n0nce' }));
    expect(h.get('Content-Security-Policy')).toContain("'nonce-n0nce'");
    expect(h.get('X-Content-Type-Options')).toBe('nosniff');
    expect(h.get('Referrer-Policy')).toBe('no-referrer');
    expect(h.get('Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains');
    expect(h.get('X-Frame-Options')).toBe('DENY');
    expect(h.get('Permissions-Policy')).toMatch(/^(?:[a-z-]+=\(\), )*[a-z-]+=\(\)$/);
    expect(h.get('Permissions-Policy')).toContain('camera=()');
    expect(h.get('Permissions-Policy')).not.toContain('clipboard');
  });
});

describe('inlineScripts', () => {
  it('finds the scripts a browser runs inline, not external ones or data blocks', () => {
    const html =
      '<script>a()</script><script src="/x.js"></script><script type="module">b()</script>' +
      '<script type="application/json">{"c":1}</script><SCRIPT id="_R_" type="text/javascript">d()</SCRIPT >' +
      '<script async="" src=/y.js></script><script>\n</script>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()', 'd()', '\n']);
  });
});

describe('withMetaPolicy', () => {
  const page = '<!DOCTYPE html><html><head><meta charSet="utf-8"/><script>a()</script></head><body><script>b()</script></body></html>';

  it('puts the policy with the hash of each inline script right after the charset, and the referrer policy', () => {
    const out = withMetaPolicy(page);
    const meta =
      /<meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="([^"]+)"\/><meta name="referrer" content="no-referrer"\/><script>/.exec(
        out,
      );
    expect(meta).not.toBeNull();
    expect(directives(meta![1]!).get('script-src')).toEqual([
      "'self'",
      themeHash,
      scriptHash('a()'),
      scriptHash('b()'),
      "'wasm-unsafe-eval'",
    ]);
    expect(out.replace(/<meta http-equiv[^>]+><meta name="referrer"[^>]+>/, '')).toBe(page);
  });

  it('refuses a page that has a policy already, or no charset to place it after', () => {
    expect(() => withMetaPolicy(withMetaPolicy(page), 'out/index.html')).toThrow(
      'out/index.html already has a Content-Security-Policy <meta>: run this on a fresh export',
    );
    expect(() => withMetaPolicy('<html><head></head></html>', 'out/x.html')).toThrow(
      'out/x.html has no <meta charset="utf-8">: cannot tell where its <head> starts',
    );
  });
});
