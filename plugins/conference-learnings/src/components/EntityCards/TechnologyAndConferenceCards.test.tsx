import {
  TalkSummary,
  TechnologyUser,
} from '@conference-learnings/plugin-conference-learnings-common';
import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import {
  allTalks,
  argoEntity,
  argoRanked,
  argoTalk,
  BASE_URL,
  clusterFleetConfigUser,
  conferenceEntity,
  createFakeBackend,
  deliveryPlatformUser,
  errorResponse,
  kubernetesTalk,
  renderWithBackend,
  shipmentTrackerUser,
  technologies,
} from '../../__testUtils__';
import {
  EntityConferenceTalksCard,
  EntityTechnologyTalksCard,
  EntityTechnologyUsedByCard,
} from '../../plugin';
import { groupByDayAndTrack } from './ConferenceTalksCard';

const server = setupServer();
registerMswTestHooks(server);
// User flows click through dialogs; give them time on a busy machine.
jest.setTimeout(20_000);

const ARGO = 'technology:default/argo';

describe('EntityTechnologyTalksCard', () => {
  it('lists the most relevant talks about the technology, with a link to all of them', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      ...argoRanked,
      talk: {
        ...argoTalk,
        entityRef: `talk:default/argo-${i}`,
        title: `Argo talk ${i}`,
      },
    }));
    const backend = createFakeBackend({ ranked: { [ARGO]: many } });
    server.use(...backend.handlers);
    await renderWithBackend(<EntityTechnologyTalksCard />, {
      entity: argoEntity,
    });
    const list = await screen.findByRole('list', { name: 'Talks about Argo' });
    expect(
      within(list)
        .getAllByRole('listitem', { name: /^Argo talk/ })
        .map(li => li.getAttribute('aria-label')),
    ).toHaveLength(10);
    expect(
      screen.getByText('12 talks, most relevant first'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /All 12 talks about Argo/ }),
    ).toHaveAttribute(
      'href',
      '/conference-learnings?technology=technology%3Adefault%2Fargo',
    );
    expect(backend.state.requests).toEqual([
      'GET /entities/technology/default/argo/talks?limit=10',
    ]);
  });

  it('says so when no talk covers it, and shows errors', async () => {
    server.use(...createFakeBackend({ ranked: { [ARGO]: [] } }).handlers);
    const { unmount } = await renderWithBackend(<EntityTechnologyTalksCard />, {
      entity: argoEntity,
    });
    expect(
      await screen.findByText(/No talk in the catalog covers Argo yet/),
    ).toBeInTheDocument();
    unmount();
    server.use(
      http.get(`${BASE_URL}/entities/:kind/:namespace/:name/talks`, () =>
        errorResponse(500, 'Error', 'ranking failed'),
      ),
    );
    await renderWithBackend(<EntityTechnologyTalksCard />, {
      entity: argoEntity,
    });
    expect(
      (await screen.findAllByText(/ranking failed/))[0],
    ).toBeInTheDocument();
  });
});

describe('EntityTechnologyUsedByCard', () => {
  /** Uses Argo through an annotation the inference configuration names. */
  const checkoutUser: TechnologyUser = {
    entityRef: 'component:default/checkout',
    kind: 'Component',
    title: 'Checkout',
    type: 'service',
    ownerRef: 'group:default/payments',
    uses: [
      {
        technologyRef: ARGO,
        technologyTitle: 'Argo',
        reasons: [{ type: 'annotation', annotation: 'acme.io/helm-release' }],
      },
    ],
  };

  it('lists which entities use the technology and how, as the backend says', async () => {
    const backend = createFakeBackend({
      technologies,
      technologyUsers: [
        shipmentTrackerUser,
        clusterFleetConfigUser,
        deliveryPlatformUser,
        checkoutUser,
      ],
    });
    server.use(...backend.handlers);
    await renderWithBackend(<EntityTechnologyUsedByCard />, {
      entity: argoEntity,
    });
    const table = await screen.findByRole('table', {
      name: 'Entities using Argo',
    });
    expect(
      within(table).getByRole('row', { name: /Shipment Tracker/ }),
    ).toHaveTextContent('annotation argocd/app-name');
    expect(
      within(table).getByRole('row', { name: /Cluster Fleet Config/ }),
    ).toHaveTextContent(
      'annotation conference-learnings.io/technologies: argocd, tag argocd',
    );
    expect(
      within(table).getByRole('row', { name: /delivery-platform/ }),
    ).toHaveTextContent('catalog relation');
    const checkout = within(table).getByRole('row', { name: /Checkout/ });
    expect(checkout).toHaveTextContent('annotation acme.io/helm-release');
    expect(checkout).toHaveTextContent('Component · service');
    expect(
      within(checkout).getByRole('link', { name: 'Checkout' }),
    ).toHaveAttribute('href', '/catalog/default/component/checkout');
    expect(screen.getByText('4 entities use Argo')).toBeInTheDocument();
    expect(backend.state.requests).toEqual([
      'GET /technologies/default/argo/users?limit=100',
    ]);
  });

  it('says when more entities use it than are shown', async () => {
    const many = Array.from(
      { length: 101 },
      (_, i): TechnologyUser => ({
        ...checkoutUser,
        entityRef: `component:default/service-${i}`,
        title: `Service ${i}`,
      }),
    );
    server.use(
      ...createFakeBackend({ technologies, technologyUsers: many }).handlers,
    );
    await renderWithBackend(<EntityTechnologyUsedByCard />, {
      entity: argoEntity,
    });
    expect(
      await screen.findByText('101 entities use Argo; the first 100 shown'),
    ).toBeInTheDocument();
    expect(
      within(
        screen.getByRole('table', { name: 'Entities using Argo' }),
      ).getAllByRole('rowheader'),
    ).toHaveLength(100);
  });

  it('explains how to declare it when nothing uses it', async () => {
    server.use(...createFakeBackend({ technologies }).handlers);
    await renderWithBackend(<EntityTechnologyUsedByCard />, {
      entity: argoEntity,
    });
    expect(
      await screen.findByText(
        /Nothing in the catalog declares that it uses Argo/,
      ),
    ).toHaveTextContent('conference-learnings.io/technologies: argo');
  });

  it('shows the error when the backend fails', async () => {
    server.use(
      http.get(`${BASE_URL}/technologies/:namespace/:name/users`, () =>
        errorResponse(503, 'ServiceUnavailableError', 'index not ready'),
      ),
    );
    await renderWithBackend(<EntityTechnologyUsedByCard />, {
      entity: argoEntity,
    });
    expect(
      (await screen.findAllByText(/index not ready/))[0],
    ).toBeInTheDocument();
  });
});

describe('EntityConferenceTalksCard', () => {
  const day1 = { ...argoTalk, track: 'Application Delivery' };
  const day1b: TalkSummary = {
    ...kubernetesTalk,
    entityRef: 'talk:default/k1',
    title: 'Early keynote',
    startsAt: '2024-03-20T08:00:00Z',
    track: undefined,
  };
  const day2 = kubernetesTalk;
  const unscheduled: TalkSummary = {
    ...kubernetesTalk,
    entityRef: 'talk:default/tbd',
    title: 'To be scheduled',
    startsAt: undefined,
  };

  it('groups talks by day, then track, in time order', () => {
    const days = groupByDayAndTrack([day2, unscheduled, day1, day1b]);
    expect(days.map(d => d.count)).toEqual([2, 1, 1]);
    expect(days[0].tracks.map(t => t.track)).toEqual([
      'Application Delivery',
      'Other sessions',
    ]);
    expect(days[2].label).toBe('Not scheduled');
  });

  it('shows the talks of the conference by day and track', async () => {
    const talks = [day1, day1b, day2, unscheduled];
    const backend = createFakeBackend({
      talks: [...talks, allTalks[1]],
    });
    server.use(...backend.handlers);
    const user = userEvent.setup();
    await renderWithBackend(<EntityConferenceTalksCard />, {
      entity: conferenceEntity,
    });

    const days = await screen.findByRole('tablist', {
      name: 'Conference days',
    });
    const tabs = within(days).getAllByRole('tab');
    expect(tabs).toHaveLength(3);
    const firstDay = new Date(2024, 2, 20).toLocaleDateString(undefined, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
    });
    expect(tabs[0]).toHaveTextContent(`${firstDay} (2)`);
    const panel = screen.getByRole('tabpanel');
    expect(
      within(panel).getByRole('region', { name: 'Application Delivery' }),
    ).toHaveTextContent(argoTalk.title);
    expect(
      within(panel).getByRole('region', { name: 'Other sessions' }),
    ).toHaveTextContent('Early keynote');
    await user.click(tabs[2]);
    expect(screen.getByRole('tabpanel')).toHaveTextContent('To be scheduled');
    expect(screen.getByText('4 talks by day and track')).toBeInTheDocument();
    expect(backend.state.requests).toEqual([
      'GET /talks?conference=conference%3Adefault%2Fkubecon-eu-2024&limit=100',
    ]);
    expect(
      screen.getByRole('link', { name: /Search and filter these talks/ }),
    ).toHaveAttribute(
      'href',
      '/conference-learnings?conference=conference%3Adefault%2Fkubecon-eu-2024',
    );
  });

  it('says so when the conference has no talks yet', async () => {
    server.use(...createFakeBackend().handlers);
    await renderWithBackend(<EntityConferenceTalksCard />, {
      entity: conferenceEntity,
    });
    expect(
      await screen.findByText(
        'No talks of this conference are in the catalog yet.',
      ),
    ).toBeInTheDocument();
  });
});
