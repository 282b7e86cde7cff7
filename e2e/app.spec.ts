import { expect, Page, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const SCREENSHOTS = resolve(__dirname, '../e2e-screenshots');

/** Collects every browser console error and failed request of a page. */
function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', message => {
    if (message.type() === 'error')
      problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', request =>
    problems.push(
      `request failed: ${request.url()} (${request.failure()?.errorText})`,
    ),
  );
  page.on('response', response => {
    if (response.status() >= 400) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  return problems;
}

const sidebar = (page: Page) => page.getByTestId('sidebar-root');

async function signInAsGuest(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(
    sidebar(page).getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();
}

test.beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

test('a guest opens the catalog, the Conference Learnings page and a component tab', async ({
  page,
}) => {
  const problems = watchForProblems(page);
  await signInAsGuest(page);

  const nav = sidebar(page);
  await nav.getByRole('link', { name: 'Catalog', exact: true }).click();
  await expect(
    page.getByRole('link', { name: 'Shipment Tracker' }),
  ).toBeVisible();

  await nav
    .getByRole('link', { name: 'Conference Learnings', exact: true })
    .click();
  await expect(page).toHaveURL(/\/conference-learnings$/);
  await expect(
    page
      .getByRole('main')
      .getByRole('heading', { name: 'Conference Learnings', level: 1 }),
  ).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Talks' }).getByRole('listitem').first(),
  ).toBeVisible();
  await page.screenshot({
    path: `${SCREENSHOTS}/conference-learnings-page.png`,
    fullPage: true,
  });

  await page.goto('/catalog/default/component/shipment-tracker');
  await page.getByRole('tab', { name: 'Conference Learnings' }).click();
  await expect(page).toHaveURL(
    /\/component\/shipment-tracker\/conference-learnings$/,
  );
  await expect(
    page
      .getByText('Relevant conference talks')
      .or(page.getByText('No talks match the technologies of this entity yet')),
  ).toBeVisible();
  await page.screenshot({
    path: `${SCREENSHOTS}/entity-tab.png`,
    fullPage: true,
  });

  expect(problems).toEqual([]);
});
