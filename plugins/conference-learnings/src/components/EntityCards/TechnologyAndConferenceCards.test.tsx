import { TalkSummary } from '@conference-learnings/plugin-conference-learnings-common';
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
  clusterFleetConfig,
  conferenceEntity,
  createFakeBackend,
  deliveryPlatform,
  errorResponse,
  kubernetesTalk,
  renderWithBackend,
  shipmentTracker,
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
  it('lists which entities use the technology and how', async () => {
    await renderWithBackend(<EntityTechnologyUsedByCard />, {
      entity: argoEntity,
      catalogEntities: [
        argoEntity,
        shipmentTracker,
        clusterFleetConfig,
        deliveryPlatform,
      ],
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
    expect(screen.getByText('3 entities use Argo')).toBeInTheDocument();
  });

  it('explains how to declare it when nothing uses it', async () => {
    await renderWithBackend(<EntityTechnologyUsedByCard />, {
      entity: { ...argoEntity, relations: [] },
    });
    expect(
      await screen.findByText(
        /Nothing in the catalog declares that it uses Argo/,
      ),
    ).toHaveTextContent('conference-learnings.io/technologies: argo');
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
