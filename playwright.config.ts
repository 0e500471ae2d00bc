import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// Browser tests run against the production build, served by tests/e2e/server.ts on its
// own port with its own freshly seeded embedded database. Chromium is Debian's
// (`npx playwright install` cannot download a browser here).
const port = Number(process.env.E2E_PORT ?? 3100);
// Known to the tests too (tests/e2e/lock.spec.ts), so it is derived, not random.
const dataDir = path.join(os.tmpdir(), `claim-tracker-e2e-${port}`);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `npx tsx tests/e2e/server.ts`,
    url: `http://127.0.0.1:${port}/`,
    env: { E2E_PORT: String(port), E2E_DATA_DIR: dataDir },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
