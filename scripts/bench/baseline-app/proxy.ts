import { NextResponse } from 'next/server';

/**
 * Without a proxy of its own, Turbopack builds the baseline with the site's (the repository's proxy.ts, found
 * through turbopack.root), whose '@/' imports do not resolve here. This one matches no page, so the baseline's
 * responses stay as bare as before.
 */
export function proxy() {
  return NextResponse.next();
}

export const config = { matcher: '/__baseline-has-no-proxy' };
