import { NextResponse, type NextRequest } from 'next/server';
import { securityHeaders } from '@/lib/site/security-policy';

/**
 * The security headers of every `next start` response: pages, the Helm repository under /charts, the islands,
 * Next's chunks, the engine (a worker's policy is the one its own script was served with). Next.js reads the
 * nonce from the request's Content-Security-Policy and puts it on every script it renders; that needs a page
 * rendered per request, which is why app/layout.tsx asks for one. The static pages (Pages Router) only have the
 * theme script inline, allowed by its hash, so they stay prerendered. The static export has no proxy: see
 * scripts/export/add-meta-policy.ts.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const headers = securityHeaders({ nonce, development: process.env.NODE_ENV === 'development' });
  const csp = headers.find(([k]) => k === 'Content-Security-Policy')![1];
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [key, value] of headers) response.headers.set(key, value);
  return response;
}
