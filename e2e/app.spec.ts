import { expect } from '@playwright/test';
import {
  saveScreenshot,
  settle,
  sidebar,
  signInAsGuest,
  test,
} from './helpers';

test('a guest opens the catalog, the Conference Learnings page and a component tab', async ({
  page,
}) => {
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

  await page.goto('/catalog/default/component/shipment-tracker');
  await page.getByRole('tab', { name: 'Conference Learnings' }).click();
  await expect(page).toHaveURL(
    /\/component\/shipment-tracker\/conference-learnings$/,
  );
  await expect(page.getByText('Relevant conference talks')).toBeVisible();
  await settle(page);
});

test('the page’s other tabs show the demo’s technologies, the guest’s team and learnings', async ({
  page,
}) => {
  await signInAsGuest(page);

  await page.goto('/conference-learnings/technologies');
  const table = page.getByRole('table', { name: 'Technologies by category' });
  await expect(
    table.getByRole('link', { name: 'Argo', exact: true }),
  ).toBeVisible();
  await expect(
    table.getByRole('rowheader', { name: /Continuous Integration/ }).first(),
  ).toBeVisible();

  await page.getByRole('tab', { name: 'For my teams' }).click();
  await expect(page).toHaveURL(/\/conference-learnings\/my-teams$/);
  await expect(
    page.getByText(/Talks on the technologies used by what/),
  ).toContainText('owns');
  await expect(
    page.getByRole('list', { name: 'Talks for shipment-tracker' }),
  ).toContainText('Argo');
  await saveScreenshot(page, 'for-my-teams');

  await page.getByRole('tab', { name: 'Learnings' }).click();
  await expect(page).toHaveURL(/\/conference-learnings\/learnings$/);
  await expect(
    page.getByText('No learnings yet').or(page.getByText('Latest learnings')),
  ).toBeVisible();
  await settle(page);
});
