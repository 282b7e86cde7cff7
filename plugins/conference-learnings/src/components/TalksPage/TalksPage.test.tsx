import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { TalkSummary } from '@conference-learnings/plugin-conference-learnings-common';
import { screen } from '@testing-library/react';
import { ConferenceLearningsApi, conferenceLearningsApiRef } from '../../api';
import { TalksPage } from './TalksPage';

const talk: TalkSummary = {
  entityRef: 'talk:default/kubecon-eu-2024-app-of-apps',
  title: 'App of Apps at scale',
  conferenceRef: 'conference:default/kubecon-eu-2024',
  speakers: [{ name: 'Ana Example', affiliation: 'Acme' }],
  technologyRefs: ['technology:default/argo'],
  video: 'https://www.youtube.com/watch?v=abc',
  // eslint-disable-next-line no-script-url -- hostile input on purpose
  slides: 'javascript:alert(1)',
};

function renderPage(api: Partial<ConferenceLearningsApi>) {
  return renderInTestApp(
    <TestApiProvider apis={[[conferenceLearningsApiRef, api]]}>
      <TalksPage />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('TalksPage', () => {
  it('lists talks with their speakers, technologies and only safe links', async () => {
    await renderPage({
      listTalks: async () => ({ items: [talk], totalCount: 1 }),
    });
    expect(await screen.findByText('App of Apps at scale')).toBeInTheDocument();
    expect(screen.getByText(/Ana Example \(Acme\)/)).toBeInTheDocument();
    expect(screen.getByText('argo')).toBeInTheDocument();
    expect(screen.getByText('Video').closest('a')).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=abc',
    );
    expect(screen.queryByText('Slides')).not.toBeInTheDocument();
  });

  it('says so when the catalog has no talks', async () => {
    await renderPage({ listTalks: async () => ({ items: [], totalCount: 0 }) });
    expect(
      await screen.findByText('No talks in the catalog yet'),
    ).toBeInTheDocument();
  });

  it('shows the error when the backend fails', async () => {
    await renderPage({
      listTalks: async () => {
        throw new Error('backend down');
      },
    });
    expect(await screen.findByText('Error: backend down')).toBeInTheDocument();
  });
});
