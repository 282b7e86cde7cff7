import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleConferenceLearnings from '@conference-learnings/plugin-catalog-backend-module-conference-learnings';
import {
  RankedTalksPage,
  TalksPage,
  TechnologiesPage,
} from '@conference-learnings/plugin-conference-learnings-common';
import request from 'supertest';
import { EXAMPLES_DIR, loadDemoEntities } from './__testUtils__/demoCatalog';
import { conferenceLearningsPlugin } from './plugin';

const BASE = '/api/conference-learnings';
const EXPEDIA =
  'talk:default/kubecon-india-2024-expedia-gitops-argocd-30k-apps';
const PEPSICO = 'talk:default/kubecon-india-2024-pepsico-app-of-apps';
const AI_PAVED_ROAD =
  'talk:default/kubecon-eu-2024-ai-powered-paved-road-platform';

/**
 * The whole path: the real catalog ingests the demo files and computes relations
 * (built-in ones, and ours through the real catalog module); the plugin
 * indexes the catalog over its API with its own credentials and serves rankings.
 */
describe('with the real catalog and the demo entities', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'ranks, links and searches on %p',
    async databaseId => {
      const knex = await databases.init(databaseId as TestDatabaseId);
      const { server } = await startTestBackend({
        features: [
          mockServices.database.factory({ knex }),
          catalogPlugin,
          catalogModuleConferenceLearnings,
          // the real scheduler: the catalog module's technology index refreshes on it
          schedulerServiceFactory,
          conferenceLearningsPlugin,
          mockServices.rootConfig.factory({
            data: {
              catalog: {
                processingInterval: { seconds: 1 },
                rules: [
                  {
                    allow: [
                      'Component',
                      'System',
                      'API',
                      'Resource',
                      'Domain',
                      'Location',
                      'User',
                      'Group',
                      'Talk',
                      'Technology',
                      'Conference',
                    ],
                  },
                ],
                locations: [{ type: 'file', target: `${EXAMPLES_DIR}/*.yaml` }],
              },
              conferenceLearnings: { index: { refreshInterval: '1s' } },
            },
          }),
        ],
      });
      const get = (path: string) =>
        request(server)
          .get(`${BASE}${path}`)
          .set('Authorization', mockCredentials.user.header());

      // Wait until the catalog has processed and stitched the demo entities, with
      // the relations that need the technology index; the first request then
      // builds the plugin's own index.
      const catalogRelations = async (ref: string) => {
        const res = await request(server)
          .get(`/api/catalog/entities/by-name/${ref}`)
          .set('Authorization', mockCredentials.user.header());
        return res.status === 200 ? res.body.relations ?? [] : [];
      };
      const expected = loadDemoEntities().length;
      const stitched = async () => {
        const res = await request(server)
          .get('/api/catalog/entities?fields=kind')
          .set('Authorization', mockCredentials.user.header());
        return res.status === 200
          ? res.body.filter((e: any) => e.kind !== 'Location').length
          : 0;
      };
      for (let i = 0; i < 150; i++) {
        const [count, tracker, fleet, talk, guest] = await Promise.all([
          stitched(),
          catalogRelations('component/default/shipment-tracker'),
          catalogRelations('component/default/cluster-fleet-config'),
          catalogRelations(
            'talk/default/kubecon-eu-2024-ai-powered-paved-road-platform',
          ),
          catalogRelations('user/default/guest'),
        ]);
        if (
          count === expected &&
          tracker.some((r: any) => r.type === 'usesTechnology') &&
          fleet.some((r: any) => r.type === 'usesTechnology') &&
          talk.some((r: any) => r.type === 'coversTechnology') &&
          guest.some((r: any) => r.type === 'memberOf')
        ) {
          break;
        }
        await new Promise(resolve => setTimeout(resolve, 400));
      }
      // The plugin's index follows the catalog on its schedule (1 s here).
      let ranked: RankedTalksPage = {
        entityRef: '',
        items: [],
        totalCount: 0,
        orphanedLinks: [],
      };
      for (let i = 0; i < 50 && ranked.items.length < 3; i++) {
        if (i) await new Promise(resolve => setTimeout(resolve, 200));
        ranked = (
          await get('/entities/component/default/shipment-tracker/talks')
        ).body;
      }
      expect(ranked.items.map(i => i.talk.entityRef)).toEqual([
        EXPEDIA,
        PEPSICO,
        AI_PAVED_ROAD,
      ]);
      expect(ranked.items[0].reasons[0]).toMatchObject({
        type: 'technology',
        technologyRef: 'technology:default/argo',
        coverage: 'curated',
        usedBy: [
          {
            entityRef: 'component:default/shipment-tracker',
            reasons: [{ type: 'annotation', annotation: 'argocd/app-name' }],
          },
        ],
      });

      // The plugin answers from its index, rebuilt every second here: give it
      // the time to see what the catalog stitched last (the guest's groups).
      let guest = { items: [] } as unknown as RankedTalksPage;
      for (let i = 0; i < 50; i++) {
        guest = (await get('/entities/user/default/guest/talks?limit=100'))
          .body;
        if (guest.items.some(item => item.talk.entityRef.includes('keda'))) {
          break;
        }
        await new Promise(resolve => setTimeout(resolve, 200));
      }
      expect(guest.items.map(i => i.talk.entityRef)).toEqual(
        expect.arrayContaining([
          EXPEDIA,
          'talk:default/kubecon-eu-2024-save-millions-with-keda',
        ]),
      );

      const linked = await request(server)
        .post(`${BASE}/entities/component/default/shipment-tracker/links`)
        .set('Authorization', mockCredentials.user.header('user:default/guest'))
        .send({ talkRef: 'kubecon-eu-2024-cncf-docs-audit', note: 'Docs!' });
      expect(linked.status).toBe(201);
      const afterLink: RankedTalksPage = (
        await get('/entities/component/default/shipment-tracker/talks')
      ).body;
      expect(afterLink.items[0]).toMatchObject({
        talk: { entityRef: 'talk:default/kubecon-eu-2024-cncf-docs-audit' },
        link: { note: 'Docs!', createdBy: 'user:default/guest' },
      });

      const talks: TalksPage = (await get('/talks?technology=argo')).body;
      expect(talks.totalCount).toBe(3);
      // Both Argo users are stitched; the plugin's index follows within a refresh.
      let technologies: TechnologiesPage = { items: [], totalCount: 0 };
      for (let i = 0; i < 50; i++) {
        technologies = (await get('/technologies?q=argo')).body;
        if (technologies.items[0]?.entityCount === 2) break;
        await new Promise(resolve => setTimeout(resolve, 200));
      }
      expect(technologies.items[0]).toMatchObject({
        entityRef: 'technology:default/argo',
        talkCount: 3,
        entityCount: 2,
      });
      expect((await get('/entities/component/default/nope/talks')).status).toBe(
        404,
      );
    },
    90_000,
  );
});
