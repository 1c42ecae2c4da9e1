import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const MANIFEST = path.join(process.cwd(), 'lib', 'site', 'generated', 'islands.json');

/** Path (under the site's base path) of the islands' entry script, bundled by scripts/generate/islands.ts. */
export function islandsEntry(): string {
  if (!existsSync(MANIFEST)) {
    throw new Error(`${MANIFEST} is missing: the islands are not bundled. Run: npm run generate`);
  }
  return (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { bootstrap: string }).bootstrap;
}

const ENGINE_MANIFEST = path.join(process.cwd(), 'lib', 'site', 'generated', 'helm-engine.json');

/** Files of the manifests view's engine (scripts/generate/helm-engine.ts, scripts/generate/islands.ts), under the base path. */
export interface HelmEngineFiles {
  worker: string;
  wasm: string;
  wasmExec: string;
  /** Size of the module, for the progress bar (the browser counts unpacked bytes). */
  bytes: number;
  /** About what a compressing server sends (gzip -9), for the button's label. */
  downloadBytes: number;
}

/** Path of the worker script, bundled by scripts/generate/islands.ts. */
export function helmWorkerFile(): string {
  if (!existsSync(MANIFEST)) throw new Error(`${MANIFEST} is missing: the islands are not bundled. Run: npm run generate`);
  return (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { helmWorker: string }).helmWorker;
}

/**
 * The engine's files, or null while `npm run dev` still builds it in the background (its first run): the page
 * then waits for public/helm-engine/engine.json. A production build always has them (npm run generate first).
 */
export function helmEngineFiles(): HelmEngineFiles | null {
  if (!existsSync(ENGINE_MANIFEST)) {
    if (process.env.NODE_ENV === 'production') {
      throw new Error(`${ENGINE_MANIFEST} is missing: Helm's engine for the browser is not built. Run: npm run generate`);
    }
    return null;
  }
  const engine = JSON.parse(readFileSync(ENGINE_MANIFEST, 'utf8')) as Omit<HelmEngineFiles, 'worker'>;
  return {
    worker: helmWorkerFile(),
    wasm: engine.wasm,
    wasmExec: engine.wasmExec,
    bytes: engine.bytes,
    downloadBytes: engine.downloadBytes,
  };
}
