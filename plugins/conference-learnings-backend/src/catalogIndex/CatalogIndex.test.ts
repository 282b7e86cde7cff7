import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ServiceUnavailableError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { loadDemoCatalog } from '../__testUtils__/demoCatalog';
import { CatalogIndex } from './CatalogIndex';
import { CatalogIndexProvider } from './CatalogIndexProvider';
import { queryTalks } from './queryTalks';
import { queryTechnologies } from './queryTechnologies';

const technology = (name: string, aliases?: string[]): Entity => ({
  apiVersion: 'conference-learnings.io/v1alpha1',
  kind: 'Technology',
  metadata: { name, namespace: 'default', title: name.toUpperCase() },
  spec: { aliases },
});

describe('CatalogIndex', () => {
  const talk: Entity = {
    apiVersion: 'conference-learnings.io/v1alpha1',
    kind: 'Talk',
    metadata: { name: 'opa-talk', namespace: 'default', title: 'Policy' },
    spec: {
      conference: 'kubecon',
      technologies: ['Open Policy Agent', 'unknown-thing'],
    },
    relations: [
      { type: 'coversTechnology', targetRef: 'technology:default/opa' },
      {
        type: 'coversTechnology',
        targetRef: 'technology:default/unknown-thing',
      },
      { type: 'coversTechnology', targetRef: 'technology:default/kafka' },
    ],
  };
  const service: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'svc',
      namespace: 'default',
      tags: ['kafka'],
      // As the catalog module records it; a malformed entry is ignored.
      annotations: {
        'conference-learnings.io/technology-usages': JSON.stringify([
          {
            technologyRef: 'technology:default/kafka',
            reasons: [{ type: 'tag', tag: 'kafka' }],
          },
          { technologyRef: 'technology:default/x', reasons: 'nonsense' },
        ]),
      },
    },
    spec: {},
    relations: [
      { type: 'usesTechnology', targetRef: 'technology:default/kafka' },
      { type: 'usesTechnology', targetRef: 'technology:default/opa' },
      { type: 'ownedBy', targetRef: 'group:default/team' },
      { type: 'partOf', targetRef: 'system:default/sys' },
    ],
  };
  const index = CatalogIndex.build({
    talks: [
      talk,
      {
        ...talk,
        metadata: { name: 'broken', namespace: 'default' },
        spec: { conference: '' },
      },
    ],
    technologies: [
      technology('opa', ['Open Policy Agent']),
      technology('kafka'),
    ],
    conferences: [],
    entities: [service],
  });

  it('splits curated from detected technologies, resolving names and aliases like the catalog module', () => {
    expect(index.talks).toHaveLength(1); // the talk with a broken conference ref is skipped
    expect(index.getTalk('talk:default/opa-talk')!.summary).toMatchObject({
      technologyRefs: [
        'technology:default/opa',
        'technology:default/unknown-thing',
        'technology:default/kafka',
      ],
      curatedTechnologyRefs: [
        'technology:default/opa',
        'technology:default/unknown-thing',
      ],
    });
    // A technology without an entity is known to ranking, not to /technologies.
    expect(
      index.getTechnology('technology:default/unknown-thing'),
    ).toMatchObject({ title: 'unknown-thing', entity: undefined });
    expect(
      queryTechnologies(index, {}, { limit: 10, offset: 0 }).items.map(
        t => t.entityRef,
      ),
    ).toEqual(['technology:default/kafka', 'technology:default/opa']);
  });

  it('explains usages by the reasons the catalog module recorded, and by the relation alone when nothing else does', () => {
    const usages = index.usagesOf(index.getEntity('component:default/svc')!);
    expect(
      usages.map(u => [index.technologies[u.technologyId].ref, u.reasons]),
    ).toEqual([
      ['technology:default/kafka', [{ type: 'tag', tag: 'kafka' }]],
      ['technology:default/opa', [{ type: 'relation' }]],
    ]);
    expect(index.ownedEntities('group:default/team')).toEqual([
      'component:default/svc',
    ]);
    expect(index.parts('system:default/sys')).toEqual([
      'component:default/svc',
    ]);
    expect(index.hasEntity('component:default/svc')).toBe(true);
    expect(index.hasEntity('technology:default/unknown-thing')).toBe(false);
  });
});

describe('queryTalks on the demo catalog', () => {
  it('returns selected facet values even when nothing matches them', async () => {
    const entities = await loadDemoCatalog();
    const of = (kind: string) => entities.filter(e => e.kind === kind);
    const index = CatalogIndex.build({
      talks: of('Talk'),
      technologies: of('Technology'),
      conferences: of('Conference'),
      entities: [],
    });
    const result = queryTalks(
      index,
      { conference: ['conference:default/kubecon-na-2023'] },
      { limit: 5, offset: 0 },
    );
    expect(result.totalCount).toBe(0);
    expect(result.facets.conference).toContainEqual({
      value: 'conference:default/kubecon-na-2023',
      label: 'KubeCon + CloudNativeCon North America 2023',
      count: 0,
    });
  });
});

describe('CatalogIndexProvider', () => {
  it('sweeps the catalog with streamEntities and its own credentials, once for concurrent callers', async () => {
    const entities = await loadDemoCatalog();
    const catalog = catalogServiceMock({ entities });
    const query = jest.spyOn(catalog, 'streamEntities');
    const auth = mockServices.auth();
    const provider = new CatalogIndexProvider({
      catalog,
      auth,
      logger: mockServices.logger.mock(),
      pageSize: 10,
    });
    expect(query).not.toHaveBeenCalled(); // nothing is read before the first use
    const [a, b] = await Promise.all([provider.get(), provider.get()]);
    expect(a).toBe(b);
    expect(a.talks).toHaveLength(55);
    // One sweep of talks, technologies and conferences, one of the others.
    expect(query).toHaveBeenCalledTimes(2);
    expect(query.mock.calls.map(([request]) => request)).toEqual([
      expect.objectContaining({
        filter: { kind: ['Talk', 'Technology', 'Conference'] },
        pageSize: 10,
      }),
      expect.objectContaining({
        filter: {
          kind: [
            'Component',
            'API',
            'Resource',
            'System',
            'Domain',
            'Group',
            'User',
          ],
        },
        pageSize: 10,
      }),
    ]);
    expect(query.mock.calls[0][1]).toEqual({
      credentials: expect.objectContaining({
        principal: expect.objectContaining({ type: 'service' }),
      }),
    });
    expect(await provider.get()).toBe(a);
    // Unchanged catalog: the index is kept.
    expect(await provider.refresh()).toBe(a);
    // A changed entity: rebuilt.
    const talk = entities.find(e => e.kind === 'Talk')!;
    talk.metadata.title = 'Renamed';
    const refreshed = await provider.refresh();
    expect(refreshed).not.toBe(a);
    expect(await provider.get()).toBe(refreshed);
    expect(
      refreshed.getTalk(`talk:default/${talk.metadata.name}`)!.summary.title,
    ).toBe('Renamed');
  });

  it('answers 503 until the first index is built, and keeps the last index when a refresh fails', async () => {
    const catalog = catalogServiceMock({ entities: [] });
    const query = jest
      .spyOn(catalog, 'streamEntities')
      .mockImplementationOnce(() => {
        throw new Error('catalog down');
      });
    const provider = new CatalogIndexProvider({
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
    });
    await expect(provider.get()).rejects.toThrow(ServiceUnavailableError);
    const index = await provider.get();
    query.mockImplementationOnce(() => {
      throw new Error('catalog down again');
    });
    await expect(provider.refresh()).rejects.toThrow('catalog down again');
    expect(await provider.get()).toBe(index);
  });
});
