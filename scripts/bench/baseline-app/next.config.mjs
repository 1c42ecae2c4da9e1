import path from 'node:path';

// Built in .cache/bench-baseline; the repository root is where node_modules (the same Next.js) lives.
const config = { turbopack: { root: path.resolve(import.meta.dirname, '../..') }, poweredByHeader: false };

export default config;
