import { expect } from '@playwright/test';
import { saveScreenshot, settle, signInAsGuest, test } from './helpers';

test('the search page finds a talk by a technology its abstract names', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const askedTypes = new Set<string>();
  page.on('request', request => {
    const url = new URL(request.url());
    if (!url.pathname.endsWith('/api/search/query')) return;
    for (const [key, value] of url.searchParams) {
      if (/^types\[\d+\]$/.test(key)) askedTypes.add(value);
    }
  });
  await signInAsGuest(page);
  const talk = page.getByRole('link', {
    name: /Revolutionizing Hybrid HCI/,
  });
  // the talks are indexed on a schedule, a little after the backend starts
  await expect
    .poll(
      async () => {
        await page.goto('/search?query=crossplane');
        await settle(page);
        return talk.count();
      },
      { timeout: 120_000, intervals: [5_000] },
    )
    .toBeGreaterThan(0);
  await page.reload();
  await expect(talk).toBeVisible(); // once: the catalog collator leaves talks out
  await expect(
    page
      .getByText('KubeCon + CloudNativeCon India 2024', { exact: false })
      .first(),
  ).toBeVisible();
  await expect(page.getByText('Conference talks').first()).toBeVisible();
  await saveScreenshot(page, 'search');
  // the result types the page counts are the collated ones, no TechDocs
  expect([...askedTypes].sort()).toEqual([
    'conference-talk',
    'software-catalog',
  ]);
});
