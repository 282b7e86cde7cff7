import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { conferenceLearningsPlugin } from './plugin';

const talk = {
  apiVersion: 'conference-learnings.io/v1alpha1',
  kind: 'Talk',
  metadata: {
    name: 'kubecon-eu-2024-app-of-apps',
    namespace: 'default',
    title: 'App of Apps at scale',
  },
  spec: {
    conference: 'kubecon-eu-2024',
    speakers: [{ name: 'Ana Example', affiliation: 'Acme' }],
    video: 'https://www.youtube.com/watch?v=abc',
  },
  relations: [
    { type: 'coversTechnology', targetRef: 'technology:default/argo' },
    { type: 'partOf', targetRef: 'conference:default/kubecon-eu-2024' },
  ],
};

const service = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'shipment-tracker', namespace: 'default' },
  spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
  relations: [{ type: 'usesTechnology', targetRef: 'technology:default/argo' }],
};
const unrelated = {
  ...service,
  metadata: { name: 'billing', namespace: 'default' },
  relations: [
    { type: 'usesTechnology', targetRef: 'technology:default/kafka' },
  ],
};

describe('conference-learnings backend', () => {
  async function start() {
    const { server } = await startTestBackend({
      features: [
        conferenceLearningsPlugin,
        catalogServiceMock.factory({ entities: [talk, service, unrelated] }),
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
      ],
    });
    return server;
  }

  it('answers health checks without credentials', async () => {
    const server = await start();
    const res = await request(server).get('/api/conference-learnings/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('refuses to list talks without credentials', async () => {
    const server = await start();
    const res = await request(server).get('/api/conference-learnings/talks');
    expect(res.status).toBe(401);
  });

  it('lists talks from the catalog for a signed-in user', async () => {
    const server = await start();
    const res = await request(server)
      .get('/api/conference-learnings/talks')
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      totalCount: 1,
      items: [
        expect.objectContaining({
          entityRef: 'talk:default/kubecon-eu-2024-app-of-apps',
          title: 'App of Apps at scale',
          conferenceRef: 'conference:default/kubecon-eu-2024',
          speakers: [{ name: 'Ana Example', affiliation: 'Acme' }],
          technologyRefs: ['technology:default/argo'],
          video: 'https://www.youtube.com/watch?v=abc',
        }),
      ],
    });
  });

  it('rejects an out-of-range limit with a 400 that says why', async () => {
    const server = await start();
    const res = await request(server)
      .get('/api/conference-learnings/talks?limit=5000')
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      'limit must be an integer from 1 to 100',
    );
  });

  it('gives an entity the talks covering the technologies it uses', async () => {
    const server = await start();
    const get = (path: string) =>
      request(server)
        .get(`/api/conference-learnings/entities/${path}/talks`)
        .set('Authorization', mockCredentials.user.header());

    const relevant = await get('component/default/shipment-tracker');
    expect(relevant.status).toBe(200);
    expect(relevant.body.items.map((t: any) => t.entityRef)).toEqual([
      'talk:default/kubecon-eu-2024-app-of-apps',
    ]);

    const none = await get('component/default/billing');
    expect(none.body).toEqual({ items: [], totalCount: 0 });

    const missing = await get('component/default/nope');
    expect(missing.status).toBe(404);
  });
});
