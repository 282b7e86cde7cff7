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
      batchSize: 2,
    });
    const documents = await collect(factory);
    expect(documents).toHaveLength(3);
    expect(
      documents.find(d => d.title === 'Talk progressive-delivery'),
    ).toEqual({
      title: 'Talk progressive-delivery',
      text: 'About progressive-delivery\n\nAna Example',
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
    });
    const documents = await collect(factory);
    const huge = documents.find(d => d.title === 'Talk app-of-apps')!;
    expect(huge.text.length).toBe(50_000);
  });
});
