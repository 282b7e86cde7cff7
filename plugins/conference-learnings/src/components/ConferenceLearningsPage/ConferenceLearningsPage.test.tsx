import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { Route, Routes } from 'react-router-dom';
import {
  allTalks,
  createFakeBackend,
  learning,
  LocationDisplay,
  renderWithBackend,
  shipmentTrackerTalks,
  technologies,
} from '../../__testUtils__';
import { ConferenceLearningsPage } from '../../plugin';

const server = setupServer();
registerMswTestHooks(server);
// User flows click through dialogs; give them time on a busy machine.
jest.setTimeout(20_000);

describe('ConferenceLearningsPage (legacy routable extension)', () => {
  it('has a heading and the four tabs, each reachable by its URL', async () => {
    server.use(
      ...createFakeBackend({
        talks: allTalks,
        technologies,
        myServices: [shipmentTrackerTalks],
        learnings: [learning()],
      }).handlers,
    );
    const user = userEvent.setup();
    await renderWithBackend(
      <>
        <Routes>
          <Route
            path="/conference-learnings/*"
            element={<ConferenceLearningsPage />}
          />
        </Routes>
        <LocationDisplay />
      </>,
      { routeEntries: ['/conference-learnings?year=2024'] },
    );

    expect(
      await screen.findByRole('heading', {
        name: 'Conference Learnings',
        level: 1,
      }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('list', { name: 'Talks' }),
    ).toBeInTheDocument();
    expect(screen.getByText('3 talks found')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Technologies' }));
    expect(
      await screen.findByRole('table', { name: 'Technologies by category' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(
      '/conference-learnings/technologies',
    );

    await user.click(screen.getByRole('tab', { name: 'For my teams' }));
    expect(
      await screen.findByRole('list', { name: 'Talks for shipment-tracker' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Learnings' }));
    expect(
      await screen.findByRole('list', { name: 'Latest learnings' }),
    ).toHaveTextContent('Start canaries at 5%');

    await user.click(screen.getByRole('tab', { name: 'Talks' }));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        /^\/conference-learnings$/,
      ),
    );
  });
});
