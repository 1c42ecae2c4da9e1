/**
 * Bundles the islands (components/islands/) with esbuild into public/islands/ (git-ignored): ES modules,
 * minified, with the search and the reference filter split into chunks that load on first use. File names carry
 * a content hash, so they can be cached forever; lib/site/generated/islands.json names the entry for the pages.
 */
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const OUT = path.resolve('public/islands');
const MANIFEST = path.resolve('lib/site/generated/islands.json');

rmSync(OUT, { recursive: true, force: true });
const result = await build({
  entryPoints: { bootstrap: 'components/islands/bootstrap.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outdir: OUT,
  entryNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
  alias: { '@': path.resolve('.') },
  metafile: true,
  logLevel: 'warning',
});
const entry = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === 'components/islands/bootstrap.ts');
if (!entry) throw new Error('esbuild wrote no bootstrap entry');
mkdirSync(path.dirname(MANIFEST), { recursive: true });
writeFileSync(MANIFEST, `${JSON.stringify({ bootstrap: `/islands/${path.basename(entry[0])}` }, null, 2)}\n`);
console.log(`[islands] ${Object.keys(result.metafile.outputs).length} files in public/islands, entry ${path.basename(entry[0])}`);
