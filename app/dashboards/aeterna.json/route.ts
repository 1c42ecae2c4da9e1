import { readFile } from 'node:fs/promises';
import { DASHBOARD_FILE } from '@/lib/docs/chart-sources';

// The chart's dashboard, byte for byte (read when the site is built; nothing is copied into the sources).
export const dynamic = 'force-static';

export async function GET() {
  const bytes = await readFile(DASHBOARD_FILE).catch(() => null);
  if (!bytes) return new Response('The chart ships no dashboard in this version.\n', { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': 'application/json',
      'content-disposition': 'attachment; filename="aeterna.json"',
      'cache-control': 'public, max-age=300',
    },
  });
}
