import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

const app = process.env.E2E_BASE_URL ?? 'http://localhost:7007';

/**
 * End-to-end tests in Debian's Chromium (Playwright's own browser download does not
 * work on our machines). `scripts/test` builds the app, starts the backend serving
 * it on E2E_BACKEND_URL and the app's development server on E2E_BASE_URL, and runs
 * these: every spec on the development server, where React reports the warnings
 * the tests fail on, and the render benchmark on the built app. Without
 * E2E_BACKEND_URL everything runs on E2E_BASE_URL.
 */
export default defineConfig({
  testDir: '.',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json']],
  outputDir: '../node_modules/.cache/e2e-test-results',
  projects: [
    {
      name: 'app',
      testIgnore: /benchmark-render\.spec\.ts$/,
      use: { baseURL: app },
    },
    {
      name: 'built app',
      testMatch: /benchmark-render\.spec\.ts$/,
      use: { baseURL: process.env.E2E_BACKEND_URL ?? app },
    },
  ],
  use: {
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
});
