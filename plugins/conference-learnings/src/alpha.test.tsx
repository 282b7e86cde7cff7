import { Entity } from '@backstage/catalog-model';
import { mockApis, renderTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { registerMswTestHooks } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { setupServer } from 'msw/node';
import {
  allTalks,
  argoEntity,
  argoRanked,
  conferenceEntity,
  createFakeBackend,
  GUEST,
  SHIPMENT_TRACKER,
  shipmentTracker,
  talkEntity,
  technologies,
} from './__testUtils__';
import conferenceLearningsPlugin from './alpha';

const server = setupServer();
registerMswTestHooks(server);

const apis = [
  mockApis.discovery({ baseUrl: 'http://backstage.test' }),
  mockApis.identity({
    userEntityRef: GUEST,
    ownershipEntityRefs: [GUEST, 'group:default/shipment-squad'],
  }),
  mockApis.permission(),
] as const;

function renderEntityPage(entity: Entity) {
  return renderTestApp({
    features: [conferenceLearningsPlugin],
    extensions: [createTestEntityPage({ entity })],
    apis,
  });
}

beforeEach(() => {
  server.use(
    ...createFakeBackend({
      talks: allTalks,
      technologies,
      ranked: {
        [SHIPMENT_TRACKER]: [argoRanked],
        'technology:default/argo': [argoRanked],
      },
    }).handlers,
  );
});

describe('the plugin in the new frontend system', () => {
  it('serves the page at /conference-learnings', async () => {
    renderTestApp({
      features: [conferenceLearningsPlugin],
      apis,
      initialRouteEntries: ['/conference-learnings'],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    expect(
      await screen.findByRole('heading', {
        name: 'Conference Learnings',
        level: 1,
      }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('list', { name: 'Talks' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('tab', { name: 'For my teams' }),
    ).toBeInTheDocument();
  });

  it('puts the overview, learnings and services cards on Talk pages only', async () => {
    renderEntityPage(talkEntity);
    expect(
      await screen.findByText('Services using these technologies'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('What people took away from this talk'),
    ).toBeInTheDocument();
    expect(await screen.findByText('Speakers')).toBeInTheDocument();
    expect(screen.queryByText('Used by')).not.toBeInTheDocument();
  });

  it('puts "Talks about" and "Used by" on Technology pages, with the tab', async () => {
    renderEntityPage(argoEntity);
    expect(await screen.findByText('Talks about Argo')).toBeInTheDocument();
    expect(await screen.findByText('Used by')).toBeInTheDocument();
    expect(screen.queryByText('Speakers')).not.toBeInTheDocument();
  });

  it('puts the talks by day on Conference pages', async () => {
    renderEntityPage(conferenceEntity);
    expect(
      await screen.findByRole('tablist', { name: 'Conference days' }),
    ).toBeInTheDocument();
  });

  it('adds the Conference Learnings tab content to components', async () => {
    renderEntityPage(shipmentTracker);
    expect(
      await screen.findByText('Relevant conference talks'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Talks about Argo')).not.toBeInTheDocument();
  });
});
