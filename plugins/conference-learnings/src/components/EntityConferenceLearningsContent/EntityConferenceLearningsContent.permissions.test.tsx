import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import { setupServer } from 'msw/node';
import {
  allTalks,
  argoRanked,
  createFakeBackend,
  renderWithBackend,
  SHIPMENT_TRACKER,
  shipmentTracker,
  technologies,
} from '../../__testUtils__';
import { EntityConferenceLearningsContent } from '../../plugin';

// A file of its own: permission decisions are cached per test module.
const server = setupServer();
registerMswTestHooks(server);

describe('EntityConferenceLearningsContent without link permissions', () => {
  it('offers no linking or unlinking without the permissions', async () => {
    const backend = createFakeBackend({
      talks: allTalks,
      technologies,
      ranked: { [SHIPMENT_TRACKER]: [argoRanked] },
    });
    backend.state.links.push({
      id: '00000000-0000-4000-8000-000000000999',
      entityRef: SHIPMENT_TRACKER,
      talkRef: argoRanked.talk.entityRef,
      createdBy: 'user:default/sofia-marquez',
      createdAt: '2026-01-01T00:00:00Z',
      talk: argoRanked.talk,
      orphaned: false,
    });
    server.use(...backend.handlers);
    await renderWithBackend(<EntityConferenceLearningsContent />, {
      entity: shipmentTracker,
      deny: [
        'conference-learnings.link.create',
        'conference-learnings.link.delete',
      ],
    });
    const list = await screen.findByRole('list', { name: 'Relevant talks' });
    const linked = within(list).getByRole('listitem', {
      name: argoRanked.talk.title,
    });
    expect(linked).toHaveTextContent('Linked by sofia-marquez');
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: 'Link a talk' }),
      ).not.toBeInTheDocument(),
    );
    expect(
      within(linked).queryByRole('button', { name: /^Unlink/ }),
    ).not.toBeInTheDocument();
  });
});
