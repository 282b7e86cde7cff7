import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../../e2e/chromium';

/**
 * Chromium (Debian's) on the adopter app that scripts/adopter/run.sh made, built
 * and started on ADOPTER_BASE_URL, with the frontend system ADOPTER_VARIANT
 * (`new` or `legacy`).
 */
export default defineConfig({
  testDir: '.',
  testMatch: 'adopter.spec.ts',
  timeout: 240_000,
  expect: { timeout: 30_000 },
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json']],
  outputDir: '../../node_modules/.cache/adopter-test-results',
  use: {
    baseURL: process.env.ADOPTER_BASE_URL,
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
});
