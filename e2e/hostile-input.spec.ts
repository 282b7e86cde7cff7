import { expect, Locator, Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  Api,
  cleanUpTalk,
  guestApi,
  Problems,
  settle,
  signInAsGuest,
  test,
} from './helpers';

/*
 * Hostile input in Chromium. The talks of e2e/fixtures/hostile-talks.yaml (HTML,
 * script, Markdown `javascript:` links, entities, a 100 KB abstract, right-to-left
 * text), and a link note and learnings written through the API with the same kind
 * of payloads, must show as text in every view: no dialog opens, no script sets
 * `window.__pwned`, no element of a payload and no inline event handler is in the
 * page, no `javascript:` or `data:` link exists. Talks with `javascript:`, `data:`
 * or relative URLs (e2e/fixtures/hostile-url-*.yaml) must be rejected by the file
 * provider; and were the API to return such URLs anyway, no view may link them.
 *
 * `scripts/test` ingests the fixtures (see `e2e_tests`) and sets E2E_BACKEND_LOG,
 * where the provider's rejections are read from. Every (payload × view) check is
 * one case; a failed check is noted, the test goes on and fails at its end. With
 * HARDENING_REPORT_DIR set, the cases and failures of the run are written to
 * `$HARDENING_REPORT_DIR/chromium-hostile-input.json`.
 */

const FIXTURES = resolve(__dirname, 'fixtures');
const CONFERENCE = 'hostile-input-con-2026';
const CONFERENCE_REF = `conference:default/${CONFERENCE}`;
const TRACKER_TAB =
  '/catalog/default/component/shipment-tracker/conference-learnings';
const API = '/api/conference-learnings';
/** Starts every link note and learning the spec writes, so that it can find and delete them. */
const MARKER = '[hostile-e2e]';

const TITLES = {
  script: "<script>window.__pwned='title'</script>Script in a title",
  attribute:
    "\"'><svg id=svg-title onload=window.__pwned='title'> Attribute breaker &lt;b&gt;entities&lt;/b&gt;",
  unicode:
    "Unicode \u202e<script>window.__pwned='title'</script>\u202c مرحبا שלום 👩🏽‍💻 Z̸a̵l̶g̷o",
  long: 'A 100 KB abstract <marquee>scrolling</marquee>',
};
type TalkKey = keyof typeof TITLES;

/** Elements matching `selector` (and containing `text`) would be the payload, rendered. */
interface Probe {
  selector: string;
  text?: string;
}

/** A payload: the text that must show, and the elements it must not become. */
interface Payload {
  name: string;
  text: string;
  injected: Probe[];
}

const script = (text: string): Probe => ({ selector: 'script', text });
const element = (selector: string, text?: string): Probe => ({
  selector,
  text,
});
const heading = (text: string) => element('h1, h2, h3, h4, h5, h6', text);

const payload = {
  scriptTitle: {
    name: 'script tag in a title',
    text: TITLES.script,
    injected: [script("__pwned='title'")],
  },
  conferenceTitle: {
    name: 'img onerror in a conference title',
    text: `Hostile Input Con 2026 <img src=x-conference onerror="window.__pwned='conference'">`,
    injected: [element('img[src="x-conference"]')],
  },
  speakerName: {
    name: 'img onerror in a speaker name',
    text: `<img src=x-speaker onerror="window.__pwned='speaker'">Mallory`,
    injected: [element('img[src="x-speaker"]')],
  },
  affiliation: {
    name: 'svg onload in an affiliation',
    text: `<svg id=svg-affiliation onload="window.__pwned='affiliation'"></svg>Evil Corp`,
    injected: [element('#svg-affiliation')],
  },
  track: {
    name: 'iframe in a track',
    text: `<iframe id=iframe-track src="javascript:window.__pwned='track'"></iframe>Track`,
    injected: [element('#iframe-track')],
  },
  level: {
    name: 'b tag in a level',
    text: '<b>Bold</b> level',
    injected: [element('b', 'Bold')],
  },
  abstractScript: {
    name: 'script and img onerror in a Markdown abstract',
    text: `Inline <script>window.__pwned='abstract'</script> script and <img src=x-abstract onerror="window.__pwned='abstract'"> image.`,
    injected: [script("__pwned='abstract'"), element('img[src="x-abstract"]')],
  },
  abstractSvg: {
    name: 'svg onload in a Markdown abstract',
    text: `<svg id=svg-abstract onload="window.__pwned='abstract'"><circle r="5"/></svg>`,
    injected: [element('#svg-abstract, circle[r="5"]')],
  },
  abstractIframe: {
    name: 'iframe in a Markdown abstract',
    text: `<iframe id=iframe-abstract src="javascript:window.__pwned='abstract'"></iframe>`,
    injected: [element('#iframe-abstract')],
  },
  markdownLinks: {
    name: 'Markdown javascript:, data:, relative, auto and reference links in an abstract',
    text: "A click link, a data link, a relative link, an autolink javascript:window.__pwned='autolink', an image",
    injected: [
      element('a', 'click'),
      element('a', 'data link'),
      element('a', 'relative link'),
      element('a', 'autolink'),
      element('a', 'reference link'),
      element('img[src*="__pwned"]'),
    ],
  },
  attributeTitle: {
    name: 'attribute breaker and entities in a title',
    text: TITLES.attribute,
    injected: [element('#svg-title'), element('b', 'entities')],
  },
  rawHtmlBlock: {
    name: 'raw HTML block with div onclick, h1 and form in an abstract',
    text: `<h1>Injected heading</h1> <form action="javascript:window.__pwned='abstract'"><button>Injected button</button></form>`,
    injected: [
      element('#div-abstract, form'),
      heading('Injected heading'),
      element('button', 'Injected button'),
    ],
  },
  abstractEntities: {
    name: 'HTML entities in a Markdown abstract',
    text: "Entities: <script>window.__pwned='entity'</script> and <marquee>decoded entity</marquee>.",
    injected: [script("__pwned='entity'"), element('marquee')],
  },
  rawInline: {
    name: 'raw a, object, embed, style and base in a Markdown abstract',
    text: `Inline <a href="javascript:window.__pwned='anchor'">raw anchor</a>, <object data="javascript:window.__pwned='object'"></object>, <embed src="javascript:window.__pwned='embed'">, <style>body{display:none}</style> and <base href="javascript:/">.`,
    injected: [
      element('a', 'raw anchor'),
      element('object, embed, base'),
      element('style', 'body{display:none}'),
    ],
  },
  sqlSpeaker: {
    name: 'quotes and entities in a speaker',
    text: "Robert'); DROP TABLE talks;-- · &lt;Entity Inc&gt;",
    injected: [element('b, i, em, strong', 'Entity Inc')],
  },
  scriptTrack: {
    name: 'attribute breaker and script in a track',
    text: `"><script>window.__pwned='track'</script>`,
    injected: [script("__pwned='track'")],
  },
  unicodeTitle: {
    name: 'right-to-left override, script and emoji in a title',
    text: TITLES.unicode,
    injected: [script("__pwned='title'")],
  },
  unicodeAbstract: {
    name: 'bidi, zero-width and combining characters in an abstract',
    text: 'Right-to-left override: \u202etxt.exe\u202c · Arabic: مرحبا بالعالم · Hebrew: שלום עולם · zero\u200bwidth\u200bspaces',
    injected: [script("__pwned='abstract'")],
  },
  unicodeSpeaker: {
    name: 'img onerror in an Arabic speaker name',
    text: `نور <img src=x-unicode onerror="window.__pwned='speaker'"> · \u202eEvil Corp\u202c`,
    injected: [element('img[src="x-unicode"]')],
  },
  longTitle: {
    name: 'marquee in a title',
    text: TITLES.long,
    injected: [element('marquee')],
  },
  longAbstract: {
    name: '100 KB abstract full of img onerror and script',
    text: 'BEGIN-LONG-ABSTRACT',
    injected: [element('img[src="x-long"]'), script("__pwned='long'")],
  },
  note: {
    name: 'img onerror, script and Markdown javascript: link in a link note',
    text: `${MARKER} <img src=x-note onerror="window.__pwned='note'"><script>window.__pwned='note'</script> see [note link](javascript:window.__pwned='note')`,
    injected: [
      element('img[src="x-note"]'),
      script("__pwned='note'"),
      element('a', 'note link'),
    ],
  },
  learningScript: {
    name: 'script and img onerror in a learning',
    text: `<script>window.__pwned='learning'</script><img src=x-learning onerror="window.__pwned='learning'"> learning one`,
    injected: [script("__pwned='learning'"), element('img[src="x-learning"]')],
  },
  learningLink: {
    name: 'Markdown javascript: link and iframe srcdoc in a learning',
    text: `A learning link and <iframe id=iframe-learning srcdoc="<script>parent.__pwned='learning'</script>"></iframe>`,
    injected: [element('a', 'learning link'), element('#iframe-learning')],
  },
  learningBlock: {
    name: 'raw HTML block with details and h2 in a learning',
    text: '<details open><summary>Injected summary</summary><h2>Injected learning heading</h2></details>',
    injected: [
      element('details, summary'),
      heading('Injected learning heading'),
    ],
  },
} satisfies Record<string, Payload>;

const LEARNINGS = [
  `${MARKER} ${payload.learningScript.text}`,
  `${MARKER} A [learning link](javascript:window.__pwned='learning') and <iframe id=iframe-learning srcdoc="<script>parent.__pwned='learning'</script>"></iframe>`,
  `${MARKER} raw block:\n\n${payload.learningBlock.text}`,
];

/** The files the provider must reject, and what its error names. */
const BAD_URL_FILES = [
  {
    provider: 'hostileJavascriptUrl',
    file: 'hostile-url-javascript.yaml',
    conference: 'hostile-urls-javascript',
    title: 'Video with a javascript URL',
    field: 'video',
  },
  {
    provider: 'hostileDataUrl',
    file: 'hostile-url-data.yaml',
    conference: 'hostile-urls-data',
    title: 'Slides with a data URL',
    field: 'slides',
  },
  {
    provider: 'hostileRelativeUrl',
    file: 'hostile-url-relative.yaml',
    conference: 'hostile-urls-relative',
    title: 'Schedule with a relative URL',
    field: 'schedule',
  },
];

const BAD_URLS = {
  javascript: "javascript:window.__pwned='url'",
  data: "data:text/html,<script>window.__pwned='url'</script>",
  relative: '/evil',
};

const withoutColours = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, ''); // eslint-disable-line no-control-regex

/** Every check is one case; a failed check is noted and the test goes on. */
class Cases {
  count = 0;
  readonly failures: string[] = [];

  async check(view: string, what: string, run: () => Promise<unknown>) {
    this.count += 1;
    try {
      await run();
    } catch (error) {
      const lines = withoutColours(
        error instanceof Error ? error.message : String(error),
      )
        .split('\n')
        .map(line => line.trim())
        .filter(Boolean);
      const detail = [lines[0], lines.find(l => l.startsWith('Locator:'))]
        .filter(Boolean)
        .join(' ');
      this.failures.push(`${view}: ${what}: ${detail}`);
    }
  }
}

let cases = new Cases();

test.beforeEach(() => {
  cases = new Cases();
});

/**
 * Adds the test's cases to the run's (kept in a file, because Playwright starts a
 * new worker after a failed test) and writes the report. Playwright empties the
 * output directory when a run starts, so the file only holds this run's tests.
 */
test.afterEach(({}, testInfo) => {
  if (
    testInfo.status !== testInfo.expectedStatus &&
    cases.failures.length === 0
  ) {
    // failed outside a check, e.g. the hostile talks never reached the catalog
    cases.failures.push(
      `${testInfo.title}: ${withoutColours(
        testInfo.error?.message ?? testInfo.status ?? 'failed',
      )
        .split('\n')
        .find(line => line.trim())}`,
    );
  }
  const file = join(testInfo.project.outputDir, 'hostile-input-cases.json');
  const run: { cases: number; failures: string[] } = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : { cases: 0, failures: [] };
  run.cases += cases.count;
  run.failures.push(...cases.failures);
  mkdirSync(testInfo.project.outputDir, { recursive: true });
  writeFileSync(file, JSON.stringify(run));

  const dir = process.env.HARDENING_REPORT_DIR;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'chromium-hostile-input.json'),
      `${JSON.stringify({
        source: 'Chromium (e2e/hostile-input.spec.ts)',
        categories: { 'hostile input': run },
      })}\n`,
    );
  }
});

/** Notes the dialogs and CSP violations of a page from now on, next to its browser problems. */
function guard(page: Page, problems: Problems) {
  const dialogs: string[] = [];
  page.on('dialog', dialog => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => undefined);
  });
  page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    window.addEventListener('securitypolicyviolation', event =>
      w.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return { dialogs, problems };
}

type Guard = ReturnType<typeof guard>;

/** The probes that match something in the page, with how many elements each. */
async function injected(page: Page, probes: Probe[]): Promise<string[]> {
  return page.evaluate(
    list =>
      list.flatMap(({ selector, text }) => {
        const found = [...document.querySelectorAll(selector)].filter(
          e => text === undefined || (e.textContent ?? '').includes(text),
        );
        return found.length
          ? [`${selector}${text ? ` "${text}"` : ''} ×${found.length}`]
          : [];
      }),
    probes,
  );
}

/**
 * Checks a view: every payload shows as text where it should and, once the page
 * has settled, none of its elements is in the page. Then six checks of the whole
 * view: no dialog opened, `window.__pwned` is unset, no CSP violation (an injected
 * handler the CSP blocked), no inline event handler attribute, no `javascript:` or
 * `data:` link and no frame, and no browser error.
 */
async function checkView(
  page: Page,
  g: Guard,
  view: string,
  shown: [Payload, Locator, string?][],
) {
  for (const [p, where, text] of shown) {
    await cases.check(view, `${p.name} shows as text`, () =>
      expect(where).toContainText(text ?? p.text),
    );
  }
  await settle(page);
  for (const [p] of shown) {
    await cases.check(view, `${p.name} injects no element`, async () => {
      const found = await injected(page, p.injected);
      if (found.length) throw new Error(`found ${found.join(', ')}`);
    });
  }
  await cases.check(view, 'no dialog opened', async () => {
    if (g.dialogs.length) throw new Error(`dialogs: ${g.dialogs.join(', ')}`);
  });
  await cases.check(view, 'window.__pwned is unset', async () => {
    for (const frame of page.frames()) {
      const pwned = await frame.evaluate(
        () => (window as unknown as { __pwned?: unknown }).__pwned,
      );
      if (pwned !== undefined) throw new Error(`window.__pwned = ${pwned}`);
    }
  });
  await cases.check(view, 'no content security policy violation', async () => {
    const violations = await page.evaluate(
      () =>
        (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    if (violations.length) throw new Error(violations.join(', '));
  });
  await cases.check(view, 'no inline event handler attribute', async () => {
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap(e =>
        [...e.attributes]
          .filter(a => a.name.toLowerCase().startsWith('on'))
          .map(a => `<${e.localName} ${a.name}="${a.value}">`),
      ),
    );
    if (handlers.length) throw new Error(handlers.join(', '));
  });
  await cases.check(
    view,
    'no javascript: or data: link, no frame',
    async () => {
      const found = await injected(page, [
        element(
          'a[href^="javascript:" i], a[href^="data:" i], area[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i], iframe, frame, object, embed',
        ),
      ]);
      if (found.length) throw new Error(`found ${found.join(', ')}`);
    },
  );
  const problems = await g.problems.take();
  await cases.check(view, 'no browser error', async () =>
    expect(problems).toEqual([]),
  );
}

/** The hostile talks' entity names, once the catalog and the talk index have all four. */
async function hostileTalks(api: Api): Promise<Record<TalkKey, string>> {
  let names: Partial<Record<TalkKey, string>> = {};
  await expect
    .poll(
      async () => {
        const catalog = await api.get(
          `/api/catalog/entities/by-query?filter=kind=talk,spec.conference=${CONFERENCE_REF}&fields=metadata.name,metadata.title`,
        );
        names = {};
        for (const item of catalog.items) {
          const key = (Object.keys(TITLES) as TalkKey[]).find(
            k => TITLES[k] === item.metadata.title,
          );
          if (key) names[key] = item.metadata.name;
        }
        const indexed = await api.get(
          `${API}/talks?conference=${encodeURIComponent(CONFERENCE_REF)}`,
        );
        return Object.keys(names).length === 4 && indexed.totalCount === 4;
      },
      {
        message: `the 4 talks of ${FIXTURES}/hostile-talks.yaml are in the catalog and the talk index`,
        timeout: 120_000,
        intervals: [2_000],
      },
    )
    .toBe(true);
  return names as Record<TalkKey, string>;
}

/** A Backstage InfoCard by its title (MUI's class names carry a suffix in the build). */
const card = (page: Page, title: string) =>
  page
    .locator('[class*="MuiCard-root"]')
    .filter({ has: page.getByText(title, { exact: true }) });

test.describe('hostile input: HTML, script and bad URLs in Chromium', () => {
  test('HTML and script in talks, a link note and learnings show as text in every view', async ({
    page,
    problems,
  }) => {
    test.setTimeout(420_000);
    const g = guard(page, problems);
    await signInAsGuest(page);
    const api = await guestApi(page.request);
    const names = await hostileTalks(api);
    await cleanUpTalk(api, names.script, MARKER);

    await api.post(`${API}/entities/component/default/shipment-tracker/links`, {
      talkRef: `talk:default/${names.script}`,
      note: payload.note.text,
    });
    for (const body of LEARNINGS) {
      await api.post(`${API}/talks/default/${names.script}/learnings`, {
        body,
      });
    }

    try {
      // The Talk pages: header; overview with facts, speakers, Markdown abstract
      // and links; learnings; services
      await page.goto(`/catalog/default/talk/${names.script}`);
      const header = page.locator('header').first();
      const overview = card(page, 'About this talk');
      const speakers = overview.getByRole('list', { name: 'Speakers' });
      const learnings = page.getByRole('list', { name: 'Learnings' });
      await expect(learnings.getByRole('listitem')).toHaveCount(3);
      await cases.check(
        'Talk page (script in a title)',
        'the services card shows',
        () =>
          expect(card(page, 'Services using these technologies')).toContainText(
            'This talk covers no technology in the catalog',
          ),
      );
      await cases.check(
        'Talk page (script in a title)',
        'a safe https link in the abstract is a link',
        () =>
          expect(
            overview.getByRole('link', { name: 'safe link' }),
          ).toHaveAttribute('href', 'https://example.com/safe'),
      );
      await cases.check(
        'Talk page (script in a title)',
        'the https video, slides and schedule are links',
        async () => {
          for (const name of [
            'Watch the video (opens in a new tab)',
            'Slides (open in a new tab)',
            'Schedule entry (opens in a new tab)',
          ]) {
            await expect(overview.getByRole('link', { name })).toHaveAttribute(
              'href',
              /^https:\/\/example\.com\//,
            );
          }
        },
      );
      await checkView(page, g, 'Talk page (script in a title)', [
        [payload.scriptTitle, header],
        [payload.conferenceTitle, overview],
        [payload.speakerName, speakers],
        [payload.affiliation, speakers],
        [payload.track, overview],
        [payload.level, overview],
        [payload.abstractScript, overview],
        [payload.abstractSvg, overview],
        [payload.abstractIframe, overview],
        [payload.markdownLinks, overview],
        [payload.learningScript, learnings],
        [payload.learningLink, learnings],
        [payload.learningBlock, learnings],
      ]);

      await page.goto(`/catalog/default/talk/${names.attribute}`);
      await checkView(page, g, 'Talk page (raw HTML)', [
        [payload.attributeTitle, page.locator('header').first()],
        [payload.rawHtmlBlock, overview],
        [payload.abstractEntities, overview],
        [payload.rawInline, overview],
        [payload.sqlSpeaker, speakers],
        [payload.scriptTrack, overview],
      ]);

      await page.goto(`/catalog/default/talk/${names.unicode}`);
      await checkView(page, g, 'Talk page (unicode)', [
        [payload.unicodeTitle, page.locator('header').first()],
        [payload.unicodeAbstract, overview],
        [payload.unicodeSpeaker, speakers],
      ]);

      await page.goto(`/catalog/default/talk/${names.long}`);
      await checkView(page, g, 'Talk page (100 KB abstract)', [
        [payload.longTitle, page.locator('header').first()],
        [payload.longAbstract, overview],
      ]);
      await cases.check(
        'Talk page (100 KB abstract)',
        'the abstract is cut at 20,000 characters, ending with …',
        async () => {
          await expect(overview.locator('p').last()).toHaveText(/…$/);
          await expect(overview).not.toContainText('END-LONG-ABSTRACT');
        },
      );

      // The Conference page: header, talks by day and track
      await page.goto(`/catalog/default/conference/${CONFERENCE}`);
      const talksCard = card(page, 'Talks');
      const panel = talksCard.getByRole('tabpanel');
      await checkView(page, g, 'Conference page (day 1)', [
        [payload.conferenceTitle, page.locator('header').first()],
        [payload.scriptTitle, panel],
        [payload.attributeTitle, panel],
        [payload.speakerName, panel],
        [
          payload.track,
          panel.getByRole('region', { name: payload.track.text }),
        ],
        [
          payload.scriptTrack,
          panel.getByRole('region', { name: payload.scriptTrack.text }),
        ],
      ]);
      await talksCard
        .getByRole('tablist', { name: 'Conference days' })
        .getByRole('tab')
        .nth(1)
        .click();
      await checkView(page, g, 'Conference page (day 2)', [
        [payload.unicodeTitle, panel],
        [payload.longTitle, panel],
        [payload.unicodeSpeaker, panel, 'نور <img src=x-unicode'],
      ]);

      // shipment-tracker's tab: the linked talk first, with its note; the
      // learnings, on the tab and in the talk's learnings dialog
      await page.goto(TRACKER_TAB);
      const linked = page
        .getByRole('list', { name: 'Relevant talks' })
        .getByRole('listitem', { name: TITLES.script, exact: true });
      const latest = page.getByRole('list', { name: 'Latest learnings' });
      await checkView(page, g, 'shipment-tracker tab', [
        [payload.scriptTitle, linked.getByRole('heading', { level: 3 })],
        [payload.conferenceTitle, linked],
        [payload.speakerName, linked],
        [payload.note, linked.getByRole('list', { name: 'Why this talk' })],
        [payload.learningScript, latest],
        [payload.learningLink, latest],
        [payload.learningBlock, latest],
      ]);
      await linked
        .getByRole('button', { name: `Learnings on ${TITLES.script}: 3` })
        .click();
      const dialog = page.getByRole('dialog', { name: /^Learnings on/ });
      await checkView(page, g, 'shipment-tracker tab, learnings dialog', [
        [payload.scriptTitle, dialog.getByRole('heading').first()],
        [payload.learningScript, dialog],
        [payload.learningLink, dialog],
        [payload.learningBlock, dialog],
      ]);
      await dialog.getByRole('button', { name: 'Close' }).click();

      // The Conference Learnings page: the hostile title typed in the search
      // box; the conference's talks; the learnings
      await page.goto('/conference-learnings');
      await page
        .getByRole('searchbox', { name: 'Search talks' })
        .fill(TITLES.script);
      const talks = page.getByRole('list', { name: 'Talks' });
      await expect(page).toHaveURL(/[?&]q=/);
      await expect(talks.getByRole('listitem')).toHaveCount(1);
      const found = talks.getByRole('listitem', {
        name: TITLES.script,
        exact: true,
      });
      await checkView(page, g, 'Talks tab, searched by title', [
        [payload.scriptTitle, found.getByRole('heading', { level: 3 })],
        [payload.conferenceTitle, found],
        [payload.speakerName, found],
        [payload.track, found],
        [payload.level, found],
      ]);

      await page.goto(
        `/conference-learnings?conference=${encodeURIComponent(
          CONFERENCE_REF,
        )}`,
      );
      await expect(talks.getByRole('listitem')).toHaveCount(4);
      await checkView(page, g, 'Talks tab, filtered by conference', [
        [payload.scriptTitle, talks],
        [payload.attributeTitle, talks],
        [payload.unicodeTitle, talks],
        [payload.longTitle, talks],
        [payload.conferenceTitle, talks],
        [
          payload.sqlSpeaker,
          talks,
          "Robert'); DROP TABLE talks;-- (&lt;Entity Inc&gt;)",
        ],
        [payload.scriptTrack, talks],
      ]);

      await page.goto('/conference-learnings/learnings');
      const all = page.getByRole('list', { name: 'Latest learnings' });
      await checkView(page, g, 'Learnings tab', [
        [payload.scriptTitle, all],
        [payload.learningScript, all],
        [payload.learningLink, all],
        [payload.learningBlock, all],
      ]);

      // The search page (the collator indexes talks every minute)
      const result = (title: string) =>
        page.getByRole('link', { name: title, exact: true });
      await expect
        .poll(
          async () => {
            await page.goto('/search?query=hostile');
            await settle(page);
            return result(TITLES.script).count();
          },
          { timeout: 120_000, intervals: [5_000] },
        )
        .toBeGreaterThan(0);
      const scriptResult = page
        .getByRole('listitem')
        .filter({ has: result(TITLES.script) })
        .last();
      const longResult = page
        .getByRole('listitem')
        .filter({ has: result(TITLES.long) })
        .last();
      await checkView(page, g, 'Search page', [
        [payload.scriptTitle, result(TITLES.script)],
        [payload.attributeTitle, result(TITLES.attribute)],
        [payload.unicodeTitle, result(TITLES.unicode)],
        [payload.longTitle, result(TITLES.long)],
        [payload.conferenceTitle, scriptResult],
        [payload.speakerName, scriptResult],
        [payload.abstractScript, scriptResult],
        [payload.longAbstract, longResult],
      ]);
    } finally {
      await cleanUpTalk(api, names.script, MARKER);
    }
    expect(cases.failures).toEqual([]);
  });

  test('talks with javascript:, data: or relative URLs are rejected by the file provider', async ({
    page,
    problems,
  }) => {
    const g = guard(page, problems);
    await signInAsGuest(page);
    const api = await guestApi(page.request);
    // ingested by the same backend on the same schedule as the rejected files
    await hostileTalks(api);
    const log = process.env.E2E_BACKEND_LOG;
    if (!log) {
      test.info().annotations.push({
        type: 'not checked',
        description:
          'E2E_BACKEND_LOG is not set, so the rejections in the backend log are not checked',
      });
    }
    for (const bad of BAD_URL_FILES) {
      const view = `${bad.field} URL in ${bad.file}`;
      if (log) {
        await cases.check(
          view,
          'the provider logs why it rejects the file',
          () =>
            expect
              .poll(() =>
                existsSync(log)
                  ? withoutColours(readFileSync(log, 'utf8'))
                  : '',
              )
              .toContain(
                `conference-learnings-file:${bad.provider}: could not ingest ${FIXTURES}/${bad.file}, keeping the entities ingested last: InputError: Curated talks: conferences[0].talks[0] ("${bad.title}").${bad.field} must be an http(s) URL`,
              ),
        );
      }
      await cases.check(
        view,
        'nothing of the file is in the catalog',
        async () => {
          const catalog = await api.get(
            `/api/catalog/entities/by-query?filter=metadata.name=${bad.conference}&filter=spec.conference=conference:default/${bad.conference}`,
          );
          expect(catalog.items).toEqual([]);
        },
      );
      await page.goto(
        `/conference-learnings?q=${encodeURIComponent(bad.title)}`,
      );
      await cases.check(view, 'the Talks tab finds no such talk', () =>
        expect(page.getByText('No talks match')).toBeVisible(),
      );
      await checkView(page, g, `Talks tab, searched for "${bad.title}"`, []);
    }
    expect(cases.failures).toEqual([]);
  });

  test('were the API to return javascript:, data: or relative URLs, no view would link them', async ({
    page,
    problems,
  }) => {
    test.setTimeout(240_000);
    const g = guard(page, problems);
    await signInAsGuest(page);
    const api = await guestApi(page.request);
    const names = await hostileTalks(api);
    const talkRef = `talk:default/${names.script}`;
    // Three page loads put each kind of URL once in each field
    const kinds = Object.keys(BAD_URLS) as (keyof typeof BAD_URLS)[];
    for (let shift = 0; shift < kinds.length; shift++) {
      const [video, slides, schedule] = [0, 1, 2].map(
        i => kinds[(i + shift) % kinds.length],
      );
      const urls = {
        video: BAD_URLS[video],
        slides: BAD_URLS[slides],
        schedule: BAD_URLS[schedule],
      };
      let patched = 0;
      const patch = (value: any): void => {
        if (Array.isArray(value)) {
          value.forEach(patch);
        } else if (value && typeof value === 'object') {
          if (value.kind === 'Talk' && value.metadata?.name === names.script) {
            Object.assign(value.spec, urls);
            for (const speaker of value.spec.speakers ?? []) {
              speaker.url = BAD_URLS[video];
            }
            patched += 1;
          } else if (value.entityRef === talkRef) {
            Object.assign(value, urls);
            patched += 1;
          }
          Object.values(value).forEach(patch);
        }
      };
      // The catalog's answers (the Talk page) and the talks API's (the Talks tab)
      await page.unrouteAll();
      for (const pattern of [
        '**/api/catalog/entities**',
        `**${API}/talks?**`,
      ]) {
        await page.route(pattern, async route => {
          const response = await route.fetch();
          if (!(response.headers()['content-type'] ?? '').includes('json')) {
            await route.fulfill({ response });
            return;
          }
          const json = await response.json();
          patch(json);
          await route.fulfill({ response, json });
        });
      }
      const view = `video ${video}, slides ${slides}, schedule ${schedule}`;

      await page.goto(`/catalog/default/talk/${names.script}`);
      const overview = card(page, 'About this talk');
      await expect(overview).toContainText(payload.abstractScript.text);
      await cases.check(
        `Talk page (${view})`,
        'the answer was changed',
        async () => expect(patched).toBeGreaterThan(0),
      );
      for (const [field, name] of [
        ['video', 'Watch the video (opens in a new tab)'],
        ['slides', 'Slides (open in a new tab)'],
        ['schedule', 'Schedule entry (opens in a new tab)'],
      ]) {
        await cases.check(`Talk page (${view})`, `no ${field} link`, () =>
          expect(page.getByRole('link', { name })).toHaveCount(0),
        );
      }
      await cases.check(`Talk page (${view})`, 'no video player', () =>
        expect(page.locator('iframe')).toHaveCount(0),
      );
      await cases.check(
        `Talk page (${view})`,
        'the speaker is no link, nothing links /evil',
        async () => {
          await expect(
            overview.getByRole('list', { name: 'Speakers' }).getByRole('link'),
          ).toHaveCount(0);
          await expect(overview.locator('a[href*="evil"]')).toHaveCount(0);
        },
      );
      await checkView(page, g, `Talk page (${view})`, []);

      patched = 0;
      await page.goto(
        `/conference-learnings?conference=${encodeURIComponent(
          CONFERENCE_REF,
        )}`,
      );
      const item = page
        .getByRole('list', { name: 'Talks' })
        .getByRole('listitem', { name: TITLES.script, exact: true });
      await expect(item).toBeVisible();
      await cases.check(
        `Talks tab (${view})`,
        'the answer was changed',
        async () => expect(patched).toBeGreaterThan(0),
      );
      await cases.check(
        `Talks tab (${view})`,
        'no video or slides link, nothing links /evil',
        async () => {
          await expect(
            item.getByRole('link', { name: /^(Video|Slides) of / }),
          ).toHaveCount(0);
          await expect(page.locator('a[href*="evil"]')).toHaveCount(0);
        },
      );
      await checkView(page, g, `Talks tab (${view})`, []);
    }
    await page.unrouteAll();
    expect(cases.failures).toEqual([]);
  });
});
