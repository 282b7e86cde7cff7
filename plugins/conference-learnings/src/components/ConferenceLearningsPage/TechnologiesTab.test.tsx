import { registerMswTestHooks } from '@backstage/test-utils';
import { TechnologySummary } from '@conference-learnings/plugin-conference-learnings-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import {
  BASE_URL,
  createFakeBackend,
  errorResponse,
  renderWithBackend,
  technologies,
} from '../../__testUtils__';
import { TechnologiesTab } from './TechnologiesTab';

const server = setupServer();
registerMswTestHooks(server);
// User flows click through dialogs; give them time on a busy machine.
jest.setTimeout(20_000);

function useBackend(list: TechnologySummary[] = technologies) {
  const backend = createFakeBackend({ technologies: list });
  server.use(...backend.handlers);
  return backend;
}

const rowNames = () =>
  screen
    .getAllByRole('row')
    .map(row => {
      const header = within(row).queryAllByRole('rowheader')[0];
      if (!header) return '';
      return (
        within(header).queryByRole('link')?.textContent ?? header.textContent
      );
    })
    .filter(Boolean);

describe('TechnologiesTab', () => {
  it('groups technologies by category with maturity, talk and usage counts', async () => {
    useBackend();
    await renderWithBackend(<TechnologiesTab />);
    const table = await screen.findByRole('table', {
      name: 'Technologies by category',
    });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map(h => h.textContent),
    ).toEqual([
      'App Definition and Development (1)',
      'ArgoContinuous Integration & Delivery',
      'Orchestration & Management (1)',
      'KubernetesScheduling & Orchestration',
      'Provisioning (1)',
      'KyvernoSecurity & Compliance',
    ]);
    const argo = within(table).getByRole('row', { name: /^Argo/ });
    expect(within(argo).getByRole('link', { name: 'Argo' })).toHaveAttribute(
      'href',
      '/catalog/default/technology/argo',
    );
    expect(
      within(argo).getByLabelText('CNCF maturity: graduated'),
    ).toBeInTheDocument();
    expect(
      within(argo).getByRole('link', { name: '12 talks about Argo' }),
    ).toHaveAttribute(
      'href',
      '/conference-learnings?technology=technology%3Adefault%2Fargo',
    );
    expect(argo).toHaveTextContent('2');
    expect(screen.getByText('3 technologies of 4')).toBeInTheDocument();
  });

  it('shows technologies without talks or users on request, under Other', async () => {
    useBackend();
    const user = userEvent.setup();
    await renderWithBackend(<TechnologiesTab />);
    await screen.findByRole('table');
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Only technologies with talks or users',
      }),
    );
    expect(
      screen.getByRole('rowheader', { name: 'Other (1)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Dagger/ })).toHaveTextContent(
      'not CNCF',
    );
  });

  it('sorts by a column, keyboard included', async () => {
    const sameCategory = technologies.map(t => ({ ...t, category: 'All' }));
    useBackend(sameCategory);
    const user = userEvent.setup();
    await renderWithBackend(<TechnologiesTab />);
    await screen.findByRole('table');
    // By talks, most first
    expect(rowNames()).toEqual(['All (3)', 'Kubernetes', 'Argo', 'Kyverno']);
    await user.click(screen.getByRole('button', { name: 'Technology' }));
    expect(rowNames()).toEqual(['All (3)', 'Argo', 'Kubernetes', 'Kyverno']);
    screen.getByRole('button', { name: 'Technology' }).focus();
    await user.keyboard('{Enter}');
    expect(rowNames()).toEqual(['All (3)', 'Kyverno', 'Kubernetes', 'Argo']);
    await user.click(screen.getByRole('button', { name: 'Services using it' }));
    expect(rowNames()).toEqual(['All (3)', 'Kubernetes', 'Argo', 'Kyverno']);
  });

  it('filters as you type', async () => {
    useBackend();
    const user = userEvent.setup();
    await renderWithBackend(<TechnologiesTab />);
    await screen.findByRole('table');
    await user.type(
      screen.getByRole('searchbox', { name: 'Filter technologies' }),
      'k8s',
    );
    expect(rowNames()).toEqual([
      'Orchestration & Management (1)',
      'Kubernetes',
    ]);
  });

  it('reads every page of a large landscape', async () => {
    const many = Array.from({ length: 250 }, (_, i) => ({
      ...technologies[0],
      entityRef: `technology:default/t${i}`,
      name: `t${i}`,
      title: `T${i}`,
    }));
    const backend = useBackend(many);
    await renderWithBackend(<TechnologiesTab />);
    expect(
      await screen.findByText('250 technologies of 250'),
    ).toBeInTheDocument();
    expect(
      backend.state.requests.filter(r => r.startsWith('GET /technologies')),
    ).toEqual([
      'GET /technologies?limit=100',
      'GET /technologies?limit=100&offset=100',
      'GET /technologies?limit=100&offset=200',
    ]);
  });

  it('has empty and error states', async () => {
    useBackend([]);
    const { unmount } = await renderWithBackend(<TechnologiesTab />);
    expect(
      await screen.findByText('No technologies in the catalog yet'),
    ).toBeInTheDocument();
    unmount();
    server.use(
      http.get(`${BASE_URL}/technologies`, () =>
        errorResponse(500, 'Error', 'no index'),
      ),
    );
    await renderWithBackend(<TechnologiesTab />);
    expect((await screen.findAllByText(/no index/))[0]).toBeInTheDocument();
  });
});
