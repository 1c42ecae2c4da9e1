import { loadAllDocs } from '@/lib/docs/content';
import { loadDashboard, loadValidationMessages } from '@/lib/docs/chart-sources';
import { buildSearchIndex, docsSearchDocs, generatedSearchDocs, referenceSearchDocs } from '@/lib/docs/search-index';
import { loadReference } from '@/lib/reference/load';

// Built once with the site; the search box fetches it only when someone starts searching.
export const dynamic = 'force-static';

export function GET() {
  const docs = loadAllDocs();
  const index = buildSearchIndex([
    ...docsSearchDocs(docs),
    ...generatedSearchDocs(docs, loadValidationMessages(), loadDashboard()),
    ...referenceSearchDocs(loadReference()),
  ]);
  return new Response(JSON.stringify(index), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' },
  });
}
