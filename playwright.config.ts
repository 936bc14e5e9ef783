// End-to-end tests run against the production build (`next build` + `next start`) in Debian's
// Chromium; nothing is downloaded. CHROMIUM_PATH overrides /usr/bin/chromium.
import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  throw new Error(
    `Chromium was not found at ${chromium}. End-to-end tests use the system Chromium, never a downloaded one.\n` +
      `Install it with: sudo apt-get install -y chromium   (Debian/Ubuntu)\n` +
      `or point CHROMIUM_PATH at an existing Chromium or Chrome binary.`,
  );
}

const WRITERS = /(assistant|staff|read-replica)\.spec\.ts$/;
const port = Number(process.env.E2E_PORT || 3210);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON
    ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]]
    : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-GB',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // Specs that write (sign in, create and revert records) run after the ones that read, so a record
  // they add for a moment never changes the counts a reading spec expects.
  projects: [
    {
      name: 'chromium',
      testIgnore: WRITERS,
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    {
      name: 'writers',
      testMatch: WRITERS,
      dependencies: ['chromium'],
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
  ],
  webServer: {
    command: `node scripts/e2e-server.mjs ${port}`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
