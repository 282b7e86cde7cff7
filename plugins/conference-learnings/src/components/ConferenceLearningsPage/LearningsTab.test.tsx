import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import {
  allTalks,
  BASE_URL,
  createFakeBackend,
  errorResponse,
  GUEST,
  learning,
  renderWithBackend,
} from '../../__testUtils__';
import { LearningsTab } from './LearningsTab';

const server = setupServer();
registerMswTestHooks(server);
// User flows click through dialogs; give them time on a busy machine.
jest.setTimeout(20_000);

describe('LearningsTab', () => {
  it('lists the latest learnings with their talk, author and safe Markdown', async () => {
    server.use(
      ...createFakeBackend({
        talks: allTalks,
        learnings: [
          learning(),
          learning({
            id: '3f1c1b8e-1d2a-4c55-9d7e-1234567890ac',
            body: 'See [the docs](https://argoproj.github.io) and <img src=x onerror=alert(1)>',
            createdBy: GUEST,
          }),
        ],
      }).handlers,
    );
    await renderWithBackend(<LearningsTab />);
    const list = await screen.findByRole('list', { name: 'Latest learnings' });
    const first = within(list).getAllByRole('listitem')[0];
    expect(
      within(first).getByRole('link', { name: allTalks[0].title }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/talk/kubecon-eu-2024-argo-rollouts-at-scale',
    );
    expect(first).toHaveTextContent('sofia-marquez');
    expect(within(first).getByText('5%').tagName).toBe('STRONG');
    // Someone else's: no editing
    expect(
      within(first).queryByRole('button', { name: /your learning/ }),
    ).not.toBeInTheDocument();

    const mine = within(list).getByRole('listitem', {
      name: 'Learning by guest',
    });
    expect(
      within(mine).getByRole('link', { name: /the docs/ }),
    ).toHaveAttribute('href', 'https://argoproj.github.io/');
    // Raw HTML is text, never an element
    expect(mine.querySelector('img')).toBeNull();
    expect(mine).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(
      await within(mine).findByRole('button', { name: 'Edit your learning' }),
    ).toBeInTheDocument();
  });

  it('loads more on request', async () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      learning({
        id: `3f1c1b8e-1d2a-4c55-9d7e-${String(i).padStart(12, '0')}`,
        body: `Learning ${i}`,
      }),
    );
    const backend = createFakeBackend({ talks: allTalks, learnings: many });
    server.use(...backend.handlers);
    const user = userEvent.setup();
    await renderWithBackend(<LearningsTab />);
    const list = await screen.findByRole('list', { name: 'Latest learnings' });
    expect(
      within(list).getAllByRole('listitem', { name: /Learning by/ }),
    ).toHaveLength(20);
    await user.click(
      screen.getByRole('button', { name: 'Show more learnings' }),
    );
    await waitFor(() =>
      expect(
        within(list).getAllByRole('listitem', { name: /Learning by/ }),
      ).toHaveLength(25),
    );
    expect(backend.state.requests).toEqual([
      'GET /learnings?limit=20',
      'GET /learnings?limit=20&offset=20',
    ]);
  });

  it('has empty and error states', async () => {
    server.use(...createFakeBackend().handlers);
    const { unmount } = await renderWithBackend(<LearningsTab />);
    expect(await screen.findByText('No learnings yet')).toBeInTheDocument();
    unmount();
    server.use(
      http.get(`${BASE_URL}/learnings`, () =>
        errorResponse(500, 'Error', 'db down'),
      ),
    );
    await renderWithBackend(<LearningsTab />);
    expect((await screen.findAllByText(/db down/))[0]).toBeInTheDocument();
  });
});

describe('Learnings tab past the backend’s largest page', () => {
  const manyLearnings = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      learning({
        id: `3f1c1b8e-1d2a-4c55-9d7e-${String(i).padStart(12, '0')}`,
        body: `Learning ${i}`,
        ...(i === count - 1 ? { createdBy: GUEST } : {}),
      }),
    );

  it('keeps showing more beyond 100 learnings, a page at a time, and keeps them after a change', async () => {
    const backend = createFakeBackend({
      talks: allTalks,
      learnings: manyLearnings(125),
    });
    server.use(...backend.handlers);
    const user = userEvent.setup();
    await renderWithBackend(<LearningsTab />);
    const list = await screen.findByRole('list', { name: 'Latest learnings' });
    // Text queries: role queries over 100+ items are slow in jsdom
    const shown = () => within(list).getAllByText(/^Learning \d+$/);

    for (const count of [40, 60, 80, 100, 120, 125]) {
      await user.click(
        screen.getByRole('button', { name: 'Show more learnings' }),
      );
      await waitFor(() => expect(shown()).toHaveLength(count));
    }
    expect(
      screen.queryByRole('button', { name: 'Show more learnings' }),
    ).not.toBeInTheDocument();
    expect(shown()[124]).toHaveTextContent('Learning 124');
    expect(backend.state.requests).toEqual([
      'GET /learnings?limit=20',
      ...[20, 40, 60, 80, 100, 120].map(
        offset => `GET /learnings?limit=20&offset=${offset}`,
      ),
    ]);

    // Deleting one's own learning reloads what is shown, not just the first page
    backend.state.requests = [];
    await user.click(
      within(
        within(list).getByRole('listitem', { name: 'Learning by guest' }),
      ).getByRole('button', { name: 'Delete your learning' }),
    );
    const confirm = await screen.findByRole('dialog', {
      name: 'Delete your learning?',
    });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(shown()).toHaveLength(124));
    expect(shown()[123]).toHaveTextContent('Learning 123');
    expect(backend.state.requests).toEqual([
      'DELETE /learnings/3f1c1b8e-1d2a-4c55-9d7e-000000000124',
      'GET /learnings?limit=100',
      'GET /learnings?limit=25&offset=100',
    ]);
  }, 60_000);
});
