import { expect, Page, test } from '@playwright/test';

/*
 * What an adopter sees after following the README in a new app: the service's
 * Conference Learnings tab ranks talks, the Conference Learnings page opens from
 * the sidebar, and the search page finds a talk. Run once per frontend system.
 */
const VARIANT = process.env.ADOPTER_VARIANT ?? 'new';
const TAB = '/catalog/default/component/shipment-tracker/conference-learnings';
const ARGO_TALK =
  "Expedia Group's GitOps Revolution: Extensive Scalability Testing on ArgoCD for 30K Applications";

/** Signs in as the guest when the app asks (the legacy template's sign-in page). */
async function openApp(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const enter = page.getByRole('button', { name: 'Enter' });
  if (await enter.isVisible()) {
    await enter.click();
    await expect(enter).toBeHidden();
    await page.goto(path);
  }
}

/** Reloads a page until a locator shows: the catalog and search fill after start. */
async function untilVisible(
  page: Page,
  path: string,
  locator: () => ReturnType<Page['getByRole']>,
) {
  await expect
    .poll(
      async () => {
        await openApp(page, path);
        await page.waitForLoadState('networkidle');
        return locator().count();
      },
      { timeout: 180_000, intervals: [5_000] },
    )
    .toBeGreaterThan(0);
}

test(`${VARIANT} frontend system: the service's tab ranks the Argo talk first`, async ({
  page,
}) => {
  const talks = () => page.getByRole('list', { name: 'Relevant talks' });
  await untilVisible(page, TAB, () => talks().getByRole('listitem'));
  await expect(
    page.getByRole('tab', { name: 'Conference Learnings' }),
  ).toBeVisible();
  const first = talks().locator(':scope > li').first();
  await expect(first).toHaveAttribute('aria-label', ARGO_TALK);
  await expect(
    first.getByRole('list', { name: 'Why this talk' }),
  ).toContainText('Uses Argo');
});

test(`${VARIANT} frontend system: the sidebar opens the Conference Learnings page`, async ({
  page,
}) => {
  await openApp(page, '/catalog');
  await page
    .getByRole('link', { name: 'Conference Learnings' })
    .first()
    .click();
  await expect(page).toHaveURL(/\/conference-learnings$/);
  await expect(
    page.getByRole('heading', { name: 'Conference Learnings' }).first(),
  ).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Talks' }).locator(':scope > li').first(),
  ).toBeVisible();
});

test(`${VARIANT} frontend system: the search page finds a talk`, async ({
  page,
}) => {
  const result = page.getByRole('link', { name: /Revolutionizing Hybrid HCI/ });
  // talks are indexed on a schedule, a little after the backend starts; the
  // legacy template's page starts on the catalog's result type
  await expect
    .poll(
      async () => {
        await openApp(page, '/search?query=crossplane');
        await page
          .getByText('Conference talks', { exact: true })
          .first()
          .click();
        await page.waitForLoadState('networkidle');
        return result.count();
      },
      { timeout: 180_000, intervals: [5_000] },
    )
    .toBeGreaterThan(0);
  await expect(result.first()).toBeVisible();
});
