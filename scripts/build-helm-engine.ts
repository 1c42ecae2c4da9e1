/**
 * Builds Helm's engine for the browser (scripts/helm-wasm, Helm 4 as pinned in its go.mod) with
 * GOOS=js GOARCH=wasm into public/helm-engine/ (git-ignored), with Go's own wasm_exec.js, both under
 * content-hashed names so they can be cached forever. lib/site/generated/helm-engine.json names them for the
 * page. Rebuilt only when the module's sources change (about 1.5 minutes on 2 cores).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === sourceHash && existsSync(MANIFEST)) {
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
const wasmName = `helm-${hash(wasm)}.wasm`;
copyFileSync(tmp, path.join(OUT, wasmName));
rmSync(tmp);
const execJs = readFileSync(path.join(goEnv('GOROOT'), 'lib', 'wasm', 'wasm_exec.js'));
const execName = `wasm_exec-${hash(execJs)}.js`;
writeFileSync(path.join(OUT, execName), execJs);
writeFileSync(stamp, sourceHash);
mkdirSync(path.dirname(MANIFEST), { recursive: true });
writeFileSync(MANIFEST, `${JSON.stringify({ wasm: `/helm-engine/${wasmName}`, wasmExec: `/helm-engine/${execName}`, bytes: wasm.length }, null, 2)}\n`);
console.log(`[helm-engine] built ${wasmName} (${(wasm.length / 1e6).toFixed(1)} MB) in ${Math.round((Date.now() - start) / 1000)} s`);
