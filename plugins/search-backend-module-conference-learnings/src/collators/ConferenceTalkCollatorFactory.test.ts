import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ConferenceTalkDocument } from '@conference-learnings/plugin-conference-learnings-common';
import { ConferenceTalkCollatorFactory } from './ConferenceTalkCollatorFactory';

const v1 = 'conference-learnings.io/v1alpha1';
const entities = [
  {
    apiVersion: v1,
    kind: 'Conference',
    metadata: {
      name: 'kubecon-eu-2024',
      namespace: 'default',
      title: 'KubeCon + CloudNativeCon Europe 2024',
    },
    spec: { startDate: '2024-03-19', endDate: '2024-03-22' },
  },
  {
    apiVersion: v1,
    kind: 'Technology',
    metadata: { name: 'argo', namespace: 'default', title: 'Argo' },
    spec: {},
  },
  ...['progressive-delivery', 'app-of-apps', 'rollouts-at-scale'].map(name => ({
    apiVersion: v1,
    kind: 'Talk',
    metadata: {
      name: `kubecon-eu-2024-${name}`,
      namespace: 'default',
      title: `Talk ${name}`,
      description:
        name === 'app-of-apps' ? 'x'.repeat(1_000_000) : `About ${name}`,
    },
    spec: {
      conference: 'kubecon-eu-2024',
      startsAt: '2024-03-20T10:00:00Z',
      speakers: [{ name: 'Ana Example' }],
      type: 'session',
      track: 'CI/CD',
    },
    relations: [
      { type: 'coversTechnology', targetRef: 'technology:default/argo' },
    ],
  })),
];

const noLearnings = { readLearnings: async () => new Map<string, string[]>() };

async function collect(factory: ConferenceTalkCollatorFactory) {
  const documents: ConferenceTalkDocument[] = [];
  for await (const document of await factory.getCollator()) {
    documents.push(document);
  }
  return documents;
}

describe('ConferenceTalkCollatorFactory', () => {
  it('streams every talk page by page with conference and technology titles', async () => {
    const factory = new ConferenceTalkCollatorFactory({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      learnings: noLearnings,
      batchSize: 2,
    });
    const documents = await collect(factory);
    expect(documents).toHaveLength(3);
    expect(
      documents.find(d => d.title === 'Talk progressive-delivery'),
    ).toEqual({
      title: 'Talk progressive-delivery',
      text: 'Ana Example\n\nAbout progressive-delivery',
      location: '/catalog/default/talk/kubecon-eu-2024-progressive-delivery',
      entityRef: 'talk:default/kubecon-eu-2024-progressive-delivery',
      conference: 'KubeCon + CloudNativeCon Europe 2024',
      year: 2024,
      speakers: ['Ana Example'],
      technologies: ['Argo'],
      type: 'session',
      track: 'CI/CD',
      authorization: {
        resourceRef: 'talk:default/kubecon-eu-2024-progressive-delivery',
      },
    });
  });

  it('truncates huge abstracts instead of failing', async () => {
    const factory = new ConferenceTalkCollatorFactory({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      learnings: noLearnings,
    });
    const documents = await collect(factory);
    const huge = documents.find(d => d.title === 'Talk app-of-apps')!;
    expect(huge.text.length).toBe(50_000);
  });

  it('indexes the text of the learnings of a talk with it, ahead of a huge abstract', async () => {
    const factory = new ConferenceTalkCollatorFactory({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      learnings: {
        readLearnings: async () =>
          new Map([
            [
              'talk:default/kubecon-eu-2024-app-of-apps',
              ['Shard the application controller past 2,000 apps'],
            ],
          ]),
      },
    });
    const documents = await collect(factory);
    const huge = documents.find(d => d.title === 'Talk app-of-apps')!;
    expect(huge.text).toMatch(
      /^Shard the application controller past 2,000 apps\n\nAna Example\n\nxxx/,
    );
  });

  it('dates a talk without a start time by its conference', async () => {
    const undated = entities.map(e =>
      e.kind === 'Talk'
        ? { ...e, spec: { ...e.spec, startsAt: undefined } }
        : e,
    );
    const documents = await collect(
      new ConferenceTalkCollatorFactory({
        catalog: catalogServiceMock({ entities: undated }),
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
        learnings: noLearnings,
      }),
    );
    expect(documents.map(d => d.year)).toEqual([2024, 2024, 2024]);
  });

  it('fails the run when the catalog or the learnings cannot be read', async () => {
    const failingCatalog = catalogServiceMock.mock({
      queryEntities: async () => {
        throw new Error('catalog is down');
      },
    });
    await expect(
      collect(
        new ConferenceTalkCollatorFactory({
          catalog: failingCatalog,
          auth: mockServices.auth(),
          logger: mockServices.logger.mock(),
          learnings: noLearnings,
        }),
      ),
    ).rejects.toThrow('catalog is down');
    await expect(
      collect(
        new ConferenceTalkCollatorFactory({
          catalog: catalogServiceMock({ entities }),
          auth: mockServices.auth(),
          logger: mockServices.logger.mock(),
          learnings: {
            readLearnings: async () => {
              throw new Error('Request failed with 503 Service Unavailable');
            },
          },
        }),
      ),
    ).rejects.toThrow('503');
  });
});
