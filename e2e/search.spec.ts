import { expect, test } from '@playwright/test';
import {
  saveScreenshot,
  settle,
  signInAsGuest,
  watchForProblems,
} from './helpers';

test('the search page finds a talk by a technology its abstract names', async ({
  page,
}) => {
  test.setTimeout(240_000);
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

  const problems = watchForProblems(page);
  await page.reload();
  await expect(talk).toBeVisible(); // once: the catalog collator leaves talks out
  await expect(
    page
      .getByText('KubeCon + CloudNativeCon India 2024', { exact: false })
      .first(),
  ).toBeVisible();
  await expect(page.getByText('Conference talks').first()).toBeVisible();
  await saveScreenshot(page, 'search');
  await settle(page);
  expect(withoutTechDocsCount(problems)).toEqual([]);
});

/**
 * Backstage's stock search page counts the results of its built-in TechDocs result
 * type, which this demo's backend does not index: that request answers 400 (and the
 * browser logs it) whatever our plugins do. Every other problem still fails the test.
 */
function withoutTechDocsCount(problems: string[]): string[] {
  const techDocs = problems.filter(p =>
    /^HTTP 400: .*\/api\/search\/query\?.*types%5B0%5D=techdocs&pageLimit=0$/.test(
      p,
    ),
  ).length;
  let consoleLeft = techDocs;
  return problems.filter(p => {
    if (/types%5B0%5D=techdocs&pageLimit=0$/.test(p)) return false;
    if (
      consoleLeft > 0 &&
      p ===
        'console error: Failed to load resource: the server responded with a status of 400 (Bad Request)'
    ) {
      consoleLeft--;
      return false;
    }
    return true;
  });
}
