import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { ServiceFactory } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  Learning,
  RankedTalk,
  RankedTalksPage,
  TalkLink,
  TalksPage,
  TechnologiesPage,
} from '@conference-learnings/plugin-conference-learnings-common';
import { Knex } from 'knex';
import request from 'supertest';
import { loadDemoCatalog } from './__testUtils__/demoCatalog';
import { GENERIC_KUBERNETES_KEYNOTE } from './__testUtils__/extraTalks';
import { conferenceLearningsPlugin } from './plugin';
import {
  createLearningConditionalDecision,
  learningConditions,
} from './permissions/rules';

jest.setTimeout(60_000);

const BASE = '/api/conference-learnings';
const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const EXPEDIA =
  'talk:default/kubecon-india-2024-expedia-gitops-argocd-30k-apps';
const PEPSICO = 'talk:default/kubecon-india-2024-pepsico-app-of-apps';
const AI_PAVED_ROAD =
  'talk:default/kubecon-eu-2024-ai-powered-paved-road-platform';
const LIPSTICK =
  'talk:default/kubecon-eu-2024-lipstick-is-exactly-what-a-pig-needs';
const KEYNOTE = stringifyEntityRef(GENERIC_KUBERNETES_KEYNOTE);
const TRACKER = 'component/default/shipment-tracker';

const asUser = (ref = ALICE) => mockCredentials.user.header(ref);
const asService = () => mockCredentials.service.header();

let demo: Entity[];
beforeAll(async () => {
  demo = await loadDemoCatalog({ extraEntities: [GENERIC_KUBERNETES_KEYNOTE] });
});

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

async function start(
  knex: Knex,
  options: {
    entities?: Entity[];
    permissions?: ServiceFactory;
    config?: NonNullable<
      Parameters<typeof mockServices.rootConfig.factory>[0]
    >['data'];
  } = {},
) {
  const { server } = await startTestBackend({
    features: [
      conferenceLearningsPlugin,
      mockServices.database.factory({ knex }),
      catalogServiceMock.factory({ entities: options.entities ?? demo }),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      options.permissions ??
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
    ],
  });
  return server;
}

describe.each(databases.eachSupportedId())('on %p', databaseId => {
  let knex: Knex;
  let server: Awaited<ReturnType<typeof start>>;

  beforeAll(async () => {
    knex = await databases.init(databaseId as TestDatabaseId);
    server = await start(knex);
  });

  const get = (path: string, auth: string | null = asUser()) => {
    const req = request(server).get(`${BASE}${path}`);
    return auth ? req.set('Authorization', auth) : req;
  };
  const send = (
    method: 'post' | 'patch' | 'delete',
    path: string,
    body?: object | string,
    auth: string | null = asUser(),
  ) => {
    let req = request(server)[method](`${BASE}${path}`);
    if (auth) req = req.set('Authorization', auth);
    if (typeof body === 'string') {
      req = req.set('Content-Type', 'application/json');
    }
    return body === undefined ? req : req.send(body);
  };

  describe('GET /health', () => {
    it('needs credentials like every route, then answers', async () => {
      expect((await get('/health', null)).status).toBe(401);
      const res = await get('/health', asService());
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok' });
    });
  });

  describe('GET /talks', () => {
    it('needs credentials (401), users and services may read', async () => {
      expect((await get('/talks', null)).status).toBe(401);
      expect((await get('/talks', asService())).status).toBe(200);
    });

    it('lists every talk, newest first, with facet counts', async () => {
      const res = await get('/talks?limit=5');
      expect(res.status).toBe(200);
      const page: TalksPage = res.body;
      expect(page.totalCount).toBe(56);
      expect(page.items).toHaveLength(5);
      expect(page.items[0].entityRef).toBe(KEYNOTE);
      expect(page.facets.conference).toEqual(
        expect.arrayContaining([
          {
            value: 'conference:default/kubecon-eu-2024',
            label: 'KubeCon + CloudNativeCon Europe 2024',
            count: 39,
          },
          {
            value: 'conference:default/kubecon-india-2024',
            label: 'KubeCon + CloudNativeCon India 2024',
            count: 16,
          },
        ]),
      );
      expect(page.facets.year).toEqual([
        { value: '2024', count: 55 },
        { value: '2025', count: 1 },
      ]);
      expect(page.facets.technology[0]).toEqual({
        value: 'technology:default/kubernetes',
        label: 'Kubernetes',
        count: 18,
      });
    });

    it('filters by technology, conference, year, type and track, counting facets for the other filters', async () => {
      const argo = await get('/talks?technology=argo');
      expect(argo.body.items.map((t: any) => t.entityRef).sort()).toEqual(
        [AI_PAVED_ROAD, EXPEDIA, KEYNOTE, PEPSICO].sort(),
      );
      const expedia = argo.body.items.find((t: any) => t.entityRef === EXPEDIA);
      expect(expedia).toMatchObject({
        title:
          "Expedia Group's GitOps Revolution: Extensive Scalability Testing on ArgoCD for 30K Applications",
        conferenceRef: 'conference:default/kubecon-india-2024',
        conferenceTitle: 'KubeCon + CloudNativeCon India 2024',
        year: 2024,
        technologyRefs: ['technology:default/argo'],
        curatedTechnologyRefs: ['technology:default/argo'],
      });

      const res = await get(
        '/talks?technology=technology:default/argo&conference=kubecon-india-2024&year=2024',
      );
      const page: TalksPage = res.body;
      // Same date: ordered by title.
      expect(page.items.map(t => t.entityRef)).toEqual([EXPEDIA, PEPSICO]);
      expect(page.totalCount).toBe(2);
      // Disjunctive: the conference facet ignores the conference filter …
      expect(page.facets.conference).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            value: 'conference:default/kubecon-eu-2024',
            count: 1,
          }),
          expect.objectContaining({
            value: 'conference:default/kubecon-india-2024',
            count: 2,
          }),
        ]),
      );
      // … and the technology facet counts the technologies of India 2024 talks.
      expect(page.facets.technology).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            value: 'technology:default/kubernetes',
            count: 7,
          }),
        ]),
      );

      const keynotes = await get('/talks?type=keynote&type=panel');
      expect(keynotes.body.totalCount).toBe(7);
      const track = await get(
        `/talks?track=${encodeURIComponent('platform engineering day')}`,
      );
      expect(track.body.totalCount).toBe(14);
      expect(track.body.facets.track).toEqual(
        expect.arrayContaining([
          { value: 'Platform Engineering Day', count: 14 },
          { value: 'OpenShift Commons', count: 1 },
        ]),
      );
    });

    it('searches titles, abstracts, speakers and technology names, every word, prefixes too', async () => {
      const res = await get(`/talks?q=${encodeURIComponent('gitops expedia')}`);
      expect(res.body.items.map((t: any) => t.entityRef)).toEqual([EXPEDIA]);
      const prefix = await get('/talks?q=expe');
      expect(prefix.body.items.map((t: any) => t.entityRef)).toContain(EXPEDIA);
      const speaker = await get('/talks?q=Abby%20Bangser');
      expect(speaker.body.items.map((t: any) => t.entityRef)).toContain(
        LIPSTICK,
      );
      for (const talk of speaker.body.items) {
        expect(talk.speakers.map((p: any) => p.name)).toContain('Abby Bangser');
      }
      const none = await get('/talks?q=zzzzqqq');
      expect(none.body).toMatchObject({ items: [], totalCount: 0 });
    });

    it('pages', async () => {
      const first = await get('/talks?limit=10&offset=0');
      const second = await get('/talks?limit=10&offset=10');
      expect(second.body.totalCount).toBe(56);
      expect(second.body.items[0].entityRef).not.toBe(
        first.body.items[0].entityRef,
      );
      const beyond = await get('/talks?offset=1000');
      expect(beyond.body.items).toEqual([]);
    });

    it.each([
      ['limit=5000', 'limit must be <= 100'],
      ['limit=0', 'limit must be >= 1'],
      ['offset=-1', 'offset must be >= 0'],
      ['year=next', 'year[0] must be an integer'],
      ['type=talkshow', 'type[0] must be one of keynote'],
      [
        'technology=component:default/x',
        'technology must refer to a Technology',
      ],
      ['conference=a:b:c', 'conference is not a valid entity ref'],
      ['tech=argo', 'Unknown query parameter tech'],
      ['limit=1&limit=2', 'limit must be an integer'],
    ])('rejects %s with a 400 that says why', async (query, message) => {
      const res = await get(`/talks?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(res.body.error.message).toContain(message);
    });
  });

  describe('GET /technologies', () => {
    it('lists technologies with talk and entity counts, most covered first', async () => {
      expect((await get('/technologies', null)).status).toBe(401);
      const res = await get('/technologies?limit=3');
      const page: TechnologiesPage = res.body;
      expect(page.totalCount).toBe(41);
      expect(page.items[0]).toMatchObject({
        entityRef: 'technology:default/kubernetes',
        talkCount: 18,
        entityCount: 4,
      });
      const argo = await get(
        `/technologies?q=${encodeURIComponent('Argo CD')}`,
      );
      expect(argo.body.items).toEqual([
        expect.objectContaining({
          entityRef: 'technology:default/argo',
          title: 'Argo',
          maturity: 'graduated',
          aliases: ['Argo CD', 'ArgoCD', 'Argo Rollouts', 'Argo Workflows'],
          talkCount: 4,
          curatedTalkCount: 3,
          entityCount: 2,
        }),
      ]);
    });

    it('filters by category and maturity', async () => {
      const mesh = await get('/technologies?category=service%20mesh');
      expect(mesh.body.items.map((t: any) => t.name)).toEqual(['istio']);
      const sandbox = await get('/technologies?maturity=sandbox&limit=100');
      expect(sandbox.body.items.length).toBeGreaterThan(0);
      expect(
        sandbox.body.items.every((t: any) => t.maturity === 'sandbox'),
      ).toBe(true);
      const bad = await get('/technologies?maturity=ancient');
      expect(bad.status).toBe(400);
    });
  });

  describe('GET /entities/{kind}/{namespace}/{name}/talks', () => {
    it('ranks the focused, curated Argo talk above the generic keynote that mentions Argo, and explains why', async () => {
      const res = await get(`/entities/${TRACKER}/talks`);
      expect(res.status).toBe(200);
      const page: RankedTalksPage = res.body;
      expect(page.entityRef).toBe('component:default/shipment-tracker');
      expect(page.items.map(i => i.talk.entityRef)).toEqual([
        EXPEDIA,
        PEPSICO,
        AI_PAVED_ROAD,
        KEYNOTE,
      ]);
      expect(page.items[0].reasons).toEqual([
        {
          type: 'technology',
          technologyRef: 'technology:default/argo',
          technologyTitle: 'Argo',
          coverage: 'curated',
          weight: expect.any(Number),
          contribution: expect.any(Number),
          usedBy: [
            {
              entityRef: 'component:default/shipment-tracker',
              reasons: [{ type: 'annotation', annotation: 'argocd/app-name' }],
            },
          ],
          usedByCount: 1,
        },
      ]);
      expect(page.items[3].reasons[0]).toMatchObject({
        technologyRef: 'technology:default/argo',
        coverage: 'detected',
      });
      const scores = page.items.map(i => i.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      expect(page.orphanedLinks).toEqual([]);
    });

    it('leaves the abstracts out unless asked for them (abstracts=true)', async () => {
      const plain: RankedTalksPage = (await get(`/entities/${TRACKER}/talks`))
        .body;
      expect(plain.items.length).toBeGreaterThan(0);
      for (const item of plain.items) {
        expect(item.talk).not.toHaveProperty('description');
      }
      const withAbstracts: RankedTalksPage = (
        await get(`/entities/${TRACKER}/talks?abstracts=true`)
      ).body;
      const expedia = withAbstracts.items.find(
        i => i.talk.entityRef === EXPEDIA,
      )!;
      expect(expedia.talk.description).toContain('Argo');
      // Otherwise the same page.
      expect(
        withAbstracts.items.map(
          ({ talk: { description, ...talk }, ...item }) => ({
            ...item,
            talk,
          }),
        ),
      ).toEqual(plain.items);
      expect(
        (await get(`/entities/${TRACKER}/talks?abstracts=maybe`)).status,
      ).toBe(400);
    });

    it('ranks for APIs, Resources, Systems, Domains-less groups, users and technologies', async () => {
      const refsOf = async (path: string) =>
        (
          (await get(`/entities/${path}/talks?limit=100`))
            .body as RankedTalksPage
        ).items.map(i => i.talk.entityRef);

      expect(await refsOf('api/default/shipment-events-api')).toEqual([
        'talk:default/kubecon-eu-2024-shopify-search-platform',
      ]);
      const system = await get(
        '/entities/system/default/shipment-tracking/talks',
      );
      const systemPage: RankedTalksPage = system.body;
      expect(systemPage.items.map(i => i.talk.entityRef)).toEqual(
        expect.arrayContaining([
          EXPEDIA,
          'talk:default/kubecon-eu-2024-save-millions-with-keda',
          'talk:default/kubecon-india-2024-flipkart-service-mesh-journey',
        ]),
      );
      const keda = systemPage.items.find(
        i =>
          i.talk.entityRef ===
          'talk:default/kubecon-eu-2024-save-millions-with-keda',
      )!;
      expect(keda.reasons[0]).toMatchObject({
        technologyRef: 'technology:default/keda',
        usedByCount: 2,
        usedBy: expect.arrayContaining([
          {
            entityRef: 'component:default/eta-predictor',
            reasons: [{ type: 'tag', tag: 'keda' }],
          },
        ]),
      });
      // The guest is in the shipment squad, which owns the shipment-tracking system.
      expect(await refsOf('user/default/guest')).toEqual(
        await refsOf('group/default/shipment-squad'),
      );
      expect(await refsOf('group/default/shipment-squad')).toEqual(
        expect.arrayContaining(systemPage.items.map(i => i.talk.entityRef)),
      );
      expect(await refsOf('technology/default/argo')).toEqual([
        EXPEDIA,
        PEPSICO,
        AI_PAVED_ROAD,
        KEYNOTE,
      ]);
      expect(await refsOf('resource/default/image-registry')).toEqual([]);
    });

    it('answers 404 for unknown entities, 400 for bad refs or kinds, 401 without credentials', async () => {
      // Refs are case-insensitive.
      expect(
        (await get('/entities/Component/Default/Shipment-Tracker/talks')).body
          .entityRef,
      ).toBe('component:default/shipment-tracker');
      expect((await get('/entities/component/default/nope/talks')).status).toBe(
        404,
      );
      const bad = await get('/entities/component/default/not%20valid!/talks');
      expect(bad.status).toBe(400);
      const kind = await get('/entities/location/default/x/talks');
      expect(kind.status).toBe(400);
      expect(kind.body.error.message).toContain('not location');
      expect((await get(`/entities/${TRACKER}/talks`, null)).status).toBe(401);
      expect((await get(`/entities/${TRACKER}/talks?limit=500`)).status).toBe(
        400,
      );
    });
  });

  describe('links', () => {
    it('puts an explicitly linked talk first, with note, author and date; refuses duplicates (409)', async () => {
      const res = await send('post', `/entities/${TRACKER}/links`, {
        talkRef: 'kubecon-eu-2024-lipstick-is-exactly-what-a-pig-needs',
        note: 'Our portal needs this',
      });
      expect(res.status).toBe(201);
      const link: TalkLink = res.body;
      expect(link).toMatchObject({
        entityRef: 'component:default/shipment-tracker',
        talkRef: LIPSTICK,
        note: 'Our portal needs this',
        createdBy: ALICE,
        orphaned: false,
        talk: expect.objectContaining({ entityRef: LIPSTICK }),
      });
      expect(Date.parse(link.createdAt)).toBeGreaterThan(Date.now() - 60_000);

      const ranked: RankedTalksPage = (await get(`/entities/${TRACKER}/talks`))
        .body;
      expect(ranked.items.map(i => i.talk.entityRef)).toEqual([
        LIPSTICK,
        EXPEDIA,
        PEPSICO,
        AI_PAVED_ROAD,
        KEYNOTE,
      ]);
      const first: RankedTalk = ranked.items[0];
      expect(first.reasons).toEqual([
        {
          type: 'link',
          linkId: link.id,
          note: 'Our portal needs this',
          createdBy: ALICE,
          createdAt: link.createdAt,
        },
      ]);
      expect(first.link).toMatchObject({ id: link.id });

      const duplicate = await send(
        'post',
        `/entities/${TRACKER}/links`,
        { talkRef: LIPSTICK },
        asUser(BOB),
      );
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.error.name).toBe('ConflictError');

      const removed = await send(
        'delete',
        `/entities/${TRACKER}/links/default/kubecon-eu-2024-lipstick-is-exactly-what-a-pig-needs`,
      );
      expect(removed.status).toBe(204);
      const again = await send(
        'delete',
        `/entities/${TRACKER}/links/default/kubecon-eu-2024-lipstick-is-exactly-what-a-pig-needs`,
      );
      expect(again.status).toBe(404);
      expect(
        ((await get(`/entities/${TRACKER}/talks`)).body as RankedTalksPage)
          .items[0].talk.entityRef,
      ).toBe(EXPEDIA);
    });

    it.each([
      [{}, 'talkRef is required'],
      [
        { talkRef: 'component:default/shipment-tracker' },
        'talkRef must refer to a Talk',
      ],
      [{ talkRef: 'a:b:c' }, 'talkRef is not a valid entity ref'],
      [
        { talkRef: LIPSTICK, note: 'x'.repeat(2001) },
        'note must be at most 2000 characters long',
      ],
      [{ talkRef: LIPSTICK, extra: 1 }, 'Unknown field extra'],
      [[LIPSTICK], 'The request body must be a JSON object'],
    ])('rejects the body %j with a 400', async (body, message) => {
      const res = await send('post', `/entities/${TRACKER}/links`, body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(message);
    });

    it('rejects malformed JSON with a 400', async () => {
      const res = await send(
        'post',
        `/entities/${TRACKER}/links`,
        '{"talkRef":',
      );
      expect(res.status).toBe(400);
    });

    it('answers 404 for unknown entities and talks', async () => {
      const entity = await send(
        'post',
        '/entities/component/default/nope/links',
        {
          talkRef: LIPSTICK,
        },
      );
      expect(entity.status).toBe(404);
      const talk = await send('post', `/entities/${TRACKER}/links`, {
        talkRef: 'talk:default/nope',
      });
      expect(talk.status).toBe(404);
      expect(talk.body.error.message).toBe(
        'No talk talk:default/nope in the catalog',
      );
    });

    it('needs a user: 401 without credentials, 403 for services', async () => {
      const body = { talkRef: LIPSTICK };
      expect(
        (await send('post', `/entities/${TRACKER}/links`, body, null)).status,
      ).toBe(401);
      expect(
        (await send('post', `/entities/${TRACKER}/links`, body, asService()))
          .status,
      ).toBe(403);
      expect(
        (
          await send(
            'delete',
            `/entities/${TRACKER}/links/default/x`,
            undefined,
            null,
          )
        ).status,
      ).toBe(401);
      expect(
        (
          await send(
            'delete',
            `/entities/${TRACKER}/links/default/x`,
            undefined,
            asService(),
          )
        ).status,
      ).toBe(403);
      expect(
        (await send('delete', `/entities/${TRACKER}/links/default/not%20valid`))
          .status,
      ).toBe(400);
    });
  });

  describe('learnings', () => {
    it('lets anyone write learnings, only authors change them, and keeps who and when', async () => {
      const created = await send(
        'post',
        '/talks/default/kubecon-india-2024-expedia-gitops-argocd-30k-apps/learnings',
        {
          body: '  Use **ApplicationSets**; shard the controller past 10k apps.  ',
          technologyRefs: ['argo', 'technology:default/argo'],
        },
      );
      expect(created.status).toBe(201);
      const learning: Learning = created.body;
      expect(learning).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        talkRef: EXPEDIA,
        talkTitle:
          "Expedia Group's GitOps Revolution: Extensive Scalability Testing on ArgoCD for 30K Applications",
        body: 'Use **ApplicationSets**; shard the controller past 10k apps.',
        technologyRefs: ['technology:default/argo'],
        createdBy: ALICE,
        createdAt: expect.any(String),
        orphaned: false,
      });

      const list = await get(
        '/talks/default/kubecon-india-2024-expedia-gitops-argocd-30k-apps/learnings',
      );
      expect(list.body).toEqual({ items: [learning], totalCount: 1 });

      const byBob = await send(
        'patch',
        `/learnings/${learning.id}`,
        { body: 'Mine now' },
        asUser(BOB),
      );
      expect(byBob.status).toBe(403);
      expect(byBob.body.error.message).toContain(
        `Only the author of learning ${learning.id}`,
      );
      expect(
        (
          await send(
            'delete',
            `/learnings/${learning.id}`,
            undefined,
            asUser(BOB),
          )
        ).status,
      ).toBe(403);

      const changed = await send('patch', `/learnings/${learning.id}`, {
        body: 'Use ApplicationSets.',
        technologyRefs: [],
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({
        id: learning.id,
        body: 'Use ApplicationSets.',
        technologyRefs: [],
        createdBy: ALICE,
        updatedBy: ALICE,
        updatedAt: expect.any(String),
      });

      // Learnings relevant to shipment-tracker (uses Argo) include it; billing-like entities do not.
      const relevant = await get(
        '/learnings?entity=component:default/shipment-tracker',
      );
      expect(relevant.body.items.map((l: Learning) => l.id)).toEqual([
        learning.id,
      ]);
      const unrelated = await get(
        '/learnings?entity=resource:default/image-registry',
      );
      expect(unrelated.body).toEqual({ items: [], totalCount: 0 });
      const overall = await get('/learnings?limit=5');
      expect(overall.body.items.map((l: Learning) => l.id)).toContain(
        learning.id,
      );
      // paging through every learning, as the search collator does
      const pages = await Promise.all(
        [0, 1].map(offset => get(`/learnings?limit=1&offset=${offset}`)),
      );
      expect(pages[0].body.totalCount).toBe(overall.body.totalCount);
      expect(pages[0].body.items).toEqual(overall.body.items.slice(0, 1));
      expect(pages[1].body.items).toEqual(overall.body.items.slice(1, 2));

      expect((await send('delete', `/learnings/${learning.id}`)).status).toBe(
        204,
      );
      expect((await send('delete', `/learnings/${learning.id}`)).status).toBe(
        404,
      );
      expect(
        (await send('patch', `/learnings/${learning.id}`, { body: 'x' }))
          .status,
      ).toBe(404);
    });

    it('counts the learnings of many talks in one request', async () => {
      await send(
        'post',
        '/talks/default/kubecon-eu-2024-cncf-docs-audit/learnings',
        {
          body: 'One',
        },
      );
      await send(
        'post',
        '/talks/default/kubecon-eu-2024-cncf-docs-audit/learnings',
        {
          body: 'Two',
        },
      );
      const res = await get(
        '/learnings/counts?talk=kubecon-eu-2024-cncf-docs-audit&talk=talk:default/nope',
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        counts: {
          'talk:default/kubecon-eu-2024-cncf-docs-audit': 2,
          'talk:default/nope': 0,
        },
      });
      expect((await get('/learnings/counts')).status).toBe(400);
      const tooMany = Array.from({ length: 101 }, (_, i) => `talk=t${i}`);
      expect((await get(`/learnings/counts?${tooMany.join('&')}`)).status).toBe(
        400,
      );
      expect(
        (await get('/learnings/counts?talk=component:default/x')).status,
      ).toBe(400);
      expect((await get('/learnings/counts?talk=x', null)).status).toBe(401);
    });

    it.each([
      [{ body: '' }, 'body must not be empty'],
      [
        { body: 'x'.repeat(10_001) },
        'body must be at most 10000 characters long',
      ],
      [
        { body: 'ok', technologyRefs: ['not a ref!'] },
        'technologyRefs is not a valid entity ref',
      ],
      [
        { body: 'ok', technologyRefs: 'argo' },
        'technologyRefs must be an array',
      ],
      [
        { body: 'ok', technologyRefs: ['technology:default/cobol'] },
        'Unknown technology technology:default/cobol',
      ],
    ])('rejects the learning %#: 400', async (body, message) => {
      const res = await send(
        'post',
        `/talks/default/kubecon-eu-2024-opening-keynote/learnings`,
        body,
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(message);
    });

    it('accepts exactly 10,000 characters, emoji counted once', async () => {
      const res = await send(
        'post',
        '/talks/default/kubecon-eu-2024-opening-keynote/learnings',
        { body: '🚀'.repeat(10_000) },
      );
      expect(res.status).toBe(201);
    });

    it('answers 404 for unknown talks and learnings, 400 for bad ids and patches', async () => {
      expect(
        (await send('post', '/talks/default/nope/learnings', { body: 'x' }))
          .status,
      ).toBe(404);
      expect((await get('/talks/default/nope/learnings')).status).toBe(404);
      expect(
        (
          await send(
            'patch',
            '/learnings/00000000-0000-4000-8000-000000000000',
            { body: 'x' },
          )
        ).status,
      ).toBe(404);
      expect((await send('patch', '/learnings/42', { body: 'x' })).status).toBe(
        400,
      );
      expect((await send('delete', '/learnings/42')).status).toBe(400);
      const created = await send(
        'post',
        '/talks/default/kubecon-eu-2024-opening-keynote/learnings',
        { body: 'x' },
      );
      const empty = await send('patch', `/learnings/${created.body.id}`, {});
      expect(empty.status).toBe(400);
      expect(empty.body.error.message).toBe(
        'The request body must give at least one field',
      );
      expect((await get('/learnings?entity=shipment-tracker')).status).toBe(
        400,
      );
      expect(
        (await get('/learnings?entity=component:default/nope')).status,
      ).toBe(404);
    });

    it('needs credentials, and a user to write', async () => {
      const path = '/talks/default/kubecon-eu-2024-opening-keynote/learnings';
      expect((await get(path, null)).status).toBe(401);
      expect((await get(path, asService())).status).toBe(200);
      expect((await get('/learnings', null)).status).toBe(401);
      expect((await send('post', path, { body: 'x' }, null)).status).toBe(401);
      expect(
        (await send('post', path, { body: 'x' }, asService())).status,
      ).toBe(403);
      expect(
        (
          await send(
            'patch',
            '/learnings/00000000-0000-4000-8000-000000000000',
            { body: 'x' },
            null,
          )
        ).status,
      ).toBe(401);
      expect(
        (
          await send(
            'delete',
            '/learnings/00000000-0000-4000-8000-000000000000',
            undefined,
            asService(),
          )
        ).status,
      ).toBe(403);
    });
  });

  describe('permissions', () => {
    it('refuses writes the policy denies (403)', async () => {
      const denied = await start(knex, {
        permissions: mockServices.permissions.factory({
          result: AuthorizeResult.DENY,
        }),
      });
      const post = (path: string, body: object) =>
        request(denied)
          .post(`${BASE}${path}`)
          .set('Authorization', asUser())
          .send(body);
      expect(
        (await post(`/entities/${TRACKER}/links`, { talkRef: LIPSTICK }))
          .status,
      ).toBe(403);
      expect(
        (
          await request(denied)
            .delete(`${BASE}/entities/${TRACKER}/links/default/x`)
            .set('Authorization', asUser())
        ).status,
      ).toBe(403);
      expect(
        (
          await post(
            '/talks/default/kubecon-eu-2024-opening-keynote/learnings',
            { body: 'x' },
          )
        ).status,
      ).toBe(403);
      // Reading stays open.
      expect(
        (
          await request(denied)
            .get(`${BASE}/talks`)
            .set('Authorization', asUser())
        ).status,
      ).toBe(200);
      // Even the author may not change a learning the policy denies.
      const { body: learning } = await send(
        'post',
        '/talks/default/kubecon-eu-2024-opening-keynote/learnings',
        { body: 'mine' },
      );
      expect(
        (
          await request(denied)
            .patch(`${BASE}/learnings/${learning.id}`)
            .set('Authorization', asUser())
            .send({ body: 'x' })
        ).status,
      ).toBe(403);
    });

    it('applies conditional decisions: a policy may grant non-authors, e.g. by talk', async () => {
      const { body: learning } = await send(
        'post',
        '/talks/default/kubecon-india-2024-pepsico-app-of-apps/learnings',
        { body: 'App of apps, then ApplicationSets' },
      );
      const permissions = mockServices.permissions.mock({
        authorizeConditional: async requests =>
          requests.map(() =>
            createLearningConditionalDecision(requests[0].permission as any, {
              anyOf: [
                learningConditions.isAuthor({ claims: [ALICE] }),
                learningConditions.isOnTalk({ talkRefs: [PEPSICO] }),
              ],
            }),
          ),
      });
      const conditional = await start(knex, {
        permissions: permissions.factory,
      });
      const patch = (id: string, user: string) =>
        request(conditional)
          .patch(`${BASE}/learnings/${id}`)
          .set('Authorization', asUser(user))
          .send({ body: 'Moderated' });
      expect((await patch(learning.id, BOB)).status).toBe(200);

      const { body: other } = await send(
        'post',
        '/talks/default/kubecon-eu-2024-opening-keynote/learnings',
        { body: 'Keynote notes' },
        asUser('user:default/carol'),
      );
      expect((await patch(other.id, BOB)).status).toBe(403);
    });

    it("with changePolicy 'policy', an ALLOW lets non-authors change learnings", async () => {
      const { body: learning } = await send(
        'post',
        '/talks/default/kubecon-eu-2024-opening-keynote/learnings',
        { body: 'mine' },
      );
      const byPolicy = await start(knex, {
        config: {
          conferenceLearnings: { learnings: { changePolicy: 'policy' } },
        },
      });
      const res = await request(byPolicy)
        .delete(`${BASE}/learnings/${learning.id}`)
        .set('Authorization', asUser(BOB));
      expect(res.status).toBe(204);
    });
  });

  describe('orphans', () => {
    it('keeps links and learnings of talks and entities that left the catalog, and reports them as orphaned', async () => {
      const talkPath = '/talks/default/kubecon-eu-2024-chaos-first-mindset';
      const talkRef = 'talk:default/kubecon-eu-2024-chaos-first-mindset';
      expect(
        (
          await send(
            'post',
            '/entities/component/default/dock-scheduler/links',
            {
              talkRef,
              note: 'Chaos engineering',
            },
          )
        ).status,
      ).toBe(201);
      expect(
        (await send('post', `/entities/${TRACKER}/links`, { talkRef })).status,
      ).toBe(201);
      const { body: learning } = await send('post', `${talkPath}/learnings`, {
        body: 'Start with game days',
      });

      // The talk and shipment-tracker leave the catalog.
      const shrunk = await start(knex, {
        entities: demo.filter(
          e =>
            ![talkRef, 'component:default/shipment-tracker'].includes(
              stringifyEntityRef(e),
            ),
        ),
      });
      const getShrunk = (path: string) =>
        request(shrunk).get(`${BASE}${path}`).set('Authorization', asUser());

      const ranked: RankedTalksPage = (
        await getShrunk('/entities/component/default/dock-scheduler/talks')
      ).body;
      expect(ranked.items.map(i => i.talk.entityRef)).not.toContain(talkRef);
      expect(ranked.orphanedLinks).toEqual([
        expect.objectContaining({
          talkRef,
          note: 'Chaos engineering',
          orphaned: true,
        }),
      ]);
      expect(ranked.orphanedLinks[0].talk).toBeUndefined();

      const learnings = await getShrunk(`${talkPath}/learnings`);
      expect(learnings.status).toBe(200);
      expect(learnings.body.items).toEqual([
        expect.objectContaining({ id: learning.id, orphaned: true }),
      ]);
      expect(learnings.body.items[0].talkTitle).toBeUndefined();
      const relevant = await getShrunk(
        '/learnings?entity=component:default/dock-scheduler',
      );
      expect(relevant.body.items).toContainEqual(
        expect.objectContaining({ id: learning.id, orphaned: true }),
      );

      // A link of an entity that left the catalog can still be removed.
      expect(
        (
          await request(shrunk)
            .delete(
              `${BASE}/entities/${TRACKER}/links/default/kubecon-eu-2024-chaos-first-mindset`,
            )
            .set('Authorization', asUser())
        ).status,
      ).toBe(204);
      expect((await getShrunk(`/entities/${TRACKER}/talks`)).status).toBe(404);
    });
  });

  describe('concurrency', () => {
    it('persists 50 concurrent link and learning writes, none duplicated', async () => {
      const talks = demo
        .filter(e => e.kind === 'Talk')
        .slice(0, 25)
        .map(e => stringifyEntityRef(e));
      const entity = '/entities/component/default/warehouse-inventory/links';
      const results = await Promise.all([
        // every talk twice: one wins, one is a 409
        ...[...talks, ...talks].map(talkRef =>
          send('post', entity, { talkRef }),
        ),
        ...talks.map(talkRef =>
          send('post', `/talks/default/${talkRef.split('/')[1]}/learnings`, {
            body: `Notes on ${talkRef}`,
          }),
        ),
      ]);
      const statuses = results.map(r => r.status);
      expect(statuses.filter(s => s === 201)).toHaveLength(50);
      expect(statuses.filter(s => s === 409)).toHaveLength(25);
      const ranked: RankedTalksPage = (
        await get(
          '/entities/component/default/warehouse-inventory/talks?limit=100',
        )
      ).body;
      expect(ranked.items.filter(i => i.link)).toHaveLength(25);
    });
  });
});
