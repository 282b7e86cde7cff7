import { Entity } from '@backstage/catalog-model';
import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  allTalks,
  argoRanked,
  BASE_URL,
  createFakeBackend,
  errorResponse,
  kubernetesTalk,
  kyvernoTalk,
  learning,
  renderWithBackend,
  SHIPMENT_TRACKER,
  shipmentTracker,
  technologies,
} from '../../__testUtils__';
import { EntityConferenceLearningsContent } from '../../plugin';

const server = setupServer();
registerMswTestHooks(server);
// User flows click through dialogs; give them time on a busy machine.
jest.setTimeout(20_000);

const kubernetesRanked = {
  talk: kubernetesTalk,
  score: 0.4,
  reasons: [
    {
      type: 'technology' as const,
      technologyRef: 'technology:default/kubernetes',
      technologyTitle: 'Kubernetes',
      coverage: 'detected' as const,
      weight: 0.3,
      contribution: 0.2,
      usedBy: [
        {
          entityRef: SHIPMENT_TRACKER,
          reasons: [{ type: 'tag' as const, tag: 'k8s' }],
        },
      ],
      usedByCount: 1,
    },
  ],
};

function useBackend(
  ranked = [argoRanked, kubernetesRanked],
  learnings = [learning()],
) {
  const backend = createFakeBackend({
    talks: allTalks,
    technologies,
    ranked: { [SHIPMENT_TRACKER]: ranked },
    learnings,
  });
  server.use(...backend.handlers);
  return backend;
}

const renderTab = (entity: Entity = shipmentTracker, deny: string[] = []) =>
  renderWithBackend(<EntityConferenceLearningsContent />, { entity, deny });

describe('EntityConferenceLearningsContent', () => {
  it('lists the ranked talks, best first, with why, technologies, links and learning counts', async () => {
    useBackend();
    await renderTab();

    const list = await screen.findByRole('list', { name: 'Relevant talks' });
    const items = within(list).getAllByRole('listitem', { name: /./ });
    const talks = items.filter(i => i.parentElement === list);
    expect(talks.map(t => t.getAttribute('aria-label'))).toEqual([
      'Progressive Delivery with Argo Rollouts at Scale',
      'Ten Years of Kubernetes',
    ]);

    const argo = talks[0];
    expect(
      within(argo).getByRole('link', {
        name: 'Progressive Delivery with Argo Rollouts at Scale',
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/talk/kubecon-eu-2024-argo-rollouts-at-scale',
    );
    expect(argo).toHaveTextContent('KubeCon + CloudNativeCon Europe 2024');
    expect(argo).toHaveTextContent('Ana Example (Acme)');
    expect(
      within(argo).getByRole('list', { name: 'Why this talk' }),
    ).toHaveTextContent(
      'Uses Argo — annotation argocd/app-name · talk covers Argo',
    );
    expect(
      within(talks[1]).getByRole('list', { name: 'Why this talk' }),
    ).toHaveTextContent('Uses Kubernetes — tag k8s · talk mentions Kubernetes');

    // The technology this entity uses is highlighted and said to be used here.
    const chips = within(argo).getByRole('list', {
      name: 'Technologies of Progressive Delivery with Argo Rollouts at Scale',
    });
    expect(
      within(chips).getByRole('link', { name: /Argo \(used here\)/ }),
    ).toHaveAttribute('href', '/catalog/default/technology/argo');
    expect(
      within(argo).getByRole('link', { name: /^Video of/ }),
    ).toHaveAttribute('href', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(
      await within(argo).findByRole('button', { name: /Learnings on .*: 1$/ }),
    ).toHaveTextContent('1 learning');
    expect(
      await within(talks[1]).findByRole('button', {
        name: /Learnings on .*: 0$/,
      }),
    ).toHaveTextContent('0 learnings');

    // The latest learnings on these talks
    const latest = await screen.findByRole('list', {
      name: 'Latest learnings',
    });
    expect(latest).toHaveTextContent('Start canaries at 5%');
  });

  it('shows progress while the talks load', async () => {
    useBackend();
    server.use(
      http.get(
        `${BASE_URL}/entities/:kind/:namespace/:name/talks`,
        async () => {
          await delay('infinite');
          return HttpResponse.json({});
        },
      ),
    );
    await renderTab();
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('shows the error when the backend fails', async () => {
    useBackend();
    server.use(
      http.get(`${BASE_URL}/entities/:kind/:namespace/:name/talks`, () =>
        errorResponse(503, 'Error', 'index not ready'),
      ),
    );
    await renderTab();
    expect(
      (await screen.findAllByText(/index not ready/))[0],
    ).toBeInTheDocument();
  });

  it('explains how to declare technologies when the entity declares none', async () => {
    useBackend([]);
    const bare: Entity = {
      ...shipmentTracker,
      metadata: { name: 'shipment-tracker', namespace: 'default' },
      relations: [],
    };
    await renderTab(bare);
    expect(
      await screen.findByText(
        'No talks match the technologies of this entity yet',
      ),
    ).toBeInTheDocument();
    expect(document.body).toHaveTextContent(
      'conference-learnings.io/technologies: argocd, kyverno, crossplane',
    );
    expect(
      screen.getByRole('button', { name: 'Link a talk' }),
    ).toBeInTheDocument();
  });

  it('says which technologies it uses when no talk covers them', async () => {
    useBackend([]);
    await renderTab();
    expect(
      await screen.findByText(
        'No talk covers the technologies of this entity yet',
      ),
    ).toBeInTheDocument();
    expect(document.body).toHaveTextContent(
      /uses argo, but no talk in the catalog covers it yet/i,
    );
  });

  it('links a talk with a note, lists it first, and unlinks it', async () => {
    const backend = useBackend();
    const user = userEvent.setup();
    await renderTab();
    await screen.findByRole('list', { name: 'Relevant talks' });

    await user.click(screen.getByRole('button', { name: 'Link a talk' }));
    const dialog = await screen.findByRole('dialog', {
      name: /Link a talk to/,
    });
    const talkInput = within(dialog).getByRole('textbox', { name: /Talk/ });
    expect(talkInput).toHaveFocus();
    await user.type(talkInput, 'Kyverno');
    await user.click(
      await screen.findByRole('option', {
        name: /Policy as Code with Kyverno/,
      }),
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Note (optional)' }),
      'We adopt Kyverno next quarter',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Link talk' }));

    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: /Link a talk to/ }),
      ).not.toBeInTheDocument(),
    );
    expect(backend.state.requests).toContain(
      'POST /entities/component/default/shipment-tracker/links',
    );
    const list = screen.getByRole('list', { name: 'Relevant talks' });
    await waitFor(() =>
      expect(within(list).getAllByRole('listitem')[0]).toHaveAttribute(
        'aria-label',
        kyvernoTalk.title,
      ),
    );
    const linked = within(list).getByRole('listitem', {
      name: kyvernoTalk.title,
    });
    expect(linked).toHaveTextContent('Linked');
    expect(linked).toHaveTextContent('Linked by guest on');
    expect(linked).toHaveTextContent('We adopt Kyverno next quarter');
    // Only http(s) links: the hostile slides URL is not rendered
    expect(
      within(linked).queryByRole('link', { name: /^Slides/ }),
    ).not.toBeInTheDocument();

    await user.click(
      within(linked).getByRole('button', {
        name: `Unlink ${kyvernoTalk.title}`,
      }),
    );
    const confirm = await screen.findByRole('dialog', {
      name: 'Unlink this talk?',
    });
    await user.click(within(confirm).getByRole('button', { name: 'Unlink' }));
    await waitFor(() =>
      expect(
        within(
          screen.getByRole('list', { name: 'Relevant talks' }),
        ).queryByRole('listitem', {
          name: kyvernoTalk.title,
        }),
      ).not.toBeInTheDocument(),
    );
    expect(backend.state.requests).toContain(
      'DELETE /entities/component/default/shipment-tracker/links/default/kubecon-india-2024-kyverno-policies',
    );
  });

  it('shows why linking failed', async () => {
    useBackend();
    server.use(
      http.post(`${BASE_URL}/entities/:kind/:namespace/:name/links`, () =>
        errorResponse(
          403,
          'NotAllowedError',
          'Not allowed: conference-learnings.link.create',
        ),
      ),
    );
    const user = userEvent.setup();
    await renderTab();
    await user.click(
      await screen.findByRole('button', { name: 'Link a talk' }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.type(
      within(dialog).getByRole('textbox', { name: /Talk/ }),
      'Ten',
    );
    await user.click(
      await screen.findByRole('option', { name: /Ten Years of Kubernetes/ }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Link talk' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Not allowed: conference-learnings.link.create',
    );
  });

  it('opens the learnings of a talk, adds one, and counts it', async () => {
    const backend = useBackend(undefined, []);
    const user = userEvent.setup();
    await renderTab();
    const list = await screen.findByRole('list', { name: 'Relevant talks' });
    const argo = within(list).getByRole('listitem', {
      name: argoRanked.talk.title,
    });
    await user.click(
      await within(argo).findByRole('button', { name: /Learnings on .*: 0$/ }),
    );

    const dialog = await screen.findByRole('dialog', { name: /Learnings on/ });
    expect(
      await within(dialog).findByText(/No learnings yet/),
    ).toBeInTheDocument();
    await user.click(
      within(dialog).getByRole('button', { name: 'Add a learning' }),
    );
    const body = within(dialog).getByRole('textbox', {
      name: /What did you learn/,
    });
    expect(body).toHaveFocus();
    await user.type(body, 'Analysis runs need a baseline');
    await user.click(
      within(dialog).getByRole('button', { name: 'Add learning' }),
    );

    expect(
      await within(dialog).findByText('Analysis runs need a baseline'),
    ).toBeInTheDocument();
    expect(backend.state.requests).toContain(
      'POST /talks/default/kubecon-eu-2024-argo-rollouts-at-scale/learnings',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(
      await within(argo).findByRole('button', { name: /Learnings on .*: 1$/ }),
    ).toBeInTheDocument();
    const latest = await screen.findByRole('list', {
      name: 'Latest learnings',
    });
    expect(latest).toHaveTextContent('Analysis runs need a baseline');
  });
});
