import { Entity } from '@backstage/catalog-model';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { technologyCatalogOf } from '../technologies/TechnologyIndex';
import { TalkTechnologyProcessor } from './TalkTechnologyProcessor';

const technologies = technologyCatalogOf([
  { ref: 'technology:default/argo', name: 'argo', title: 'Argo' },
  {
    ref: 'technology:default/kubernetes',
    name: 'kubernetes',
    title: 'Kubernetes',
  },
  {
    ref: 'technology:default/open-policy-agent-opa',
    name: 'open-policy-agent-opa',
    title: 'Open Policy Agent (OPA)',
    aliases: ['OPA'],
  },
  { ref: 'technology:default/helm', name: 'helm', title: 'Helm' },
]);

function talk(
  metadata: Partial<Entity['metadata']>,
  technologyNames?: string[],
): Entity {
  return {
    apiVersion: 'conference-learnings.io/v1alpha1',
    kind: 'Talk',
    metadata: { name: 'a-talk', namespace: 'default', ...metadata },
    spec: { conference: 'kubecon-eu-2024', technologies: technologyNames },
  };
}

async function coveredRefs(entity: Entity) {
  const results: CatalogProcessorResult[] = [];
  await new TalkTechnologyProcessor(() => technologies).postProcessEntity(
    entity,
    { type: 'url', target: 'https://example.com/talks.yaml' },
    result => results.push(result),
  );
  const relations = results.flatMap(r => (r.type === 'relation' ? [r] : []));
  for (const { relation } of relations.filter(
    r => r.relation.type === 'coversTechnology',
  )) {
    // both directions, always
    expect(relations.map(r => r.relation)).toContainEqual({
      source: relation.target,
      type: 'technologyCoveredBy',
      target: relation.source,
    });
  }
  return relations
    .filter(r => r.relation.type === 'coversTechnology')
    .map(({ relation: { target } }) =>
      `${target.kind}:${target.namespace}/${target.name}`.toLowerCase(),
    )
    .sort();
}

describe('TalkTechnologyProcessor', () => {
  it('detects the technologies that the title and abstract name', async () => {
    await expect(
      coveredRefs(
        talk({
          title: 'Progressive delivery with Argo Rollouts',
          description: 'We ship to k8s clusters and gate releases with OPA.',
        }),
      ),
    ).resolves.toEqual([
      'technology:default/argo',
      'technology:default/kubernetes',
      'technology:default/open-policy-agent-opa',
    ]);
  });

  it('does not take ordinary words for technologies', async () => {
    await expect(
      coveredRefs(
        talk({ title: 'Asking for help at the helm of a platform team' }),
      ),
    ).resolves.toEqual([]);
  });

  it('resolves curated refs, names and aliases, and names of unknown technologies', async () => {
    await expect(
      coveredRefs(
        talk({ title: 'Keynote' }, [
          'argo',
          'technology:default/helm',
          'OPA',
          'Some Future Tool',
        ]),
      ),
    ).resolves.toEqual([
      'technology:default/argo',
      'technology:default/helm',
      'technology:default/open-policy-agent-opa',
      'technology:default/some-future-tool',
    ]);
  });

  it('reports a technology both curated and detected once', async () => {
    await expect(
      coveredRefs(talk({ title: 'Argo CD at scale' }, ['Argo'])),
    ).resolves.toEqual(['technology:default/argo']);
  });

  it('leaves other kinds alone', async () => {
    const component: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'argo-cd-dashboard', title: 'Argo CD dashboard' },
      spec: {},
    };
    await expect(coveredRefs(component)).resolves.toEqual([]);
  });
});
