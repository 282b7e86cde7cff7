import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { conferenceLearningsApiRef } from '../../api';
import { EntityConferenceLearningsContent } from '../../plugin';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'shipment-tracker', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
};

describe('EntityConferenceLearningsContent (legacy extension)', () => {
  it('explains how to declare technologies when no talk matches', async () => {
    const getEntityTalks = jest.fn(async () => ({ items: [], totalCount: 0 }));
    await renderInTestApp(
      <TestApiProvider apis={[[conferenceLearningsApiRef, { getEntityTalks }]]}>
        <EntityProvider entity={entity}>
          <EntityConferenceLearningsContent />
        </EntityProvider>
      </TestApiProvider>,
    );
    expect(
      await screen.findByText(
        'No talks match the technologies of this entity yet',
      ),
    ).toBeInTheDocument();
    expect(document.body).toHaveTextContent(
      'conference-learnings.io/technologies: argocd, kyverno, crossplane',
    );
    expect(getEntityTalks).toHaveBeenCalledWith(
      'component:default/shipment-tracker',
    );
  });
});
