import { Entity } from '@backstage/catalog-model';
import { inferTechnologyUsages, isRuntimeUsage } from './inferTechnologyUsages';
import { createTechnologyLookup } from './technologyLookup';

const lookup = createTechnologyLookup([
  {
    ref: 'technology:default/argo',
    name: 'argo',
    title: 'Argo',
    aliases: ['Argo CD', 'Argo Rollouts'],
  },
  {
    ref: 'technology:default/kubernetes',
    name: 'kubernetes',
    title: 'Kubernetes',
    aliases: ['k8s'],
  },
  {
    ref: 'technology:default/open-policy-agent-opa',
    name: 'open-policy-agent-opa',
    title: 'Open Policy Agent (OPA)',
    aliases: ['OPA'],
  },
  {
    ref: 'technology:default/crossplane',
    name: 'crossplane',
    title: 'Crossplane',
  },
  { ref: 'technology:default/helm', name: 'helm', title: 'Helm' },
]);

const component = (metadata: Partial<Entity['metadata']>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'shipment-tracker', ...metadata },
  spec: {},
});

describe('inferTechnologyUsages', () => {
  it('reads names, aliases and refs from the technologies annotation', () => {
    const usages = inferTechnologyUsages(
      component({
        annotations: {
          'conference-learnings.io/technologies':
            'argocd, OPA ,technology:default/crossplane, not-a-technology',
        },
      }),
      lookup,
    );
    expect(usages.map(u => u.technologyRef)).toEqual([
      'technology:default/argo',
      'technology:default/open-policy-agent-opa',
      'technology:default/crossplane',
    ]);
  });

  it('matches tags to names and aliases, ignoring case and punctuation', () => {
    const usages = inferTechnologyUsages(
      component({ tags: ['argo-cd', 'k8s', 'java'] }),
      lookup,
    );
    expect(usages).toEqual([
      {
        technologyRef: 'technology:default/argo',
        reasons: [{ type: 'tag', tag: 'argo-cd' }],
      },
      {
        technologyRef: 'technology:default/kubernetes',
        reasons: [{ type: 'tag', tag: 'k8s' }],
      },
    ]);
  });

  it('knows the annotations of well-known plugins and takes more from config', () => {
    const usages = inferTechnologyUsages(
      component({
        annotations: {
          'argocd/app-name': 'shipment-tracker',
          'backstage.io/kubernetes-id': 'shipment-tracker',
          'acme.io/helm-release': 'tracker',
        },
      }),
      lookup,
      { 'acme.io/helm-release': 'Helm' },
    );
    expect(usages).toEqual([
      {
        technologyRef: 'technology:default/argo',
        reasons: [{ type: 'annotation', annotation: 'argocd/app-name' }],
      },
      {
        technologyRef: 'technology:default/kubernetes',
        reasons: [
          { type: 'annotation', annotation: 'backstage.io/kubernetes-id' },
        ],
      },
      {
        technologyRef: 'technology:default/helm',
        reasons: [{ type: 'annotation', annotation: 'acme.io/helm-release' }],
      },
    ]);
  });

  it('keeps every reason for a technology found more than one way', () => {
    const [usage] = inferTechnologyUsages(
      component({
        tags: ['argocd'],
        annotations: { 'argocd/app-selector': 'app=x' },
      }),
      lookup,
    );
    expect(usage.reasons).toEqual([
      { type: 'tag', tag: 'argocd' },
      { type: 'annotation', annotation: 'argocd/app-selector' },
    ]);
  });

  it('infers nothing from an entity without hints', () => {
    expect(inferTechnologyUsages(component({}), lookup)).toEqual([]);
  });
});

describe('evidence found elsewhere, and mutes', () => {
  const entity = (
    annotations: Record<string, string>,
    tags: string[] = [],
  ): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'svc', annotations, tags },
    spec: {},
  });
  const repository = (scope: 'runtime' | 'dev' | 'test') => ({
    type: 'repository' as const,
    file: 'chart/Chart.yaml',
    line: 1,
    rule: 'a Helm chart',
    scope,
  });

  it('adds repository and related-entity evidence to the reasons of the same technology', () => {
    const usages = inferTechnologyUsages(entity({}, ['helm']), lookup, {}, [
      {
        technologyRef: 'technology:default/helm',
        reasons: [repository('runtime')],
      },
      {
        technologyRef: 'technology:default/crossplane',
        reasons: [repository('dev')],
      },
    ]);
    expect(usages).toEqual([
      {
        technologyRef: 'technology:default/helm',
        reasons: [{ type: 'tag', tag: 'helm' }, repository('runtime')],
      },
      {
        technologyRef: 'technology:default/crossplane',
        reasons: [repository('dev')],
      },
    ]);
    expect(usages.map(isRuntimeUsage)).toEqual([true, false]);
  });

  it('leaves out what the entity mutes, by name, alias or ref, whatever the evidence', () => {
    const usages = inferTechnologyUsages(
      entity(
        {
          'conference-learnings.io/technologies': 'Argo CD, k8s',
          'conference-learnings.io/ignore-technologies':
            'argo, technology:default/helm, unknown',
        },
        ['helm'],
      ),
      lookup,
      {},
      [
        {
          technologyRef: 'technology:default/helm',
          reasons: [repository('runtime')],
        },
      ],
    );
    expect(usages.map(u => u.technologyRef)).toEqual([
      'technology:default/kubernetes',
    ]);
  });
});
