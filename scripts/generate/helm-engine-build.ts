/**
 * How helm-engine is compiled, shared by the site's build (scripts/generate/helm-engine.ts) and the size breakdown
 * (scripts/bench/engine-size.ts), so that the breakdown describes the module the site serves.
 */
export const ENGINE_GO_ENV = { GOOS: 'js', GOARCH: 'wasm', GOFLAGS: '-mod=readonly' };

/**
 * Packages linked in only because Helm's chart package registers every Kubernetes API type (for its default
 * capabilities) and its engine names client-go's types for `lookup`: about 60% of the module, none of it on a
 * render's path. Built without inlining, their code is some 6 MB smaller raw, 1.8 MB gzip; a render calls none of it.
 */
const NOT_ON_THE_RENDER_PATH = [
  'k8s.io/...',
  'google.golang.org/protobuf/...',
  'github.com/google/gnostic-models/...',
  'github.com/fxamacker/cbor/...',
  'github.com/json-iterator/...',
  'github.com/emicklei/...',
];

/**
 * -trimpath: no local paths in the module. -s -w: no symbol table, no DWARF (the breakdown keeps the symbols, since
 * its per-package figures come from them). nethttpomithttp2: no HTTP/2 in net/http, which in the browser goes
 * through fetch() (0.8 MB raw). Tried and not kept: GOWASM=satconv,signext (no change: Go uses them already);
 * -gcflags=all=-l (2.6 MB less gzip, but Helm's engine and text/template slower).
 */
export function engineBuildArgs(out: string, { keepSymbols = false } = {}): string[] {
  return [
    'build',
    '-trimpath',
    '-tags=nethttpomithttp2',
    ...NOT_ON_THE_RENDER_PATH.map((p) => `-gcflags=${p}=-l`),
    `-ldflags=${keepSymbols ? '-w' : '-s -w'}`,
    '-o',
    out,
    '.',
  ];
}
