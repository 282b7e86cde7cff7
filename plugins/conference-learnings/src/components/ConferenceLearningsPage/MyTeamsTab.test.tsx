import { registerMswTestHooks } from '@backstage/test-utils';
import { RankedTalk } from '@conference-learnings/plugin-conference-learnings-common';
import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import {
  argoRanked,
  BASE_URL,
  createFakeBackend,
  errorResponse,
  GUEST,
  kubernetesTalk,
  renderWithBackend,
  SHIPMENT_TRACKER,
} from '../../__testUtils__';
import { groupByService, MyTeamsTab } from './MyTeamsTab';

const server = setupServer();
registerMswTestHooks(server);

const kubernetesForTwo: RankedTalk = {
  talk: kubernetesTalk,
  score: 0.5,
  reasons: [
    {
      type: 'technology',
      technologyRef: 'technology:default/kubernetes',
      technologyTitle: 'Kubernetes',
      coverage: 'curated',
      weight: 0.2,
      contribution: 0.1,
      usedBy: [
        {
          entityRef: 'component:default/tracking-web',
          reasons: [
            {
              type: 'annotation',
              annotation: 'backstage.io/kubernetes-label-selector',
            },
          ],
        },
        {
          entityRef: SHIPMENT_TRACKER,
          reasons: [{ type: 'tag', tag: 'k8s' }],
        },
      ],
      usedByCount: 2,
    },
  ],
};

describe('groupByService', () => {
  it('lists each service with the talks on the technologies it uses, in rank order', () => {
    const services = groupByService([argoRanked, kubernetesForTwo]);
    expect(services.map(s => s.entityRef)).toEqual([
      SHIPMENT_TRACKER,
      'component:default/tracking-web',
    ]);
    expect(services[0].talks.map(t => t.rankedTalk.talk.title)).toEqual([
      argoRanked.talk.title,
      kubernetesTalk.title,
    ]);
    expect([...services[1].technologies.values()]).toEqual([
      {
        title: 'Kubernetes',
        how: 'annotation backstage.io/kubernetes-label-selector',
      },
    ]);
  });
});

describe('MyTeamsTab', () => {
  it('shows talks for what the user’s teams own, grouped by service', async () => {
    const backend = createFakeBackend({
      ranked: { [GUEST]: [argoRanked, kubernetesForTwo] },
    });
    server.use(...backend.handlers);
    await renderWithBackend(<MyTeamsTab />);

    expect(
      await screen.findByText(/Talks on the technologies used by what/),
    ).toHaveTextContent('shipment-squad owns');
    const tracker = screen.getByRole('list', {
      name: 'Talks for shipment-tracker',
    });
    expect(
      within(tracker)
        .getAllByRole('listitem', { name: /./ })
        .filter(li => li.parentElement === tracker)
        .map(li => li.getAttribute('aria-label')),
    ).toEqual([argoRanked.talk.title, kubernetesTalk.title]);
    expect(tracker).toHaveTextContent('Covers Argo');
    expect(
      screen.getByText(
        /Uses Argo \(annotation argocd\/app-name\), Kubernetes \(tag k8s\)/,
      ),
    ).toBeInTheDocument();
    const web = screen.getByRole('list', { name: 'Talks for tracking-web' });
    expect(web).toHaveTextContent(kubernetesTalk.title);
    expect(backend.state.requests).toEqual([
      'GET /entities/user/default/guest/talks?limit=100',
    ]);
  });

  it('falls back to the routes of the user’s groups when the user is not in the catalog', async () => {
    const backend = createFakeBackend({
      ranked: { 'group:default/shipment-squad': [argoRanked] },
    });
    server.use(...backend.handlers);
    await renderWithBackend(<MyTeamsTab />);
    expect(
      await screen.findByRole('list', { name: 'Talks for shipment-tracker' }),
    ).toHaveTextContent(argoRanked.talk.title);
    expect(backend.state.requests).toEqual([
      'GET /entities/user/default/guest/talks?limit=100',
      'GET /entities/group/default/shipment-squad/talks?limit=100',
    ]);
  });

  it('explains when nothing matches and when the user has no team', async () => {
    server.use(...createFakeBackend({ ranked: { [GUEST]: [] } }).handlers);
    const { unmount } = await renderWithBackend(<MyTeamsTab />);
    expect(
      await screen.findByText('No talks match what your teams own'),
    ).toBeInTheDocument();
    unmount();
    await renderWithBackend(<MyTeamsTab />, { ownershipEntityRefs: [GUEST] });
    expect(
      await screen.findByText('You are not a member of a team in the catalog'),
    ).toBeInTheDocument();
  });

  it('shows the error when the backend fails', async () => {
    server.use(
      http.get(`${BASE_URL}/entities/:kind/:namespace/:name/talks`, () =>
        errorResponse(500, 'Error', 'ranking failed'),
      ),
    );
    await renderWithBackend(<MyTeamsTab />);
    expect(
      (await screen.findAllByText(/ranking failed/))[0],
    ).toBeInTheDocument();
  });
});
