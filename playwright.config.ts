import { defineConfig } from '@playwright/test';
import { chromiumExecutable, chromiumArgs } from './tests/e2e/harness/launchMode';

// One set of specs; the fixture in tests/e2e/harness decides whether they drive the real
// Electron app or the built renderer in Debian's Chromium with a bridged Workbench.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    headless: true,
    viewport: { width: 1440, height: 900 },
    colorScheme: 'light',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
    trace: 'retain-on-failure',
  },
});
