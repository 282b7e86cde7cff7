import { expect, Page } from '@playwright/test';
import {
  Api,
  BACKEND_URL,
  cleanUpTalk,
  guestApi,
  settle,
  signInAsGuest,
  test,
} from './helpers';

/*
 * Markdown that cannot reach out. Learnings, a link note and a talk abstract
 * (e2e/fixtures/hostile-talks.yaml) full of images and embeds pointing outside
 * the app: Markdown images (a tracking pixel, a cloud metadata address, a
 * reference, a badge in a link, an entity-encoded scheme) and raw HTML (img,
 * iframe, video, audio, object, embed, stylesheet, SVG image, picture, CSS
 * url()). Chromium records every request each view makes; none may leave the
 * app (its origin and its backend's), and no element in the page may point
 * outside it. The one host the app allows images from
 * (`conferenceLearnings.markdown.allowedImageHosts`, set by `scripts/test`)
 * loads, and nothing else does.
 */

const CONFERENCE_REF = 'conference:default/hostile-input-con-2026';
const API = '/api/conference-learnings';
const TRACKER = 'component/default/shipment-tracker';
const TRACKER_TAB =
  '/catalog/default/component/shipment-tracker/conference-learnings';
/** Starts every link note and learning the spec writes, so that it can find and delete them. */
const MARKER = '[markdown-requests-e2e]';
const OUTSIDE = 'http://tracker.e2e.test';

const LEARNINGS = [
  `${MARKER} Markdown images: a tracking pixel ![learning pixel](${OUTSIDE}/learning.png), an internal address ![metadata](http://169.254.169.254/latest/meta-data/), a reference ![reference pixel][pixel], a badge [![badge](${OUTSIDE}/badge.svg)](https://example.com/ci), an encoded scheme ![encoded](http&#58;//tracker.e2e.test/encoded.png) and the loopback address ![loopback](http://127.0.0.1:9/loopback.png).\n\n[pixel]: ${OUTSIDE}/reference.gif`,
  `${MARKER} Raw HTML: <img src="${OUTSIDE}/raw.png"> <iframe src="${OUTSIDE}/frame.html"></iframe> <video src="${OUTSIDE}/v.mp4" poster="${OUTSIDE}/poster.png"></video> <audio src="${OUTSIDE}/a.mp3"></audio> <object data="${OUTSIDE}/o.swf"></object> <embed src="${OUTSIDE}/e.swf"> <link rel="stylesheet" href="${OUTSIDE}/s.css"> <svg><image href="${OUTSIDE}/svg.png"/></svg> <input type="image" src="${OUTSIDE}/input.png"> <picture><source srcset="${OUTSIDE}/source.png"></picture>`,
  `${MARKER} An HTML block:\n\n<div style="background:url(${OUTSIDE}/style.png)"><img src="${OUTSIDE}/block.png" srcset="${OUTSIDE}/srcset.png 2x"></div>\n\n<style>@import url(${OUTSIDE}/import.css); body { background: url(${OUTSIDE}/body.png) }</style>`,
];
const NOTE = `${MARKER} See ![note pixel](${OUTSIDE}/note.png) and <img src="${OUTSIDE}/note-raw.png">`;

/** Text a view shows once it has rendered the payloads, however it renders images. */
const RENDERED = {
  abstract: 'Images from anywhere',
  learning: `${MARKER} Markdown images`,
  rawLearning: `<iframe src="${OUTSIDE}/frame.html"></iframe>`,
};
/** How a blocked image shows: a link with its URL (checked softly, so that every view is still visited). */
const BLOCKED = {
  abstract: `Image “abstract pixel”: ${OUTSIDE}/abstract.png`,
  learning: `Image “learning pixel”: ${OUTSIDE}/learning.png`,
};

/**
 * Records the requests a page makes outside the app, by view, and answers them
 * with an error, so that nothing leaves the machine.
 */
async function recordOutsideRequests(page: Page) {
  const own = new Set([
    new URL(test.info().project.use.baseURL!).origin,
    new URL(BACKEND_URL).origin,
  ]);
  const isOutside = (url: URL) =>
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    !own.has(url.origin);
  const recorder = { view: 'sign-in', requests: [] as string[], own };
  page.on('request', request => {
    if (isOutside(new URL(request.url()))) {
      recorder.requests.push(`${recorder.view}: ${request.url()}`);
    }
  });
  await page.route(isOutside, route => route.abort('blockedbyclient'));
  return recorder;
}

type Recorder = Awaited<ReturnType<typeof recordOutsideRequests>>;

/** Elements in the page that would load something from outside the app. */
function outsideElements(page: Page, own: Set<string>): Promise<string[]> {
  return page.evaluate(
    origins => {
      const outside = (value: string) =>
        value
          .split(',')
          .map(candidate => candidate.trim().split(/\s+/)[0])
          .some(url => {
            const parsed = new URL(url, document.baseURI);
            return /^https?:$/.test(parsed.protocol)
              ? !origins.includes(parsed.origin)
              : false;
          });
      return [...document.querySelectorAll('*')].flatMap(element =>
        ['src', 'srcset', 'poster', 'data', 'background', 'href']
          .filter(
            name => name !== 'href' || !(element instanceof HTMLAnchorElement),
          )
          .map(name => [name, element.getAttribute(name)] as const)
          .filter(([, value]) => value && outside(value))
          .map(([name, value]) => `<${element.localName} ${name}="${value}">`),
      );
    },
    [...own],
  );
}

/** Shows a view, waits until it has settled, and notes what in it points outside the app. */
async function visit(
  page: Page,
  recorder: Recorder,
  found: string[],
  view: string,
  show: () => Promise<unknown>,
) {
  recorder.view = view;
  await show();
  await settle(page);
  found.push(
    ...(await outsideElements(page, recorder.own)).map(e => `${view}: ${e}`),
  );
}

/** The hostile talk whose abstract has the images, once the catalog has it. */
async function abstractTalk(
  api: Api,
): Promise<{ name: string; title: string }> {
  let talk: { name: string; title: string } | undefined;
  await expect
    .poll(
      async () => {
        const { items } = await api.get(
          `/api/catalog/entities/by-query?filter=kind=talk,spec.conference=${CONFERENCE_REF}&fields=metadata.name,metadata.title,metadata.description`,
        );
        const entity = items.find((item: any) =>
          item.metadata.description?.includes(`${OUTSIDE}/abstract.png`),
        );
        talk = entity && {
          name: entity.metadata.name,
          title: entity.metadata.title,
        };
        return talk !== undefined;
      },
      {
        message:
          'the talk of e2e/fixtures/hostile-talks.yaml with images is in the catalog',
        timeout: 120_000,
        intervals: [2_000],
      },
    )
    .toBe(true);
  return talk!;
}

test.describe('Markdown that cannot reach out', () => {
  test('hostile learnings, a link note and an abstract make no request outside the app in any view', async ({
    page,
  }) => {
    test.setTimeout(360_000);
    const recorder = await recordOutsideRequests(page);
    const elements: string[] = [];
    await signInAsGuest(page);
    const api = await guestApi(page.request);
    const talk = await abstractTalk(api);
    await cleanUpTalk(api, talk.name, MARKER);
    await api.post(`${API}/entities/${TRACKER}/links`, {
      talkRef: `talk:default/${talk.name}`,
      note: NOTE,
    });
    for (const body of LEARNINGS) {
      await api.post(`${API}/talks/default/${talk.name}/learnings`, { body });
    }

    try {
      await visit(page, recorder, elements, 'Talk page', async () => {
        await page.goto(`/catalog/default/talk/${talk.name}`);
        await expect(page.getByText(RENDERED.abstract)).toBeVisible();
        const learnings = page.getByRole('list', { name: 'Learnings' });
        await expect(learnings).toContainText(RENDERED.learning);
        await expect(learnings).toContainText(RENDERED.rawLearning);
        await expect.soft(page.getByText(BLOCKED.abstract)).toBeVisible();
        await expect.soft(learnings).toContainText(BLOCKED.learning);
      });

      await visit(page, recorder, elements, 'Learnings tab', async () => {
        await page.goto('/conference-learnings/learnings');
        const latest = page.getByRole('list', { name: 'Latest learnings' });
        await expect(latest).toContainText(RENDERED.learning);
        await expect(latest).toContainText(RENDERED.rawLearning);
        await expect.soft(latest).toContainText(BLOCKED.learning);
      });

      const linked = page
        .getByRole('list', { name: 'Relevant talks' })
        .getByRole('listitem', { name: talk.title, exact: true });
      await visit(
        page,
        recorder,
        elements,
        'shipment-tracker tab',
        async () => {
          await page.goto(TRACKER_TAB);
          await expect(linked).toContainText(NOTE);
          const latest = page.getByRole('list', { name: 'Latest learnings' });
          await expect(latest).toContainText(RENDERED.learning);
          await expect.soft(latest).toContainText(BLOCKED.learning);
        },
      );

      await visit(
        page,
        recorder,
        elements,
        'shipment-tracker tab, learnings dialog',
        async () => {
          await linked
            .getByRole('button', { name: `Learnings on ${talk.title}: 3` })
            .click();
          const dialog = page.getByRole('dialog', { name: /^Learnings on/ });
          await expect(dialog).toContainText(RENDERED.learning);
          await expect(dialog).toContainText(RENDERED.rawLearning);
          await expect.soft(dialog).toContainText(BLOCKED.learning);
        },
      );

      // the abstract as a search result (the collator indexes talks every minute)
      await visit(page, recorder, elements, 'Search page', () =>
        expect
          .poll(
            async () => {
              await page.goto('/search?query=breaker');
              await settle(page);
              return page
                .getByRole('link', { name: talk.title, exact: true })
                .count();
            },
            { timeout: 120_000, intervals: [5_000] },
          )
          .toBeGreaterThan(0),
      );
    } finally {
      await cleanUpTalk(api, talk.name, MARKER);
    }

    test.info().annotations.push({
      type: 'requests outside the app',
      description: String(recorder.requests.length),
    });
    expect(recorder.requests, 'requests outside the app').toEqual([]);
    expect(elements, 'elements pointing outside the app').toEqual([]);
  });

  test('an image from an allowed host loads, and is all that leaves the app', async ({
    page,
  }) => {
    const host = process.env.E2E_ALLOWED_IMAGE_HOST;
    test.skip(
      !host,
      'E2E_ALLOWED_IMAGE_HOST names the host scripts/test allows images from',
    );
    const recorder = await recordOutsideRequests(page);
    const allowed = `http://${host}/allowed.png`;
    await page.route(`http://${host}/**`, route =>
      route.fulfill({
        contentType: 'image/png',
        body: Buffer.from(
          'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
          'base64',
        ),
      }),
    );
    await signInAsGuest(page);
    const api = await guestApi(page.request);
    const talk = await abstractTalk(api);
    await cleanUpTalk(api, talk.name, MARKER);
    await api.post(`${API}/talks/default/${talk.name}/learnings`, {
      body: `${MARKER} ![allowed](${allowed}) and ![blocked](${OUTSIDE}/blocked.png)`,
    });
    try {
      recorder.view = 'Talk page';
      await page.goto(`/catalog/default/talk/${talk.name}`);
      const learnings = page.getByRole('list', { name: 'Learnings' });
      const image = learnings.getByRole('img', { name: 'allowed' });
      await expect(image).toHaveAttribute('src', allowed);
      await expect
        .poll(() =>
          image.evaluate(img => (img as HTMLImageElement).naturalWidth),
        )
        .toBe(1);
      await expect(learnings).toContainText(
        `Image “blocked”: ${OUTSIDE}/blocked.png`,
      );
      await settle(page);
    } finally {
      await cleanUpTalk(api, talk.name, MARKER);
    }
    expect(recorder.requests).toEqual([`Talk page: ${allowed}`]);
  });
});
