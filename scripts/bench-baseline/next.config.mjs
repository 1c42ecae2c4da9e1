import path from 'node:path';

// Built in .cache/bench-baseline; the repository root is where node_modules (the same Next.js) lives.
export default { turbopack: { root: path.resolve(import.meta.dirname, '../..') }, poweredByHeader: false };
