import { registerMswTestHooks } from '@backstage/test-utils';
import { TalkSummary } from '@conference-learnings/plugin-conference-learnings-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  allTalks,
  argoTalk,
  BASE_URL,
  createFakeBackend,
  errorResponse,
  LocationDisplay,
  renderWithBackend,
  technologies,
} from '../../__testUtils__';
import { TalksTab } from './TalksTab';

const server = setupServer();
registerMswTestHooks(server);
// User flows click through dialogs; give them time on a busy machine.
jest.setTimeout(20_000);

function manyTalks(count: number): TalkSummary[] {
  return Array.from({ length: count }, (_, i) => ({
    ...argoTalk,
    entityRef: `talk:default/generated-${i}`,
    title: `Generated talk ${i}`,
  }));
}

function useBackend(talks = allTalks) {
  const backend = createFakeBackend({ talks, technologies });
  server.use(...backend.handlers);
  return backend;
}

const talkRequests = (requests: string[]) =>
  requests.filter(r => r.startsWith('GET /talks?') || r === 'GET /talks');

const renderTab = (route = '/') =>
  renderWithBackend(
    <>
      <TalksTab />
      <LocationDisplay />
    </>,
    { routeEntries: [route] },
  );

describe('TalksTab', () => {
  it('lists the talks with their conference, speakers, technologies and only safe links', async () => {
    useBackend();
    await renderTab();
    const list = await screen.findByRole('list', { name: 'Talks' });
    const argo = within(list).getByRole('listitem', { name: argoTalk.title });
    expect(argo).toHaveTextContent('KubeCon + CloudNativeCon Europe 2024');
    expect(argo).toHaveTextContent('Ana Example (Acme)');
    expect(argo).toHaveTextContent('Application Delivery');
    expect(within(argo).getByRole('link', { name: 'Argo' })).toHaveAttribute(
      'href',
      '/catalog/default/technology/argo',
    );
    expect(
      within(argo).getByRole('link', { name: /^Video of/ }),
    ).toHaveAttribute('href', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    const kyverno = within(list).getByRole('listitem', { name: /Kyverno/ });
    expect(
      within(kyverno).queryByRole('link', { name: /^Slides/ }),
    ).not.toBeInTheDocument();
    expect(screen.getByText('3 talks')).toBeInTheDocument();
  });

  it('filters by technology and conference from the facets and keeps them in the URL', async () => {
    const backend = useBackend();
    const user = userEvent.setup();
    await renderTab();
    await screen.findByRole('list', { name: 'Talks' });

    await user.click(screen.getByRole('textbox', { name: 'Technology' }));
    await user.click(await screen.findByRole('option', { name: 'Argo (1)' }));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        '/?technology=technology%3Adefault%2Fargo',
      ),
    );
    await user.click(screen.getByRole('textbox', { name: 'Conference' }));
    await user.click(
      await screen.findByRole('option', {
        name: 'KubeCon + CloudNativeCon Europe 2024 (1)',
      }),
    );
    await waitFor(() =>
      expect(screen.getByText('1 talk found')).toBeInTheDocument(),
    );
    expect(screen.getByTestId('location')).toHaveTextContent(
      'technology=technology%3Adefault%2Fargo&conference=conference%3Adefault%2Fkubecon-eu-2024',
    );
    expect(talkRequests(backend.state.requests)).toContain(
      'GET /talks?conference=conference%3Adefault%2Fkubecon-eu-2024&technology=technology%3Adefault%2Fargo&limit=20&offset=0',
    );
    // The chosen technology is highlighted on the talks
    expect(
      screen.getByRole('link', { name: 'Argo (used here)' }),
    ).toBeInTheDocument();
  });

  it('starts from the filters in the URL', async () => {
    const backend = useBackend();
    await renderTab(
      '/?conference=conference%3Adefault%2Fkubecon-india-2024&type=keynote&year=2024&track=Security&q=policy',
    );
    const list = await screen.findByRole('list', { name: 'Talks' });
    expect(
      within(list)
        .getAllByRole('listitem', { name: /./ })
        .filter(li => li.parentElement === list),
    ).toHaveLength(1);
    expect(screen.getByRole('searchbox', { name: 'Search talks' })).toHaveValue(
      'policy',
    );
    expect(
      screen.getByRole('button', {
        name: 'KubeCon + CloudNativeCon India 2024',
      }),
    ).toBeInTheDocument();
    expect(talkRequests(backend.state.requests)[0]).toBe(
      'GET /talks?q=policy&conference=conference%3Adefault%2Fkubecon-india-2024&year=2024&type=keynote&track=Security&limit=20&offset=0',
    );
  });

  it('searches on the server once typing pauses, not on every key', async () => {
    const backend = useBackend();
    const user = userEvent.setup();
    await renderTab();
    await screen.findByRole('list', { name: 'Talks' });
    const before = talkRequests(backend.state.requests).length;

    const box = screen.getByRole('searchbox', { name: 'Search talks' });
    await user.type(box, 'kyverno');
    // Typing shows at once
    expect(box).toHaveValue('kyverno');
    await waitFor(() =>
      expect(screen.getByText('1 talk found')).toBeInTheDocument(),
    );
    const searches = talkRequests(backend.state.requests).slice(before);
    expect(searches).toEqual(['GET /talks?q=kyverno&limit=20&offset=0']);
    expect(screen.getByTestId('location')).toHaveTextContent('/?q=kyverno');
  });

  it('pages on the server, keeping the page in the URL', async () => {
    const backend = useBackend(manyTalks(45));
    const user = userEvent.setup();
    await renderTab();
    await screen.findByRole('list', { name: 'Talks' });
    expect(screen.getByText('1-20 of 45')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() =>
      expect(screen.getByText('21-40 of 45')).toBeInTheDocument(),
    );
    expect(screen.getByTestId('location')).toHaveTextContent('/?page=2');
    expect(talkRequests(backend.state.requests)).toContain(
      'GET /talks?limit=20&offset=20',
    );
    expect(
      screen.getByRole('listitem', { name: 'Generated talk 20' }),
    ).toBeInTheDocument();
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    useBackend();
    const user = userEvent.setup();
    await renderTab('/?q=nothing-like-this');
    expect(await screen.findByText('No talks match')).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Clear search and filters' }),
    );
    await waitFor(() =>
      expect(screen.getByText('3 talks')).toBeInTheDocument(),
    );
    expect(screen.getByRole('searchbox', { name: 'Search talks' })).toHaveValue(
      '',
    );
  });

  it('says so when the catalog has no talks', async () => {
    useBackend([]);
    await renderTab();
    expect(
      await screen.findByText('No talks in the catalog yet'),
    ).toBeInTheDocument();
  });

  it('shows progress while loading and the error when the backend fails', async () => {
    useBackend();
    // The backend answers only once the progress was seen, however slow the machine.
    let answer = () => {};
    const answered = new Promise<void>(resolve => {
      answer = resolve;
    });
    server.use(
      http.get(`${BASE_URL}/talks`, async () => {
        await answered;
        return errorResponse(500, 'Error', 'index exploded');
      }),
    );
    await renderTab();
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    answer();
    expect(
      (await screen.findAllByText(/index exploded/))[0],
    ).toBeInTheDocument();
  });

  it('keeps the old results on screen while the next page loads', async () => {
    useBackend(manyTalks(45));
    const user = userEvent.setup();
    await renderTab();
    await screen.findByRole('list', { name: 'Talks' });
    server.use(
      http.get(`${BASE_URL}/talks`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(
      await screen.findByRole('progressbar', { name: 'Loading talks' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('listitem', { name: 'Generated talk 0' }),
    ).toBeInTheDocument();
  });
});
