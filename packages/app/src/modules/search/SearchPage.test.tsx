import { renderTestApp } from '@backstage/frontend-test-utils';
import searchPlugin from '@backstage/plugin-search/alpha';
import { SearchApi, searchApiRef } from '@backstage/plugin-search-react';
import conferenceLearningsPlugin from '@conference-learnings/plugin-conference-learnings/alpha';
import { screen, waitFor } from '@testing-library/react';
import { searchModule } from '.';

const talk = {
  type: 'conference-talk',
  document: {
    title: 'Implementing GitOps with Argo',
    text: 'How we moved to Argo CD.',
    location: '/catalog/default/talk/gitops-with-argo',
    entityRef: 'talk:default/gitops-with-argo',
    conference: 'KubeCon 2024',
    year: 2024,
    speakers: ['Ada'],
    technologies: ['Argo'],
  },
};

describe('the search page', () => {
  it('offers the catalog’s and the talks’ result types and asks the backend only for those', async () => {
    const query = jest.fn(async (_: Parameters<SearchApi['query']>[0]) => ({
      results: [talk],
      numberOfResults: 1,
    }));
    renderTestApp({
      features: [searchPlugin, conferenceLearningsPlugin, searchModule],
      apis: [[searchApiRef, { query }]],
      initialRouteEntries: ['/search?query=argo'],
    });

    // the page and the talk's result item are loaded lazily
    expect(
      await screen.findByRole(
        'link',
        { name: talk.document.title },
        { timeout: 10_000 },
      ),
    ).toHaveAttribute('href', talk.document.location);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText('Software Catalog')).toBeInTheDocument();
    expect(screen.getByText('Conference talks')).toBeInTheDocument();
    expect(screen.queryByText('Documentation')).toBeNull();
    await waitFor(() =>
      expect(query).toHaveBeenCalledWith(
        expect.objectContaining({ term: 'argo', types: ['conference-talk'] }),
        expect.anything(),
      ),
    );
    const askedTypes = new Set(query.mock.calls.flatMap(([q]) => q.types));
    expect(askedTypes).toEqual(
      new Set(['software-catalog', 'conference-talk']),
    );
  });
});
