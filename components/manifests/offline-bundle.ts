/**
 * Fetches what the offline bundle carries from this site (the chart archive under /charts, its `.prov` when the
 * site has one, the values schema) and saves the zip. Loaded on click (ImagesPanel), with the zip library.
 */
import { bundleFiles } from '@/lib/images/bundle';
import type { MirrorCopy } from '@/lib/images/private-registry';
import { zipBundle } from '@/lib/images/zip';

interface Request {
  archiveUrl: string;
  registry: string;
  values: string;
  copies: MirrorCopy[];
  clashes: string[][];
}

/** `/base/charts/aeterna-0.2.0.tgz` → the chart's name and version, as `helm package` names the archive. */
function chartOf(archiveUrl: string): { name: string; version: string } {
  const m = /([a-z0-9-]+?)-(\d+\.\d+\.\d+[^/]*)\.tgz$/.exec(archiveUrl);
  if (!m) throw new Error(`not a chart archive: ${archiveUrl}`);
  return { name: m[1]!, version: m[2]! };
}

async function bytes(url: string): Promise<Uint8Array | null> {
  const r = await fetch(url);
  if (r.status === 404) return null;
  if (!r.ok) throw new Error(`${url}: ${r.status} ${r.statusText}`);
  return new Uint8Array(await r.arrayBuffer());
}

export async function offlineBundle(req: Request): Promise<void> {
  const chart = chartOf(req.archiveUrl);
  const schemaUrl = req.archiveUrl.replace(/\/charts\/[^/]+$/, '/schema/values.schema.json');
  const [archive, provenance, schema] = await Promise.all([bytes(req.archiveUrl), bytes(`${req.archiveUrl}.prov`), bytes(schemaUrl)]);
  if (!archive) throw new Error(`${req.archiveUrl} is not served`);
  if (!schema) throw new Error(`${schemaUrl} is not served`);
  const files = bundleFiles({ chart, archive, provenance, schemaText: new TextDecoder().decode(schema), ...req });
  const zip = zipBundle(files);
  const url = URL.createObjectURL(new Blob([zip as BlobPart], { type: 'application/zip' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${chart.name}-${chart.version}-offline.zip`;
  a.click();
  URL.revokeObjectURL(url);
}
