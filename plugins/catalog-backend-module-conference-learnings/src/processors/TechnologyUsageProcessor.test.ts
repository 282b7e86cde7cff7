import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { technologyCatalogOf } from '../technologies/TechnologyIndex';
import { TechnologyUsageProcessor } from './TechnologyUsageProcessor';

const technologies = technologyCatalogOf([
  { ref: 'technology:default/argo', name: 'argo', title: 'Argo' },
  { ref: 'technology:default/helm', name: 'helm', title: 'Helm' },
]);

function processor(data: object = {}) {
  return TechnologyUsageProcessor.fromConfig(new ConfigReader(data), {
    technologies: () => technologies,
  });
}

async function usedRefs(p: TechnologyUsageProcessor, entity: Entity) {
  const results: CatalogProcessorResult[] = [];
  await p.postProcessEntity(entity, { type: 'url', target: 'x' }, r =>
    results.push(r),
  );
  return results
    .flatMap(r => (r.type === 'relation' ? [r.relation] : []))
    .filter(r => r.type === 'usesTechnology')
    .map(r => `${r.target.kind}:${r.target.namespace}/${r.target.name}`);
}

const component = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'svc', annotations },
  spec: {},
});

describe('TechnologyUsageProcessor', () => {
  it('infers from well-known plugin annotations', async () => {
    await expect(
      usedRefs(processor(), component({ 'argocd/app-name': 'svc' })),
    ).resolves.toEqual(['technology:default/argo']);
  });

  it('records every usage with its reasons on the entity, replacing what a catalog file wrote there', async () => {
    const entity = component({
      'argocd/app-name': 'svc',
      'conference-learnings.io/technologies': 'Helm',
      'conference-learnings.io/technology-usages': '[{"forged":true}]',
    });
    const processed = await processor().postProcessEntity(
      entity,
      { type: 'url', target: 'x' },
      () => {},
    );
    expect(
      JSON.parse(
        processed.metadata.annotations![
          'conference-learnings.io/technology-usages'
        ],
      ),
    ).toEqual([
      {
        technologyRef: 'technology:default/helm',
        reasons: [
          {
            type: 'explicit',
            annotation: 'conference-learnings.io/technologies',
            value: 'Helm',
          },
        ],
      },
      {
        technologyRef: 'technology:default/argo',
        reasons: [{ type: 'annotation', annotation: 'argocd/app-name' }],
      },
    ]);
    // Nothing inferred: nothing recorded, and a forged record is dropped.
    const none = await processor().postProcessEntity(
      component({ 'conference-learnings.io/technology-usages': '[]' }),
      { type: 'url', target: 'x' },
      () => {},
    );
    expect(none.metadata.annotations).toEqual({});
  });

  it('takes more annotations from config, names with slashes included', async () => {
    const p = processor({
      conferenceLearnings: {
        inference: { annotations: { 'acme.io/helm-release': 'Helm' } },
      },
    });
    await expect(
      usedRefs(p, component({ 'acme.io/helm-release': 'svc' })),
    ).resolves.toEqual(['technology:default/helm']);
  });

  it('rejects an annotation mapped to no technology', () => {
    expect(() =>
      processor({
        conferenceLearnings: {
          inference: { annotations: { 'acme.io/helm-release': 42 } },
        },
      }),
    ).toThrow(
      'conferenceLearnings.inference.annotations["acme.io/helm-release"] must name a technology',
    );
  });
});
