import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { XMLParser } from 'fast-xml-parser';
import request from 'supertest';
import { loadDemoCatalog } from './__testUtils__/demoCatalog';
import { conferenceLearningsPlugin } from './plugin';

jest.setTimeout(60_000);

const BASE = '/api/conference-learnings';
const ALICE = 'user:default/alice';
const TRACKER_FEED = `${BASE}/entities/component/default/shipment-tracker/feed`;
const CONFERENCE_FEED = `${BASE}/conferences/default/kubecon-india-2024/feed`;

interface Entry {
  id: string;
  title: { '#text': string; '@_type': string };
  updated: string;
  link: { '@_href': string };
  summary?: { '#text': string; '@_type': string };
  author?: { name: { '#text': string } };
}

/** The feed's entries as a feed reader parses them. */
function entriesOf(xml: string): Entry[] {
  const parsed = new XMLParser({
    ignoreAttributes: false,
    isArray: name => name === 'entry',
    parseTagValue: false,
    alwaysCreateTextNode: true,
  }).parse(xml);
  expect(parsed.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  return (parsed.feed.entry ?? []).map((entry: any) => ({
    ...entry,
    id: entry.id['#text'],
    updated: entry.updated['#text'],
  }));
}

describe('Atom feeds', () => {
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        conferenceLearningsPlugin,
        catalogServiceMock.factory({ entities: await loadDemoCatalog() }),
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
        mockServices.rootConfig.factory({
          data: { app: { baseUrl: 'https://backstage.example.com/' } },
        }),
      ],
    }));
  });

  const get = (path: string) =>
    request(server)
      .get(path)
      .set('Authorization', mockCredentials.user.header(ALICE))
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', chunk => (text += chunk));
        res.on('end', () => done(null, text));
      });

  it("holds a service's ranked talks, linking to their pages in the app", async () => {
    const [feed, ranked] = await Promise.all([
      get(TRACKER_FEED),
      request(server)
        .get(`${BASE}/entities/component/default/shipment-tracker/talks`)
        .set('Authorization', mockCredentials.user.header(ALICE)),
    ]);
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toBe(
      'application/atom+xml; charset=utf-8',
    );
    const entries = entriesOf(feed.body);
    const talkIds = entries.map(entry => entry.id);
    for (const item of ranked.body.items) {
      expect(talkIds).toContain(
        `urn:conference-learnings:${item.talk.entityRef}`,
      );
    }
    const [first] = ranked.body.items;
    const entry = entries.find(
      e => e.id === `urn:conference-learnings:${first.talk.entityRef}`,
    )!;
    expect(entry.title['#text']).toBe(first.talk.title);
    expect(entry.link['@_href']).toBe(
      `https://backstage.example.com/catalog/default/talk/${
        first.talk.entityRef.split('/')[1]
      }`,
    );
    const dates = entries.map(e => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('shows a new learning on a relevant talk first, as text a reader cannot take for markup', async () => {
    const { body: ranked } = await request(server)
      .get(`${BASE}/entities/component/default/shipment-tracker/talks?limit=1`)
      .set('Authorization', mockCredentials.user.header(ALICE));
    const talkRef: string = ranked.items[0].talk.entityRef;
    const hostile =
      'Use <script>alert(1)</script> & ]]> <img src="http://tracker.example/p.png">\u0001 wisely';
    const created = await request(server)
      .post(`${BASE}/talks/default/${talkRef.split('/')[1]}/learnings`)
      .set('Authorization', mockCredentials.user.header(ALICE))
      .send({ body: hostile });
    expect(created.status).toBe(201);

    const feed = await get(TRACKER_FEED);
    expect(feed.body).not.toContain('<script');
    expect(feed.body).not.toContain('<img');
    const [newest] = entriesOf(feed.body);
    expect(newest.id).toBe(
      `urn:conference-learnings:learning:${created.body.id}`,
    );
    expect(newest.summary).toEqual({
      '#text': hostile.replace('\u0001', ''),
      '@_type': 'text',
    });
    expect(newest.author?.name['#text']).toBe(ALICE);
  });

  it("holds a conference's talks", async () => {
    const feed = await get(CONFERENCE_FEED);
    expect(feed.status).toBe(200);
    const entries = entriesOf(feed.body);
    const talks = entries.filter(e => !e.id.includes(':learning:'));
    expect(talks.length).toBeGreaterThan(1);
    for (const talk of talks) {
      expect(talk.id).toMatch(
        /^urn:conference-learnings:talk:default\/kubecon-india-2024-/,
      );
    }
  });

  it('answers only with credentials, and 404 for what is not there', async () => {
    expect((await request(server).get(TRACKER_FEED)).status).toBe(401);
    expect(
      (await get(`${BASE}/entities/component/default/no-such-service/feed`))
        .status,
    ).toBe(404);
    expect(
      (await get(`${BASE}/conferences/default/no-such-conference/feed`)).status,
    ).toBe(404);
  });
});
