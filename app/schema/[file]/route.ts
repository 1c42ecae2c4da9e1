import { readChartText } from '@/lib/chart/files';
import { EDITOR_SCHEMA_FILE } from '@/lib/rules/generated-files';

/**
 * The chart's schemas, byte for byte, for editors: `# yaml-language-server: $schema=<site>/schema/values.editor.schema.json`
 * (types and the chart's rules with their messages; its `$ref` finds values.schema.json next to it).
 */
const FILES = ['values.schema.json', EDITOR_SCHEMA_FILE];

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return FILES.map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const text = FILES.includes(file) ? readChartText(file) : null;
  if (text === null) return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(text, {
    headers: { 'content-type': 'application/schema+json', 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' },
  });
}
