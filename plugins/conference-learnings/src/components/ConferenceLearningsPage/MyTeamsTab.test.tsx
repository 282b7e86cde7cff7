import { registerMswTestHooks } from '@backstage/test-utils';
import {
  ServiceTalk,
  ServiceTalks,
} from '@conference-learnings/plugin-conference-learnings-common';
import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import {
  argoTalk,
  BASE_URL,
  createFakeBackend,
  errorResponse,
  GUEST,
  kubernetesTalk,
  renderWithBackend,
  shipmentTrackerUser,
} from '../../__testUtils__';
import { MyTeamsTab } from './MyTeamsTab';

const server = setupServer();
registerMswTestHooks(server);

const KUBERNETES = {
  technologyRef: 'technology:default/kubernetes',
  technologyTitle: 'Kubernetes',
};

const argoForTracker: ServiceTalk = {
  talk: argoTalk,
  score: 0.91,
  technologies: [
    {
      technologyRef: 'technology:default/argo',
      technologyTitle: 'Argo',
      coverage: 'curated',
    },
  ],
};

const kubernetesMentioned: ServiceTalk = {
  talk: kubernetesTalk,
  score: 0.5,
  technologies: [{ ...KUBERNETES, coverage: 'detected' }],
};

const shipmentTracker: ServiceTalks = {
  service: {
    ...shipmentTrackerUser,
    uses: [
      ...shipmentTrackerUser.uses,
      { ...KUBERNETES, reasons: [{ type: 'tag', tag: 'k8s' }] },
    ],
  },
  talks: [argoForTracker, kubernetesMentioned],
  talkCount: 2,
};

const trackingWeb: ServiceTalks = {
  service: {
    entityRef: 'component:default/tracking-web',
    kind: 'Component',
    title: 'Tracking Web',
    uses: [
      {
        ...KUBERNETES,
        reasons: [
          {
            type: 'annotation',
            annotation: 'backstage.io/kubernetes-label-selector',
          },
        ],
      },
    ],
  },
  talks: [kubernetesMentioned],
  talkCount: 7,
};

describe('MyTeamsTab', () => {
  it('shows the talks the backend found for what the user’s teams own, by service', async () => {
    const backend = createFakeBackend({
      myServices: [shipmentTracker, trackingWeb],
    });
    server.use(...backend.handlers);
    await renderWithBackend(<MyTeamsTab />);

    expect(
      await screen.findByText(/Talks on the technologies used by what/),
    ).toHaveTextContent('shipment-squad owns');
    expect(
      screen.getByRole('link', { name: 'Shipment Tracker' }),
    ).toHaveAttribute('href', '/catalog/default/component/shipment-tracker');
    const tracker = screen.getByRole('list', {
      name: 'Talks for shipment-tracker',
    });
    expect(
      within(tracker)
        .getAllByRole('listitem', { name: /./ })
        .filter(li => li.parentElement === tracker)
        .map(li => li.getAttribute('aria-label')),
    ).toEqual([argoTalk.title, kubernetesTalk.title]);
    expect(tracker).toHaveTextContent('Covers Argo');
    expect(tracker).toHaveTextContent('Mentions Kubernetes');
    expect(
      screen.getByText(
        'Uses Argo (annotation argocd/app-name), Kubernetes (tag k8s)',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Uses Kubernetes (annotation backstage.io/kubernetes-label-selector)',
      ),
    ).toBeInTheDocument();
    expect(backend.state.requests).toEqual(['GET /me/services']);
  });

  it('links to all talks of a service when it has more than those shown', async () => {
    server.use(
      ...createFakeBackend({ myServices: [shipmentTracker, trackingWeb] })
        .handlers,
    );
    await renderWithBackend(<MyTeamsTab />);
    expect(
      await screen.findByRole('link', { name: /All 7 talks for this service/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/tracking-web/conference-learnings',
    );
    // Shipment Tracker shows both of its talks: no link
    expect(
      screen.getAllByRole('link', { name: /talks for this service/ }),
    ).toHaveLength(1);
  });

  it('explains when nothing matches and when the user has no team', async () => {
    server.use(...createFakeBackend().handlers);
    const { unmount } = await renderWithBackend(<MyTeamsTab />);
    expect(
      await screen.findByText('No talks match what your teams own'),
    ).toBeInTheDocument();
    unmount();
    server.use(...createFakeBackend({ ownershipEntityRefs: [GUEST] }).handlers);
    await renderWithBackend(<MyTeamsTab />);
    expect(
      await screen.findByText('You are not a member of a team in the catalog'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Talks on the technologies used by what you own, grouped by service.',
      ),
    ).toBeInTheDocument();
  });

  it('shows the error when the backend fails', async () => {
    server.use(
      http.get(`${BASE_URL}/me/services`, () =>
        errorResponse(500, 'Error', 'ranking failed'),
      ),
    );
    await renderWithBackend(<MyTeamsTab />);
    expect(
      (await screen.findAllByText(/ranking failed/))[0],
    ).toBeInTheDocument();
  });
});
