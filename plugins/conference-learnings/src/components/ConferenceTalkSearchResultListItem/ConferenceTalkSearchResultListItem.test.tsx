import { analyticsApiRef } from '@backstage/core-plugin-api';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import List from '@material-ui/core/List';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

  it('is the content of the search page’s list item, which reports the click once', async () => {
    const analytics = mockApis.analytics.mock();
    await renderInTestApp(
      <TestApiProvider apis={[[analyticsApiRef, analytics]]}>
        <List>
          <ConferenceTalkSearchResultListItem result={result} rank={3} />
        </List>
      </TestApiProvider>,
    );
    const link = await screen.findByRole('link', { name: result.title });
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(document.querySelector('li li')).toBeNull();

    await userEvent.click(link);
    expect(analytics.captureEvent).toHaveBeenCalledTimes(1);
    expect(analytics.captureEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        action: 'discover',
        subject: result.title,
        value: 3,
        attributes: expect.objectContaining({ to: result.location }),
      }),
    );
  });
});
