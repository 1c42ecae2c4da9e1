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
// The manifests view's worker (Helm's engine runs in it): a classic worker script, since it loads Go's
// wasm_exec.js with importScripts.
const worker = await build({
  entryPoints: { 'helm-worker': 'components/manifests/helm-worker.ts' },
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2022',
  outdir: OUT,
  entryNames: '[name]-[hash]',
  alias: { '@': path.resolve('.') },
  metafile: true,
  logLevel: 'warning',
});
const workerFile = Object.keys(worker.metafile.outputs)[0]!;
mkdirSync(path.dirname(MANIFEST), { recursive: true });
writeFileSync(
  MANIFEST,
  `${JSON.stringify({ bootstrap: `/islands/${path.basename(entry[0])}`, helmWorker: `/islands/${path.basename(workerFile)}` }, null, 2)}\n`,
);
console.log(`[islands] ${Object.keys(result.metafile.outputs).length} files in public/islands, entry ${path.basename(entry[0])}`);
