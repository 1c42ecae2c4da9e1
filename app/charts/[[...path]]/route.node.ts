import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { helmRepoDir } from '@/lib/helm-repo/paths';
import { notFoundText, repoFileSpec } from '@/lib/helm-repo/serve';

// Files are read at request time: packaging can add a version without rebuilding the site.
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

type Params = { params: Promise<{ path?: string[] }> };

async function answer(request: Request, { params }: Params, withBody: boolean): Promise<Response> {
  const segments = (await params).path ?? [];
  const pathname = new URL(request.url).pathname;
  if (segments.length === 0) {
    const text = `This is a Helm chart repository. Add it with:\n  helm repo add aeterna ${new URL(request.url).origin}${pathname.replace(/\/$/, '')}\nIndex: ${pathname.replace(/\/$/, '')}/index.yaml\n`;
    return new Response(withBody ? text : null, { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const spec = repoFileSpec(segments);
  const notFound = () =>
    new Response(withBody ? notFoundText(pathname) : null, {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  if (!spec) return notFound();
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(/*turbopackIgnore: true*/ helmRepoDir(), segments[0]!));
  } catch {
    return notFound();
  }
  return new Response(withBody ? new Uint8Array(bytes) : null, {
    status: 200,
    headers: {
      'content-type': spec.contentType,
      'content-length': String(bytes.length),
      'cache-control': spec.cacheControl,
    },
  });
}

export function GET(request: Request, ctx: Params) {
  return answer(request, ctx, true);
}

export function HEAD(request: Request, ctx: Params) {
  return answer(request, ctx, false);
}
