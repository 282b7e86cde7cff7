import { Entity } from '@backstage/catalog-model';
import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  allTalks,
  BASE_URL,
  clusterFleetConfigUser,
  createFakeBackend,
  deliveryPlatformUser,
  errorResponse,
  GUEST,
  learning,
  renderWithBackend,
  shipmentTrackerUser,
  talkEntity,
} from '../../__testUtils__';
import {
  EntityTalkLearningsCard,
  EntityTalkOverviewCard,
  EntityTalkServicesCard,
} from '../../plugin';

const server = setupServer();
registerMswTestHooks(server);
// User flows click through dialogs; give them time on a busy machine.
jest.setTimeout(20_000);

const withVideo = (video: string): Entity => ({
  ...talkEntity,
  spec: { ...talkEntity.spec, video },
});

describe('EntityTalkOverviewCard', () => {
  it('shows facts, speakers, the abstract as safe Markdown, slides and technologies', async () => {
    await renderWithBackend(<EntityTalkOverviewCard />, { entity: talkEntity });
    expect(await screen.findByText('About this talk')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'kubecon-eu-2024' }),
    ).toHaveAttribute('href', '/catalog/default/conference/kubecon-eu-2024');
    expect(screen.getByText('Application Delivery')).toBeInTheDocument();
    const speakers = screen.getByRole('list', { name: 'Speakers' });
    expect(
      within(speakers).getByRole('link', { name: /Ana Example/ }),
    ).toHaveAttribute('href', 'https://example.com/ana');
    // A speaker URL that is not http(s) is not a link
    expect(
      within(speakers).queryByRole('link', { name: /Bo Example/ }),
    ).not.toBeInTheDocument();
    expect(speakers).toHaveTextContent('Bo Example');

    // Markdown is rendered, HTML and script links are not
    expect(screen.getByText('analysis runs').tagName).toBe('STRONG');
    expect(document.querySelector('script')).toBeNull();
    expect(document.body).toHaveTextContent('<script>alert(1)</script>');
    expect(
      screen.queryByRole('link', { name: 'Click' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /docs/ })).toHaveAttribute(
      'href',
      'https://argoproj.github.io/rollouts/',
    );

    expect(
      screen.getByRole('link', { name: 'Slides (open in a new tab)' }),
    ).toHaveAttribute('href', 'https://example.com/slides.pdf');
    const technologies = screen.getByRole('list', {
      name: 'Technologies of this talk',
    });
    expect(
      within(technologies)
        .getAllByRole('link')
        .map(a => a.getAttribute('href')),
    ).toEqual([
      '/catalog/default/technology/argo',
      '/catalog/default/technology/kubernetes',
    ]);
  });

  it('embeds YouTube videos with the privacy-enhanced player only', async () => {
    await renderWithBackend(<EntityTalkOverviewCard />, { entity: talkEntity });
    const player = await screen.findByTitle(
      'Video: Progressive Delivery with Argo Rollouts at Scale',
    );
    expect(player.tagName).toBe('IFRAME');
    expect(player).toHaveAttribute(
      'src',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    );
  });

  it.each([
    [
      'a YouTube id of the wrong shape',
      'https://www.youtube.com/watch?v=abc"><script>',
    ],
    ['another video site', 'https://vimeo.com/123456'],
  ])('links to %s instead of embedding it', async (_name, video) => {
    await renderWithBackend(<EntityTalkOverviewCard />, {
      entity: withVideo(video),
    });
    expect(
      await screen.findByRole('link', {
        name: 'Watch the video (opens in a new tab)',
      }),
    ).toHaveAttribute('href', new URL(video).toString());
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('neither embeds nor links a video URL that is not http(s)', async () => {
    await renderWithBackend(<EntityTalkOverviewCard />, {
      // eslint-disable-next-line no-script-url -- hostile input on purpose
      entity: withVideo('javascript:alert(1)'),
    });
    await screen.findByText('Speakers');
    expect(document.querySelector('iframe')).toBeNull();
    expect(
      screen.queryByRole('link', { name: /video/i }),
    ).not.toBeInTheDocument();
  });
});

describe('EntityTalkLearningsCard', () => {
  const mine = learning({
    id: '3f1c1b8e-1d2a-4c55-9d7e-1234567890ad',
    body: 'My own takeaway',
    createdBy: GUEST,
  });

  it('lists learnings; only the author can edit and delete', async () => {
    const backend = createFakeBackend({
      talks: allTalks,
      learnings: [mine, learning()],
    });
    server.use(...backend.handlers);
    const user = userEvent.setup();
    await renderWithBackend(<EntityTalkLearningsCard />, {
      entity: talkEntity,
    });

    const list = await screen.findByRole('list', { name: 'Learnings' });
    expect(screen.getByText('2 learnings')).toBeInTheDocument();
    const others = within(list).getByRole('listitem', {
      name: 'Learning by sofia-marquez',
    });
    expect(
      within(others).queryByRole('button', { name: /your learning/ }),
    ).not.toBeInTheDocument();

    const own = within(list).getByRole('listitem', {
      name: 'Learning by guest',
    });
    await user.click(
      await within(own).findByRole('button', { name: 'Edit your learning' }),
    );
    const body = within(own).getByRole('textbox', {
      name: /What did you learn/,
    });
    expect(body).toHaveValue('My own takeaway');
    await user.clear(body);
    await user.type(body, 'My revised takeaway');
    await user.click(within(own).getByRole('button', { name: 'Save changes' }));
    expect(
      await within(list).findByText('My revised takeaway'),
    ).toBeInTheDocument();
    expect(backend.state.requests).toContain(
      'PATCH /learnings/3f1c1b8e-1d2a-4c55-9d7e-1234567890ad',
    );

    await user.click(
      within(
        within(list).getByRole('listitem', { name: 'Learning by guest' }),
      ).getByRole('button', { name: 'Delete your learning' }),
    );
    const confirm = await screen.findByRole('dialog', {
      name: 'Delete your learning?',
    });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() =>
      expect(screen.getByText('1 learning')).toBeInTheDocument(),
    );
    expect(screen.queryByText('My revised takeaway')).not.toBeInTheDocument();
    expect(backend.state.requests).toContain(
      'DELETE /learnings/3f1c1b8e-1d2a-4c55-9d7e-1234567890ad',
    );
  });

  it('adds a learning tagged with a technology of the talk', async () => {
    const backend = createFakeBackend({ talks: allTalks });
    server.use(...backend.handlers);
    const user = userEvent.setup();
    await renderWithBackend(<EntityTalkLearningsCard />, {
      entity: talkEntity,
    });
    expect(await screen.findByText(/No learnings yet/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add a learning' }));
    const form = screen.getByRole('form', { name: 'New learning' });
    await user.type(
      within(form).getByRole('textbox', { name: /What did you learn/ }),
      'Use **analysis** templates',
    );
    await user.click(
      within(form).getByRole('textbox', { name: 'Technologies it is about' }),
    );
    await user.click(await screen.findByRole('option', { name: 'argo' }));
    await user.click(
      within(form).getByRole('button', { name: 'Add learning' }),
    );

    const list = await screen.findByRole('list', { name: 'Learnings' });
    expect(within(list).getByText('analysis').tagName).toBe('STRONG');
    expect(backend.state.learnings[0]).toMatchObject({
      talkRef: 'talk:default/kubecon-eu-2024-argo-rollouts-at-scale',
      body: 'Use **analysis** templates',
      technologyRefs: ['technology:default/argo'],
    });
  });

  it('says what is wrong with a learning before and after sending it', async () => {
    server.use(...createFakeBackend({ talks: allTalks }).handlers);
    server.use(
      http.post(`${BASE_URL}/talks/:namespace/:name/learnings`, () =>
        errorResponse(
          403,
          'NotAllowedError',
          'You are not allowed to create learnings',
        ),
      ),
    );
    const user = userEvent.setup();
    await renderWithBackend(<EntityTalkLearningsCard />, {
      entity: talkEntity,
    });
    await user.click(
      await screen.findByRole('button', { name: 'Add a learning' }),
    );
    const form = screen.getByRole('form', { name: 'New learning' });
    const submit = within(form).getByRole('button', { name: 'Add learning' });
    expect(submit).toBeDisabled();
    await user.type(
      within(form).getByRole('textbox', { name: /What did you learn/ }),
      'x',
    );
    await user.click(submit);
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'You are not allowed to create learnings',
    );
  });

  it('shows the error when learnings cannot be read', async () => {
    server.use(
      http.get(`${BASE_URL}/talks/:namespace/:name/learnings`, () =>
        errorResponse(500, 'Error', 'store unavailable'),
      ),
    );
    await renderWithBackend(<EntityTalkLearningsCard />, {
      entity: talkEntity,
    });
    expect(
      (await screen.findAllByText(/store unavailable/))[0],
    ).toBeInTheDocument();
  });
});

describe('EntityTalkServicesCard', () => {
  it('lists the entities the backend finds using the talk’s technologies, and how', async () => {
    const backend = createFakeBackend({
      talks: allTalks,
      technologyUsers: [
        shipmentTrackerUser,
        clusterFleetConfigUser,
        deliveryPlatformUser,
      ],
    });
    server.use(...backend.handlers);
    await renderWithBackend(<EntityTalkServicesCard />, { entity: talkEntity });
    const table = await screen.findByRole('table', {
      name: 'Services using the technologies of this talk',
    });
    const fleet = within(table).getByRole('row', {
      name: /Cluster Fleet Config/,
    });
    expect(fleet).toHaveTextContent(
      'Argo: annotation conference-learnings.io/technologies: argocd, tag argocd',
    );
    expect(fleet).toHaveTextContent('Kubernetes: tag k8s');
    expect(fleet).toHaveTextContent('platform-engineering');
    const tracker = within(table).getByRole('row', {
      name: /Shipment Tracker/,
    });
    expect(tracker).toHaveTextContent('Argo: annotation argocd/app-name');
    expect(tracker).toHaveTextContent('Component · service');
    expect(
      within(tracker).getByRole('link', { name: 'shipment-squad' }),
    ).toHaveAttribute('href', '/catalog/default/group/shipment-squad');
    const platform = within(table).getByRole('row', {
      name: /delivery-platform/,
    });
    expect(platform).toHaveTextContent('Argo: catalog relation');
    // In the backend's order: most technologies first
    expect(within(table).getAllByRole('row')[1]).toBe(fleet);
    expect(screen.getByText('3 entities')).toBeInTheDocument();
    expect(backend.state.requests).toEqual([
      'GET /talks/default/kubecon-eu-2024-argo-rollouts-at-scale/services?limit=100',
    ]);
  });

  it('names the file and line of repository evidence, linked only when the link is http(s), and the related entity', async () => {
    const parcelRouter = {
      entityRef: 'component:default/parcel-router',
      kind: 'Component',
      title: 'Parcel Router',
      uses: [
        {
          technologyRef: 'technology:default/argo',
          technologyTitle: 'Argo',
          reasons: [
            {
              type: 'repository' as const,
              file: 'deploy/rollout.yaml',
              line: 2,
              rule: 'Kubernetes resource Rollout (argoproj.io) → Argo',
              scope: 'runtime' as const,
              url: 'https://git.example.com/acme/parcel-router/src/branch/main/deploy/rollout.yaml#L2',
            },
            {
              type: 'repository' as const,
              file: 'hack/argo.yaml',
              line: 1,
              rule: 'Kubernetes resource Rollout (argoproj.io) → Argo',
              scope: 'dev' as const,
              // eslint-disable-next-line no-script-url -- hostile input on purpose
              url: 'javascript:alert(1)',
            },
            {
              type: 'relatedEntity' as const,
              relation: 'dependsOn' as const,
              entityRef: 'resource:default/rollouts-controller',
              detail: 'tag argo',
            },
          ],
        },
      ],
    };
    server.use(
      http.get(`${BASE_URL}/talks/:namespace/:name/services`, () =>
        HttpResponse.json({ items: [parcelRouter], totalCount: 1 }),
      ),
    );
    await renderWithBackend(<EntityTalkServicesCard />, { entity: talkEntity });
    const row = await screen.findByRole('row', { name: /Parcel Router/ });
    expect(row).toHaveTextContent(
      'Argo: deploy/rollout.yaml:2: Kubernetes resource Rollout (argoproj.io) → Argo, hack/argo.yaml:1: Kubernetes resource Rollout (argoproj.io) → Argo (dev only), depends on rollouts-controller (tag argo)',
    );
    expect(
      within(row).getByRole('link', { name: 'deploy/rollout.yaml:2' }),
    ).toHaveAttribute(
      'href',
      'https://git.example.com/acme/parcel-router/src/branch/main/deploy/rollout.yaml#L2',
    );
    expect(
      within(row).queryByRole('link', { name: 'hack/argo.yaml:1' }),
    ).not.toBeInTheDocument();
  });

  it('says when the backend lists more entities than it shows', async () => {
    server.use(
      http.get(`${BASE_URL}/talks/:namespace/:name/services`, () =>
        HttpResponse.json({ items: [shipmentTrackerUser], totalCount: 140 }),
      ),
    );
    await renderWithBackend(<EntityTalkServicesCard />, { entity: talkEntity });
    expect(
      await screen.findByText('140 entities, the first 1 shown'),
    ).toBeInTheDocument();
  });

  it('says so when nothing uses its technologies, or it covers none', async () => {
    server.use(...createFakeBackend({ talks: allTalks }).handlers);
    const { unmount } = await renderWithBackend(<EntityTalkServicesCard />, {
      entity: talkEntity,
    });
    expect(
      await screen.findByText(
        /No component, API, resource or system in the catalog declares/,
      ),
    ).toBeInTheDocument();
    unmount();
    await renderWithBackend(<EntityTalkServicesCard />, {
      entity: { ...talkEntity, relations: [] },
    });
    expect(
      await screen.findByText(/This talk covers no technology in the catalog/),
    ).toBeInTheDocument();
  });

  it('shows the error when the backend fails', async () => {
    server.use(
      http.get(`${BASE_URL}/talks/:namespace/:name/services`, () =>
        errorResponse(500, 'Error', 'index not ready'),
      ),
    );
    await renderWithBackend(<EntityTalkServicesCard />, { entity: talkEntity });
    expect(
      (await screen.findAllByText(/index not ready/))[0],
    ).toBeInTheDocument();
  });
});
