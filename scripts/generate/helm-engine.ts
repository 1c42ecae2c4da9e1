/**
 * Builds Helm's engine for the browser (helm-engine, Helm 4 as pinned in its go.mod) with
 * GOOS=js GOARCH=wasm into public/helm-engine/ (git-ignored), with Go's own wasm_exec.js, both under
 * content-hashed names so they can be cached forever. lib/site/generated/helm-engine.json names them for the
 * page, and public/helm-engine/engine.json for a page that waits for it. Rebuilt only when the module's sources (or
 * the form written here) change (about 1.5 minutes on 2 cores, more with the modules to download).
 *
 *   tsx scripts/generate/helm-engine.ts               # build now (npm run generate, before a production build)
 *   tsx scripts/generate/helm-engine.ts --background  # npm run dev: build behind the running site, which serves at once;
 *                                                  # the manifests view says it is being built and opens when it is ready
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { engineBuildArgs, ENGINE_GO_ENV } from './helm-engine-build';

const SRC = path.resolve('helm-engine');

const OUT = path.resolve('public/helm-engine');
const MANIFEST = path.resolve('lib/site/generated/helm-engine.json');

const hash = (b: Buffer | string) => createHash('sha256').update(b).digest('hex').slice(0, 16);

function goEnv(name: string): string {
  return spawnSync('go', ['env', name], { encoding: 'utf8' }).stdout.trim();
}

// Bumped when what this script writes changes, so an older build is not taken as up to date.
const OUTPUT_FORM = 'raw .wasm and its .wasm.br, served compressed by the server or host; build flags of helm-engine-build.ts v2';
const sourceHash = hash(
  OUTPUT_FORM +
    readdirSync(SRC)
      .filter((f) => /\.(go|mod|sum)$/.test(f))
      .sort()
      .map((f) => `${f}\n${readFileSync(path.join(SRC, f), 'utf8')}`)
      .join('\n'),
);
const stamp = path.join(OUT, '.source');
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === sourceHash && existsSync(MANIFEST)) {
  console.log('[helm-engine] up to date');
  process.exit(0);
}

if (process.argv.includes('--background')) {
  const log = path.resolve('.cache/helm-engine-build.log');
  const pidFile = path.resolve('.cache/helm-engine-build.pid');
  mkdirSync(path.dirname(log), { recursive: true });
  const running = existsSync(pidFile) && isAlive(Number(readFileSync(pidFile, 'utf8')));
  if (!running) {
    const fd = openSync(log, 'w');
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!], { detached: true, stdio: ['ignore', fd, fd] });
    writeFileSync(pidFile, String(child.pid));
    child.unref();
  }
  console.log(
    `[helm-engine] ${running ? 'still building' : 'building'} in the background (log: ${path.relative(process.cwd(), log)}); the manifests view opens when it is ready`,
  );
  process.exit(0);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

if (spawnSync('go', ['version']).status !== 0) {
  console.error('[helm-engine] Go is needed to build the manifests view engine (the same Go that builds helm).');
  process.exit(1);
}
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const start = Date.now();
const tmp = path.join(OUT, 'helm.wasm');
const r = spawnSync('go', engineBuildArgs(tmp), { cwd: SRC, stdio: 'inherit', env: { ...process.env, ...ENGINE_GO_ENV } });
if (r.status !== 0) {
  console.error('[helm-engine] go build failed: the Go module proxy must be reachable');
  process.exit(1);
}
const wasm = readFileSync(tmp);
rmSync(tmp);
// Served as it is, application/wasm, for the server or host to compress (Next.js does, as do GitHub Pages, Netlify
// and CloudFront): the worker compiles it with WebAssembly.instantiateStreaming(fetch(url)), and only a response
// streamed from the HTTP cache lets the browser keep the machine code it compiled (V8's code cache) for later
// visits. A .wasm.gz unpacked in the page would be smaller to ship but compiled afresh on every visit. Beside it,
// the same bytes in brotli (a third smaller than gzip): `next start` sends them, as Content-Encoding: br, to a
// browser that accepts br (next.config.mjs), since Next.js only compresses with gzip itself.
const wasmName = `helm-${hash(wasm)}.wasm`;
writeFileSync(path.join(OUT, wasmName), wasm);
const gz = gzipSync(wasm, { level: 9 });
const br = brotliCompressSync(wasm, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: wasm.length },
});
console.log(
  `[helm-engine] ${(wasm.length / 1e6).toFixed(1)} MB raw; gzip -9 ${(gz.length / 1e6).toFixed(1)} MB; brotli 9 ${(br.length / 1e6).toFixed(1)} MB`,
);
writeFileSync(path.join(OUT, `${wasmName}.br`), br);
const execJs = readFileSync(path.join(goEnv('GOROOT'), 'lib', 'wasm', 'wasm_exec.js'));
const execName = `wasm_exec-${hash(execJs)}.js`;
writeFileSync(path.join(OUT, execName), execJs);
writeFileSync(stamp, sourceHash);
mkdirSync(path.dirname(MANIFEST), { recursive: true });
const manifest = `${JSON.stringify({ wasm: `/helm-engine/${wasmName}`, wasmExec: `/helm-engine/${execName}`, bytes: wasm.length, downloadBytes: gz.length }, null, 2)}\n`;
writeFileSync(MANIFEST, manifest);
// Last: a page waiting for the engine (npm run dev's first run) polls this file and opens the view once it exists.
writeFileSync(path.join(OUT, 'engine.json'), manifest);
console.log(`[helm-engine] built ${wasmName} in ${Math.round((Date.now() - start) / 1000)} s`);
