// The site runs as a Node server (`next start`) so that /charts/* is answered by a route handler with exact
// bytes and real 404s. BASE_PATH lets the same build live under a sub-path (GitHub Pages project sites).
const basePath = process.env.BASE_PATH ?? '';
const staticExport = process.env.NEXT_OUTPUT === 'export';
const ENGINE_WASM = '/helm-engine/:name(helm-[0-9a-f]+\\.wasm)';
const ACCEPTS_BR = [{ type: 'header', key: 'accept-encoding', value: '(?!.*\\bbr\\s*;\\s*q=0(?:\\.0+)?\\s*(?:,|$)).*\\bbr\\b.*' }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  reactStrictMode: true,
  poweredByHeader: false,
  // Files named *.node.ts only exist on the Node server: the /charts route handler. The static export used for
  // GitHub Pages (NEXT_OUTPUT=export, see .github/workflows/publish.yaml) leaves it out and gets the repository
  // files copied in instead.
  pageExtensions: staticExport ? ['tsx', 'ts'] : ['tsx', 'ts', 'node.ts'],
  // The engine and the islands carry a content hash in their names: cache them for good. The security headers of
  // every response are proxy.ts's (a fresh nonce each time); the static export's are in each page's <meta>.
  ...(staticExport
    ? {}
    : {
        async headers() {
          return [
            ...['/helm-engine/:file*', '/islands/:file*'].map((source) => ({
              source,
              headers: [
                { key: 'Cache-Control', value: 'public, max-age=31536000, immutable' },
                { key: 'Vary', value: 'Accept-Encoding' },
              ],
            })),
            {
              source: ENGINE_WASM,
              has: ACCEPTS_BR,
              headers: [
                { key: 'Content-Encoding', value: 'br' },
                { key: 'Content-Type', value: 'application/wasm' },
              ],
            },
          ];
        },
        // The engine in brotli (8 MB against gzip's 12) for a browser that accepts it: the file written beside it
        // (scripts/generate/helm-engine.ts), labelled as the .wasm it is. Next.js drops a Content-Encoding set by a
        // route handler or the proxy, and gzips their bodies again; headers() on the requested path are kept, and a
        // response that already has one is not compressed again. Every other client gets the .wasm, gzipped.
        async rewrites() {
          return { beforeFiles: [{ source: ENGINE_WASM, has: ACCEPTS_BR, destination: '/helm-engine/:name.br' }] };
        },
      }),
  // @rjsf/core's Markdown renderer (32 KB gzip) is only used with Markdown options the configurator never sets:
  // a plain-text stand-in instead (components/configurator/plain-markdown.tsx, checked by its test).
  turbopack: {
    resolveAlias: {
      'markdown-to-jsx/react': './components/configurator/plain-markdown.tsx',
      ...Object.fromEntries(
        ['LayoutGridField', 'LayoutMultiSchemaField', 'FileWidget', 'RatingWidget', 'AltDateWidget', 'AltDateTimeWidget'].map((f) => [
          `./${f}.js`,
          './components/configurator/unused-rjsf-part.tsx',
        ]),
      ),
    },
  },
  // NEXT_DIST_DIR moves the export (which then lands in that folder, not out/). The build behind it still goes to
  // .next (Next 16.4, export/utils.js getBuildDistDir): run `next build` again before `next start` after an export.
  ...(staticExport ? { output: 'export', ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}) } : {}),
};

export default nextConfig;
