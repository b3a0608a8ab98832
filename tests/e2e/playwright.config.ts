/**
 * End-to-end tests: the real renderer in Debian's Chromium, served by the browser host over loopback
 * with a real database file per test (see fixtures.ts). The Electron test skips itself where no Electron
 * binary exists.
 */
import { defineConfig } from '@playwright/test';
import fs from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Playwright downloads no browser here; without this check a missing Chromium fails every test with a
// launch error that does not say what to do.
if (!fs.existsSync(CHROMIUM)) {
  throw new Error(
    `The end-to-end tests need Chromium, and there is none at ${CHROMIUM}. Install it (Debian/Ubuntu: ` +
      '`apt-get install chromium`) or point CHROMIUM_PATH at a Chromium or Chrome executable.',
  );
}

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  outputDir: '../../test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      // Flags this closed network needs: no background calls to the outside world.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
