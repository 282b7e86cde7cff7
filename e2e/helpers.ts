import {
  APIRequestContext,
  test as base,
  ConsoleMessage,
  expect,
  Page,
} from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { format } from 'node:util';

/** Screenshots the plugin README shows; the e2e run refreshes them. */
export const SCREENSHOTS = resolve(
  __dirname,
  '../plugins/conference-learnings/docs/screenshots',
);
mkdirSync(SCREENSHOTS, { recursive: true });

/**
 * Where the API is. `scripts/test` serves the app from its development server
 * (React reports its warnings only in development builds) and the backend
 * elsewhere; run against one backend serving the built app, both are
 * E2E_BASE_URL.
 */
export const BACKEND_URL =
  process.env.E2E_BACKEND_URL ??
  process.env.E2E_BASE_URL ??
  'http://localhost:7007';

/** A component stack frame from our code: the app (`./src`, as its development server names it) or a plugin. */
const OUR_FRAME = /\(webpack-internal:\/\/\/(?:\.\/src|\.\.\/\.\.\/plugins)\//;
/** A component stack frame naming where the component is defined (a host element such as `at li` names none). */
const COMPONENT_FRAME = /^\s+at .* \(/;
/**
 * Warnings about how a library component is written (deprecated React APIs it
 * calls), whoever renders it: they blame the innermost component only.
 */
const IMPLEMENTATION_WARNING =
  /findDOMNode is deprecated|Support for defaultProps will be removed|has been renamed, and is not recommended/;

/**
 * Whether a React warning is one that our code causes: its component stack has
 * a frame from our source. Upstream warnings (Backstage's catalog table, MUI
 * v4's findDOMNode) do not count.
 */
function isOurReactWarning(text: string): boolean {
  const frames = text.split('\n').filter(line => COMPONENT_FRAME.test(line));
  const blamed = IMPLEMENTATION_WARNING.test(text)
    ? frames.slice(0, 1)
    : frames;
  return blamed.some(frame => OUR_FRAME.test(frame));
}

/** A React warning's message and its component stack up to our first component. */
function shortWarning(text: string): string {
  const lines = text.split('\n');
  return lines
    .slice(0, lines.findIndex(line => OUR_FRAME.test(line)) + 1)
    .join('\n');
}

/** A console message as the browser shows it, with `%s` and the like filled in. */
async function consoleText(message: ConsoleMessage): Promise<string> {
  const args = await Promise.all(
    message.args().map(arg => arg.jsonValue().catch(() => String(arg))),
  );
  return args.length ? format(...args) : message.text();
}

/**
 * The problems of a page a test must not cause: React warnings from our
 * components, other console errors, page errors, failed requests and HTTP
 * errors. The `problems` fixture fails the test on any left at its end.
 */
export class Problems {
  /** The first lines of React warnings from upstream components: reported, not failed on. */
  readonly upstreamWarnings = new Set<string>();
  readonly #found: string[] = [];
  readonly #reading = new Set<Promise<void>>();

  constructor(page: Page) {
    page.on('console', message => {
      if (message.type() !== 'error' && message.type() !== 'warning') return;
      const reading = consoleText(message).then(text => {
        if (!text.startsWith('Warning: ')) {
          if (message.type() === 'error') {
            this.#found.push(`console error: ${text}`);
          }
        } else if (isOurReactWarning(text)) {
          this.#found.push(
            `React warning from our code: ${shortWarning(text)}`,
          );
        } else {
          this.upstreamWarnings.add(text.split('\n')[0]);
        }
      });
      this.#reading.add(reading);
      reading.finally(() => this.#reading.delete(reading));
    });
    page.on('pageerror', error =>
      this.#found.push(`page error: ${error.message}`),
    );
    page.on('requestfailed', request => {
      // Leaving a page aborts its pending requests; that is not a problem.
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
      this.#found.push(
        `request failed: ${request.url()} (${request.failure()?.errorText})`,
      );
    });
    page.on('response', response => {
      if (response.status() >= 400) {
        this.#found.push(`HTTP ${response.status()}: ${response.url()}`);
      }
    });
  }

  /** The problems found since the last call, once every console message is read. */
  async take(): Promise<string[]> {
    await Promise.all(this.#reading);
    return this.#found.splice(0);
  }
}

/**
 * Every spec's `test`: its page is watched for problems from the start, and the
 * test fails on any it did not take. Upstream React warnings are noted as an
 * annotation.
 */
export const test = base.extend<{ problems: Problems }>({
  problems: [
    async ({ page }, use, testInfo) => {
      const problems = new Problems(page);
      await use(problems);
      const found = await problems.take();
      if (problems.upstreamWarnings.size) {
        testInfo.annotations.push({
          type: 'upstream React warnings (not ours, not failed on)',
          description: [...problems.upstreamWarnings].join(' | '),
        });
      }
      expect(
        found,
        'React warnings from our code, console and page errors, failed requests',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

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

/** The backend's API as the guest. */
export interface Api {
  get(path: string): Promise<any>;
  post(path: string, data: unknown): Promise<any>;
  delete(path: string): Promise<number>;
}

/** Signs in as the guest through the page's request context and calls the backend's API with its token. */
export async function guestApi(request: APIRequestContext): Promise<Api> {
  const url = (path: string) => new URL(path, BACKEND_URL).href;
  const refresh = await request.get(
    url('/api/auth/guest/refresh?env=development'),
    { headers: { 'x-requested-with': 'XMLHttpRequest' } },
  );
  expect(refresh.ok()).toBe(true);
  const token: string = (await refresh.json()).backstageIdentity.token;
  const headers = { authorization: `Bearer ${token}` };
  return {
    async get(path) {
      const response = await request.get(url(path), { headers });
      expect(response.status(), `GET ${path}`).toBe(200);
      return response.json();
    },
    async post(path, data) {
      const response = await request.post(url(path), { headers, data });
      expect(response.status(), `POST ${path}: ${await response.text()}`).toBe(
        201,
      );
      return response.json();
    },
    async delete(path) {
      return (await request.delete(url(path), { headers })).status();
    },
  };
}

/**
 * Deletes what a spec wrote on a talk through the API: shipment-tracker's link
 * to it, and its learnings that start with the spec's `marker`, also those a
 * broken earlier run left.
 */
export async function cleanUpTalk(api: Api, talkName: string, marker: string) {
  const base = '/api/conference-learnings';
  await api.delete(
    `${base}/entities/component/default/shipment-tracker/links/default/${talkName}`,
  );
  const learnings = await api.get(
    `${base}/talks/default/${talkName}/learnings?limit=100`,
  );
  for (const learning of learnings.items) {
    if (learning.body.startsWith(marker)) {
      expect(await api.delete(`${base}/learnings/${learning.id}`)).toBe(204);
    }
  }
}
