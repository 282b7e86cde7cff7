import { Entity } from '@backstage/catalog-model';
import { isConferenceLearningsTabAvailable } from './isConferenceLearningsTabAvailable';

const ofKind = (kind: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name: 'x' },
});

describe('isConferenceLearningsTabAvailable', () => {
  it.each([
    'Component',
    'API',
    'Resource',
    'System',
    'Domain',
    'Group',
    'User',
    'Technology',
    'technology',
  ])('shows the tab on %s pages, the kinds the backend ranks talks for', kind =>
    expect(isConferenceLearningsTabAvailable(ofKind(kind))).toBe(true),
  );

  it.each(['Talk', 'Conference', 'Location', 'Template'])(
    'not on %s pages',
    kind => expect(isConferenceLearningsTabAvailable(ofKind(kind))).toBe(false),
  );
});
