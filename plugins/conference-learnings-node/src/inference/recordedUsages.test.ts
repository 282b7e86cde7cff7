import { Entity } from '@backstage/catalog-model';
import {
  readTechnologyUsages,
  recordTechnologyUsages,
  TECHNOLOGY_USAGES_ANNOTATION,
} from './recordedUsages';

const component = (
  annotations: Record<string, string>,
  targets: string[] = [],
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'svc', annotations },
  relations: targets.map(targetRef => ({ type: 'usesTechnology', targetRef })),
  spec: {},
});

describe('recorded technology usages', () => {
  it('reads back every kind of reason it records', () => {
    const usages = [
      {
        technologyRef: 'technology:default/keda',
        reasons: [
          { type: 'tag' as const, tag: 'keda' },
          {
            type: 'repository' as const,
            file: 'deploy/values.yaml',
            line: 41,
            rule: 'Kubernetes resource ScaledObject (keda.sh) → KEDA',
            scope: 'runtime' as const,
            url: 'https://github.com/acme/svc/blob/main/deploy/values.yaml#L41',
          },
          {
            type: 'relatedEntity' as const,
            relation: 'dependsOn' as const,
            entityRef: 'resource:default/queue',
            detail: 'tag keda',
          },
        ],
      },
    ];
    const recorded = recordTechnologyUsages(component({}), usages);
    expect(readTechnologyUsages(recorded)).toEqual(
      new Map([['technology:default/keda', usages[0].reasons]]),
    );
  });

  it('leaves out malformed reasons and links that are not http(s), as a hand-written annotation may have them', () => {
    const entity = component({
      [TECHNOLOGY_USAGES_ANNOTATION]: JSON.stringify([
        {
          technologyRef: 'technology:default/keda',
          reasons: [
            {
              type: 'repository',
              file: 'a.yaml',
              line: 0,
              rule: 'x',
              scope: 'runtime',
            },
            {
              type: 'repository',
              file: 'b.yaml',
              line: 3,
              rule: 'x',
              scope: 'sometimes',
            },
            {
              type: 'repository',
              file: 'c.yaml',
              line: 3,
              rule: 'x',
              scope: 'dev',
              // eslint-disable-next-line no-script-url -- hostile input on purpose
              url: 'javascript:alert(1)',
            },
            {
              type: 'relatedEntity',
              relation: 'ownedBy',
              entityRef: 'group:a',
              detail: 'x',
            },
            { type: 'script', value: '<img onerror=alert(1)>' },
          ],
        },
      ]),
    });
    expect(readTechnologyUsages(entity).get('technology:default/keda')).toEqual(
      [
        {
          type: 'repository',
          file: 'c.yaml',
          line: 3,
          rule: 'x',
          scope: 'dev',
        },
      ],
    );
  });

  it('does not bring back a muted technology through another processor’s relation', () => {
    const entity = component(
      {
        'conference-learnings.io/ignore-technologies':
          'flux, technology:default/kind',
      },
      [
        'technology:default/flux',
        'technology:default/kind',
        'technology:default/helm',
      ],
    );
    expect([...readTechnologyUsages(entity).keys()]).toEqual([
      'technology:default/helm',
    ]);
  });
});
