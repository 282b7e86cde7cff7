import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import request from 'supertest';
import { catalogModuleConferenceLearnings } from './module';

const catalogYaml = `
apiVersion: conference-learnings.io/v1alpha1
kind: Conference
metadata: { name: kubecon-eu-2024, title: KubeCon + CloudNativeCon Europe 2024 }
spec: { startDate: '2024-03-19', endDate: '2024-03-22', location: Paris }
---
apiVersion: conference-learnings.io/v1alpha1
kind: Technology
metadata: { name: argo, title: Argo }
spec: { maturity: graduated, aliases: [Argo CD] }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: shipment-tracker
  annotations:
    argocd/app-name: shipment-tracker
spec:
  type: service
  lifecycle: production
  owner: team-a
---
apiVersion: conference-learnings.io/v1alpha1
kind: Talk
metadata: { name: kubecon-eu-2024-app-of-apps, title: App of Apps }
spec:
  conference: kubecon-eu-2024
  technologies: [argo]
  video: https://www.youtube.com/watch?v=abc
---
apiVersion: conference-learnings.io/v1alpha1
kind: Talk
metadata: { name: kubecon-eu-2024-bad-link, title: Bad link }
spec:
  conference: kubecon-eu-2024
  video: javascript:alert(1)
`;

describe('catalogModuleConferenceLearnings', () => {
  const dir = createMockDirectory({ content: { 'talks.yaml': catalogYaml } });
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'ingests valid talks with their relations and keeps invalid ones out, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const { server } = await startTestBackend({
        features: [
          mockServices.database.factory({ knex }),
          catalogPlugin,
          catalogModuleConferenceLearnings,
          mockServices.rootConfig.factory({
            data: {
              catalog: {
                processingInterval: { seconds: 1 },
                rules: [
                  {
                    allow: [
                      'Talk',
                      'Technology',
                      'Conference',
                      'Component',
                      'Location',
                    ],
                  },
                ],
                locations: [
                  { type: 'file', target: dir.resolve('talks.yaml') },
                ],
              },
            },
          }),
        ],
      });

      const get = (path: string) =>
        request(server)
          .get(`/api/catalog${path}`)
          .set('Authorization', mockCredentials.user.header());

      let talk: any;
      for (let i = 0; i < 100 && !talk?.relations?.length; i++) {
        await new Promise(resolve => setTimeout(resolve, 200));
        const res = await get(
          '/entities/by-name/talk/default/kubecon-eu-2024-app-of-apps',
        );
        talk = res.status === 200 ? res.body : undefined;
      }
      expect(talk.relations).toEqual(
        expect.arrayContaining([
          { type: 'partOf', targetRef: 'conference:default/kubecon-eu-2024' },
          { type: 'coversTechnology', targetRef: 'technology:default/argo' },
        ]),
      );

      const conference = await get(
        '/entities/by-name/conference/default/kubecon-eu-2024',
      );
      expect(conference.body.relations).toEqual(
        expect.arrayContaining([
          {
            type: 'hasPart',
            targetRef: 'talk:default/kubecon-eu-2024-app-of-apps',
          },
        ]),
      );
      const technology = await get('/entities/by-name/technology/default/argo');
      expect(technology.body.relations).toContainEqual({
        type: 'technologyCoveredBy',
        targetRef: 'talk:default/kubecon-eu-2024-app-of-apps',
      });

      const invalid = await get(
        '/entities/by-name/talk/default/kubecon-eu-2024-bad-link',
      );
      expect(invalid.status).toBe(404);
    },
    60_000,
  );
});
