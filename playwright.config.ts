import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_HELM_REPO_DIR = '.cache/e2e-helm-repo';

// Debian's Chromium: Playwright cannot download its own browsers here. The flags keep it from calling home,
// which this machine's closed network would refuse.
export default defineConfig({
  testDir: 'e2e',
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
  },
  // A production build (`npm run build`) must exist; the server answers /charts from a repository packaged
  // with stand-in subcharts, since the real ones cannot be downloaded here.
  webServer: {
    command: `npx tsx scripts/repo/prepare-e2e-helm-repo.ts && npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    // AETERNA_SITE_URL: the signed chart's artifacthub.io/signKey annotation points at this server's pubkey.asc.
    env: { HELM_REPO_DIR: E2E_HELM_REPO_DIR, AETERNA_SITE_URL: `http://127.0.0.1:${PORT}` },
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
