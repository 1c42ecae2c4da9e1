/**
 * Builds Helm's engine for the browser (scripts/helm-wasm, Helm 4 as pinned in its go.mod) with
 * GOOS=js GOARCH=wasm into public/helm-engine/ (git-ignored) as a gzip file, with Go's own wasm_exec.js, both under
 * content-hashed names so they can be cached forever. lib/site/generated/helm-engine.json names them for the
 * page. Rebuilt only when the module's sources change (about 1.5 minutes on 2 cores).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const SRC = path.resolve('scripts/helm-wasm');

const OUT = path.resolve('public/helm-engine');
const MANIFEST = path.resolve('lib/site/generated/helm-engine.json');

const hash = (b: Buffer | string) => createHash('sha256').update(b).digest('hex').slice(0, 16);

function goEnv(name: string): string {
  return spawnSync('go', ['env', name], { encoding: 'utf8' }).stdout.trim();
}

const sourceHash = hash(
  readdirSync(SRC)
    .filter((f) => /\.(go|mod|sum)$/.test(f))
    .sort()
    .map((f) => `${f}\n${readFileSync(path.join(SRC, f), 'utf8')}`)
    .join('\n'),
);
const stamp = path.join(OUT, '.source');
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === sourceHash  && existsSync(MANIFEST)) {
  console.log('[helm-engine] up to date');
  process.exit(0);
}

if (spawnSync('go', ['version']).status !== 0) {
  console.error('[helm-engine] Go is needed to build the manifests view engine (the same Go that builds helm).');
  process.exit(1);
}
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const start = Date.now();
const tmp = path.join(OUT, 'helm.wasm');
const r = spawnSync('go', ['build', '-trimpath', '-ldflags=-s -w', '-o', tmp, '.'], {
  cwd: SRC,
  stdio: 'inherit',
  env: { ...process.env, GOOS: 'js', GOARCH: 'wasm', GOFLAGS: '-mod=readonly' },
});
if (r.status !== 0) {
  console.error('[helm-engine] go build failed: the Go module proxy must be reachable');
  process.exit(1);
}
const wasm = readFileSync(tmp);
rmSync(tmp);
// Served as a gzip file, compressed once here (gzip -9), and unpacked by the worker with DecompressionStream while
// it streams in: no server or host compresses 80 MB per request, and the static export ships 14 MB, not 80.
// Brotli would be smaller still (measured below), but browsers can only unpack it as a Content-Encoding, which
// the Next.js server does not let a route or a static file set.
const gz = gzipSync(wasm, { level: 9 });
const wasmName = `helm-${hash(wasm)}.wasm.gz`;
writeFileSync(path.join(OUT, wasmName), gz);
const br = brotliCompressSync(wasm, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: wasm.length },
});
console.log(`[helm-engine] ${(wasm.length / 1e6).toFixed(1)} MB raw; gzip -9 ${(gz.length / 1e6).toFixed(1)} MB (served); brotli 9 would be ${(br.length / 1e6).toFixed(1)} MB`);
const execJs = readFileSync(path.join(goEnv('GOROOT'), 'lib', 'wasm', 'wasm_exec.js'));
const execName = `wasm_exec-${hash(execJs)}.js`;
writeFileSync(path.join(OUT, execName), execJs);
writeFileSync(stamp, sourceHash);
mkdirSync(path.dirname(MANIFEST), { recursive: true });
writeFileSync(
  MANIFEST,
  `${JSON.stringify({ wasm: `/helm-engine/${wasmName}`, wasmExec: `/helm-engine/${execName}`, bytes: gz.length, rawBytes: wasm.length }, null, 2)}\n`,
);
console.log(`[helm-engine] built ${wasmName} in ${Math.round((Date.now() - start) / 1000)} s`);
