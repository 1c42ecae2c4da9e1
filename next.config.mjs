// The site runs as a Node server (`next start`) so that /charts/* is answered by a route handler with exact
// bytes and real 404s. BASE_PATH lets the same build live under a sub-path (GitHub Pages project sites).
const basePath = process.env.BASE_PATH ?? '';

/** @type {import('next').NextConfig} */
const nextConfig = {
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  reactStrictMode: true,
  poweredByHeader: false,
  // The static export used for GitHub Pages (see .github/workflows/publish.yaml) sets NEXT_OUTPUT=export.
  ...(process.env.NEXT_OUTPUT === 'export' ? { output: 'export' } : {}),
};

export default nextConfig;
