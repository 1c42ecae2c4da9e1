import { defineConfig } from 'vitest/config';
import path from 'node:path';

// Three projects: fast pure-TypeScript unit tests, chart tests that shell out to the real, pinned helm, and the
// lifecycle tests that run helm against a real API server (test/support/test-cluster.ts).
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'chart',
          include: ['test/**/*.test.ts'],
          exclude: ['test/cluster/**'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'cluster',
          include: ['test/cluster/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 300_000,
          // Each file runs its own control plane (etcd, kube-apiserver, kube-controller-manager): two at once is
          // what 2 cores carry without the API server's timeouts firing.
          maxWorkers: 2,
        },
      },
    ],
  },
});
