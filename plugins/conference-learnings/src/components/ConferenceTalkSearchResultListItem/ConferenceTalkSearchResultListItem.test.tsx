import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { ConferenceTalkSearchResultListItem } from '../../plugin';

const result = {
  title: 'Decoupling Canary Deployments From DBs With Argo Rollouts',
  text: 'How we <script>alert(1)</script> ship canaries with Argo Rollouts.\n\nAnastasiia Gubska',
  location: '/catalog/default/talk/kubecon-eu-2026-decoupling-canary',
  entityRef: 'talk:default/kubecon-eu-2026-decoupling-canary',
  conference: 'KubeCon + CloudNativeCon Europe 2026',
  year: 2026,
  speakers: ['Anastasiia Gubska'],
  technologies: ['Argo', 'Kubernetes'],
  type: 'session',
};

describe('ConferenceTalkSearchResultListItem (legacy search extension)', () => {
  it('shows the talk with its conference, year, speakers and technologies, linking to its page', async () => {
    await renderInTestApp(
      <ConferenceTalkSearchResultListItem result={result} />,
    );
    const link = await screen.findByRole('link', { name: result.title });
    expect(link).toHaveAttribute('href', result.location);
    expect(
      screen.getByText(
        'KubeCon + CloudNativeCon Europe 2026 · 2026 · Anastasiia Gubska',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Argo')).toBeInTheDocument();
    expect(screen.getByText('Kubernetes')).toBeInTheDocument();
    // imported text is text: the script tag shows, nothing is injected
    expect(
      screen.getByText(/How we <script>alert\(1\)<\/script> ship/),
    ).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
  });

  it('highlights the terms the search engine marked', async () => {
    await renderInTestApp(
      <ConferenceTalkSearchResultListItem
        result={result}
        highlight={{
          preTag: '<<',
          postTag: '>>',
          fields: {
            title:
              'Decoupling Canary Deployments From DBs With <<Argo>> <<Rollouts>>',
          },
        }}
      />,
    );
    const link = await screen.findByRole('link');
    const marks = within(link)
      .getAllByText(/^(Argo|Rollouts)$/)
      .map(mark => mark.tagName.toLowerCase());
    expect(marks).toEqual(['mark', 'mark']);
  });
});
