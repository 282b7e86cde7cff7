import { expect, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Screenshots the plugin README shows; the e2e run refreshes them. */
export const SCREENSHOTS = resolve(
  __dirname,
  '../plugins/conference-learnings/docs/screenshots',
);
mkdirSync(SCREENSHOTS, { recursive: true });

/** Collects every browser console error, page error, failed request and HTTP error of a page. */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', message => {
    if (message.type() === 'error') {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', request => {
    // Leaving a page aborts its pending requests; that is not a problem.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(
      `request failed: ${request.url()} (${request.failure()?.errorText})`,
    );
  });
  page.on('response', response => {
    if (response.status() >= 400) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  return problems;
}

/**
 * The embedded YouTube player loads from the internet; tests stay offline and
 * answer it with an empty page.
 */
export async function stubYouTube(page: Page) {
  await page.route('https://www.youtube-nocookie.com/**', route =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>Video</title><body style="margin:0;height:100vh;display:grid;place-items:center;background:#111;color:#eee;font:16px sans-serif">YouTube player (not loaded in tests)</body>',
    }),
  );
}

export const sidebar = (page: Page) => page.getByTestId('sidebar-root');

export async function signInAsGuest(page: Page) {
  await stubYouTube(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(
    sidebar(page).getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();
}

/** Waits until the network is quiet, so a screenshot shows the finished page. */
export async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.getByTestId('progress')).toHaveCount(0);
}

/**
 * Saves a screenshot for the README. Backstage scrolls inside its own container,
 * so the window is made tall enough for the whole page first.
 */
export async function saveScreenshot(page: Page, name: string, height = 1400) {
  await page.setViewportSize({ width: 1440, height });
  await settle(page);
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}
