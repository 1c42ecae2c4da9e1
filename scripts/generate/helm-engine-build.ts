/**
 * How helm-engine is compiled, shared by the site's build (scripts/generate/helm-engine.ts) and the size breakdown
 * (scripts/bench/engine-size.ts), so that the breakdown describes the module the site serves.
 */
export const ENGINE_GO_ENV = { GOOS: 'js', GOARCH: 'wasm', GOFLAGS: '-mod=readonly' };

/**
 * -trimpath: no local paths in the module. -s -w: no symbol table, no DWARF (the breakdown keeps the symbols, since
 * its per-package figures come from them).
 */
export function engineBuildArgs(out: string, { keepSymbols = false } = {}): string[] {
  return ['build', '-trimpath', `-ldflags=${keepSymbols ? '-w' : '-s -w'}`, '-o', out, '.'];
}
