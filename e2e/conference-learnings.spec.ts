import { expect, Page } from '@playwright/test';
import { saveScreenshot, signInAsGuest, test } from './helpers';

const TRACKER_TAB =
  '/catalog/default/component/shipment-tracker/conference-learnings';
const EXPEDIA_TALK =
  "Expedia Group's GitOps Revolution: Extensive Scalability Testing on ArgoCD for 30K Applications";
const EXPEDIA_PAGE =
  '/catalog/default/talk/kubecon-india-2024-expedia-gitops-argocd-30k-apps';
const FLUX_TALK = 'Implementing GitOps with Flux';

const relevantTalks = (page: Page) =>
  page.getByRole('list', { name: 'Relevant talks' });
const talkItem = (page: Page, title: string) =>
  relevantTalks(page).getByRole('listitem', { name: title, exact: true });

test.describe('Conference Learnings in the demo app', () => {
  test('shipment-tracker’s tab shows the Argo talk first, with why', async ({
    page,
  }) => {
    await signInAsGuest(page);
    await page.goto(TRACKER_TAB);

    const first = relevantTalks(page).locator(':scope > li').first();
    await expect(first).toHaveAttribute('aria-label', EXPEDIA_TALK);
    await expect(
      first.getByRole('list', { name: 'Why this talk' }),
    ).toContainText(
      'Uses Argo — annotation argocd/app-name · talk covers Argo',
    );
    await expect(
      first.getByRole('link', { name: 'Argo (used here)' }),
    ).toBeVisible();
    await expect(
      first.getByRole('link', { name: /^Video of/ }),
    ).toHaveAttribute('href', /^https:\/\/www\.youtube\.com\//);
    await expect(
      first.getByRole('button', { name: /^Learnings on .*: \d+$/ }),
    ).toBeVisible();
    await saveScreenshot(page, 'entity-tab');
  });

  test('a linked talk with its note survives a reload, and can be unlinked', async ({
    page,
  }) => {
    await signInAsGuest(page);
    await page.goto(TRACKER_TAB);
    await expect(relevantTalks(page)).toBeVisible();

    const note = `Our GitOps migration reference (${Date.now()})`;
    await page.getByRole('button', { name: 'Link a talk' }).click();
    const dialog = page.getByRole('dialog', { name: /Link a talk to/ });
    const talk = dialog.getByRole('textbox', { name: 'Talk' });
    await expect(talk).toBeFocused();
    await talk.fill('Flux');
    await page.getByRole('option', { name: new RegExp(FLUX_TALK) }).click();
    await dialog.getByRole('textbox', { name: 'Note (optional)' }).fill(note);
    await dialog.getByRole('button', { name: 'Link talk' }).click();
    await expect(dialog).toBeHidden();
    await expect(talkItem(page, FLUX_TALK)).toContainText(note);

    await page.reload();
    const linked = talkItem(page, FLUX_TALK);
    await expect(linked).toContainText(note);
    await expect(linked).toContainText('Linked by guest');
    await expect(
      relevantTalks(page).locator(':scope > li').first(),
    ).toHaveAttribute('aria-label', FLUX_TALK);

    await linked.getByRole('button', { name: `Unlink ${FLUX_TALK}` }).click();
    await page
      .getByRole('dialog', { name: 'Unlink this talk?' })
      .getByRole('button', { name: 'Unlink' })
      .click();
    await expect(talkItem(page, FLUX_TALK)).toBeHidden();
    await page.reload();
    await expect(
      relevantTalks(page).locator(':scope > li').first(),
    ).toHaveAttribute('aria-label', EXPEDIA_TALK);
    await expect(talkItem(page, FLUX_TALK)).toBeHidden();
  });

  test('a learning added on a talk shows on the service’s tab', async ({
    page,
  }) => {
    await signInAsGuest(page);
    await page.goto(EXPEDIA_PAGE);

    // The Talk page: overview with the embedded player, learnings, services
    await expect(page.getByTitle(`Video: ${EXPEDIA_TALK}`)).toHaveAttribute(
      'src',
      'https://www.youtube-nocookie.com/embed/Oejgk-whUao',
    );
    await expect(
      page.getByText('Services using these technologies'),
    ).toBeVisible();
    await expect(
      page.getByRole('table', {
        name: 'Services using the technologies of this talk',
      }),
    ).toContainText('annotation argocd/app-name');

    const text = `Shard the application controller early (${Date.now()})`;
    await page.getByRole('button', { name: 'Add a learning' }).click();
    const form = page.getByRole('form', { name: 'New learning' });
    await form
      .getByRole('textbox', { name: /What did you learn/ })
      .fill(`**${text}**`);
    await form.getByRole('button', { name: 'Add learning' }).click();
    const learnings = page.getByRole('list', { name: 'Learnings' });
    await expect(learnings.getByText(text)).toBeVisible();
    await expect(
      learnings.getByRole('button', { name: 'Edit your learning' }).first(),
    ).toBeVisible();
    await saveScreenshot(page, 'talk-page', 2200);

    await page.goto(TRACKER_TAB);
    await expect(
      page.getByRole('list', { name: 'Latest learnings' }),
    ).toContainText(text);
    const expedia = talkItem(page, EXPEDIA_TALK);
    await expedia.getByRole('button', { name: /^Learnings on / }).click();
    const dialog = page.getByRole('dialog', { name: /Learnings on/ });
    await expect(dialog.getByText(text)).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(
      expedia.getByRole('button', { name: /^Learnings on .*: [1-9]\d*$/ }),
    ).toBeVisible();
  });

  test('the Talks tab filters by technology and conference, and a reload keeps them', async ({
    page,
  }) => {
    await signInAsGuest(page);
    await page.goto('/conference-learnings');
    const talks = page.getByRole('list', { name: 'Talks' });
    await expect(talks.locator(':scope > li').first()).toBeVisible();

    await page.getByRole('textbox', { name: 'Technology' }).click();
    await page.getByRole('option', { name: /^Argo \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/technology=technology%3Adefault%2Fargo/);
    await page.getByRole('textbox', { name: 'Conference' }).click();
    await page
      .getByRole('option', {
        name: /^KubeCon \+ CloudNativeCon India 2024 \(\d+\)$/,
      })
      .click();
    await expect(page).toHaveURL(
      /conference=conference%3Adefault%2Fkubecon-india-2024/,
    );
    await expect(
      talks.getByRole('listitem', { name: EXPEDIA_TALK }),
    ).toBeVisible();

    const titles = async () =>
      (await talks
        .locator(':scope > li')
        .evaluateAll(items =>
          items.map(li => li.getAttribute('aria-label')),
        )) as string[];
    const others = talks
      .locator(':scope > li')
      .filter({ hasNotText: 'KubeCon + CloudNativeCon India 2024' });
    await expect(others).toHaveCount(0);
    await expect(
      page.getByRole('progressbar', { name: 'Loading talks' }),
    ).toHaveCount(0);
    const filtered = await titles();
    expect(filtered.length).toBeGreaterThan(0);

    await page.reload();
    await expect(page).toHaveURL(/technology=technology%3Adefault%2Fargo/);
    await expect(page).toHaveURL(
      /conference=conference%3Adefault%2Fkubecon-india-2024/,
    );
    const filters = page.getByRole('region', { name: 'Search and filters' });
    await expect(filters.getByRole('button', { name: 'Argo' })).toBeVisible();
    await expect(
      filters.getByRole('button', {
        name: 'KubeCon + CloudNativeCon India 2024',
      }),
    ).toBeVisible();
    await expect(
      talks.getByRole('listitem', { name: EXPEDIA_TALK }),
    ).toBeVisible();
    await expect(others).toHaveCount(0);
    expect(await titles()).toEqual(filtered);
    await saveScreenshot(page, 'conference-learnings-page');
  });

  test('Technology and Conference pages show their talks and users', async ({
    page,
  }) => {
    await signInAsGuest(page);

    await page.goto('/catalog/default/technology/argo');
    await expect(
      page.getByRole('list', { name: 'Talks about Argo' }),
    ).toContainText(EXPEDIA_TALK);
    const usedBy = page.getByRole('table', { name: 'Entities using Argo' });
    await expect(
      usedBy.getByRole('row', { name: /Shipment Tracker/ }),
    ).toContainText('annotation argocd/app-name');
    await saveScreenshot(page, 'technology-page', 1600);

    await page.goto('/catalog/default/conference/kubecon-india-2024');
    const days = page.getByRole('tablist', { name: 'Conference days' });
    await expect(days.getByRole('tab').first()).toBeVisible();
    await expect(page.getByRole('tabpanel')).toContainText(/\S/);
    await saveScreenshot(page, 'conference-page', 1600);
  });

  test('a service with no annotation gets talks from its repository, the file named as the reason', async ({
    page,
  }) => {
    await signInAsGuest(page);
    // parcel-router (examples/repositories) declares nothing; its chart's
    // ScaledObject says it uses KEDA. Its repository is read on a processing
    // cycle after it is registered, and the backend's index follows: reload
    // until the tab shows it.
    await expect(async () => {
      await page.goto(
        '/catalog/default/component/parcel-router/conference-learnings',
      );
      await expect(
        relevantTalks(page)
          .getByRole('list', { name: 'Why this talk' })
          .first(),
      ).toContainText('Uses KEDA', { timeout: 5_000 });
    }).toPass({ timeout: 150_000 });
    const reason = relevantTalks(page)
      .getByRole('list', { name: 'Why this talk' })
      .filter({ hasText: 'Uses KEDA' })
      .first();
    await expect(reason).toContainText(
      'chart/templates/scaledobject.yaml:2: Kubernetes resource ScaledObject (keda.sh) → KEDA',
    );
    await saveScreenshot(page, 'entity-tab-repository-evidence');
  });

  test('pages render in the dark theme', async ({ page }) => {
    await signInAsGuest(page);
    await page.evaluate(() => window.localStorage.setItem('theme', 'dark'));
    await page.goto(TRACKER_TAB);
    await expect(relevantTalks(page)).toBeVisible();
    await expect(page.locator('body')).toHaveAttribute(
      'data-theme-mode',
      'dark',
    );
    await saveScreenshot(page, 'entity-tab-dark');
  });
});
