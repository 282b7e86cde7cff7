import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  ConferenceLearningsApi,
  ConferenceTalkDocument,
  Learning,
  TalkSummary,
} from '@conference-learnings/plugin-conference-learnings-common';
import { ConferenceTalkCollatorFactory } from './ConferenceTalkCollatorFactory';
import { readCollatorConfig } from './readCollatorConfig';

const talk = (name: string, description?: string): TalkSummary => ({
  entityRef: `talk:default/kubecon-eu-2024-${name}`,
  title: `Talk ${name}`,
  description,
  conferenceRef: 'conference:default/kubecon-eu-2024',
  conferenceTitle: 'KubeCon + CloudNativeCon Europe 2024',
  year: 2024,
  speakers: [{ name: 'Ana Example' }],
  type: 'session',
  track: 'CI/CD',
  technologyRefs: ['technology:default/argo', 'technology:default/unknown'],
  curatedTechnologyRefs: ['technology:default/argo'],
});

const TALKS = [
  talk('progressive-delivery', 'About progressive delivery'),
  talk('app-of-apps', 'x'.repeat(1_000_000)),
  talk('rollouts-at-scale'),
];

/** The backend's API over fixed talks and learnings, recording the pages asked for. */
function fakeApi(learnings: Partial<Learning>[] = []) {
  const talkPages: { limit?: number; offset?: number }[] = [];
  const api = {
    async listTalks(query: { limit?: number; offset?: number } = {}) {
      talkPages.push(query);
      const offset = query.offset ?? 0;
      return {
        items: TALKS.slice(offset, offset + (query.limit ?? 20)),
        totalCount: TALKS.length,
        facets: {
          conference: [],
          year: [],
          type: [],
          track: [],
          technology: [],
        },
      };
    },
    async listLearnings(query: { limit?: number; offset?: number } = {}) {
      const offset = query.offset ?? 0;
      return {
        items: learnings.slice(offset, offset + (query.limit ?? 20)),
        totalCount: learnings.length,
      };
    },
    async listTechnologies() {
      return {
        items: [{ entityRef: 'technology:default/argo', title: 'Argo' }],
        totalCount: 1,
      };
    },
  };
  return { api: api as unknown as ConferenceLearningsApi, talkPages };
}

async function collect(factory: ConferenceTalkCollatorFactory) {
  const documents: ConferenceTalkDocument[] = [];
  for await (const document of await factory.getCollator()) {
    documents.push(document);
  }
  return documents;
}

describe('ConferenceTalkCollatorFactory', () => {
  it('pages the talks of the backend into documents with the summaries it computed', async () => {
    const { api, talkPages } = fakeApi();
    const documents = await collect(
      new ConferenceTalkCollatorFactory({
        client: api,
        logger: mockServices.logger.mock(),
        batchSize: 2,
      }),
    );
    expect(talkPages).toEqual([
      { limit: 2, offset: 0 },
      { limit: 2, offset: 2 },
    ]);
    expect(documents).toHaveLength(3);
    expect(documents[0]).toEqual({
      title: 'Talk progressive-delivery',
      text: 'Ana Example\n\nAbout progressive delivery',
      location: '/catalog/default/talk/kubecon-eu-2024-progressive-delivery',
      entityRef: 'talk:default/kubecon-eu-2024-progressive-delivery',
      conference: 'KubeCon + CloudNativeCon Europe 2024',
      year: 2024,
      speakers: ['Ana Example'],
      technologies: ['Argo', 'unknown'],
      type: 'session',
      track: 'CI/CD',
      authorization: {
        resourceRef: 'talk:default/kubecon-eu-2024-progressive-delivery',
      },
    });
  });

  it('indexes the text of the learnings of a talk with it, ahead of a huge abstract cut at 50,000 characters', async () => {
    const { api } = fakeApi([
      {
        talkRef: 'talk:default/kubecon-eu-2024-app-of-apps',
        body: 'Shard the application controller past 2,000 apps',
      },
    ]);
    const documents = await collect(
      new ConferenceTalkCollatorFactory({
        client: api,
        logger: mockServices.logger.mock(),
      }),
    );
    const huge = documents.find(d => d.title === 'Talk app-of-apps')!;
    expect(huge.text).toHaveLength(50_000);
    expect(huge.text).toMatch(
      /^Shard the application controller past 2,000 apps\n\nAna Example\n\nxxx/,
    );
  });

  it('fails the run when the backend cannot be read, so the engine keeps the last index', async () => {
    const { api } = fakeApi();
    api.listTalks = async () => {
      throw new Error('Request failed with 503 Service Unavailable');
    };
    await expect(
      collect(
        new ConferenceTalkCollatorFactory({
          client: api,
          logger: mockServices.logger.mock(),
        }),
      ),
    ).rejects.toThrow('503');
  });

  it('reads batchSize and locationTemplate from search.collators.conferenceTalks', async () => {
    expect(readCollatorConfig(new ConfigReader({}))).toMatchObject({
      batchSize: 100,
      locationTemplate: '/catalog/:namespace/:kind/:name',
    });
    const config = readCollatorConfig(
      new ConfigReader({
        search: {
          collators: {
            conferenceTalks: {
              batchSize: 50,
              locationTemplate: '/talks/:namespace/:name',
            },
          },
        },
      }),
    );
    expect(config).toMatchObject({ batchSize: 50 });
    const { api } = fakeApi();
    const [first] = await collect(
      new ConferenceTalkCollatorFactory({
        client: api,
        logger: mockServices.logger.mock(),
        ...config,
      }),
    );
    expect(first.location).toBe(
      '/talks/default/kubecon-eu-2024-progressive-delivery',
    );
    expect(() =>
      readCollatorConfig(
        new ConfigReader({
          search: { collators: { conferenceTalks: { batchSize: 500 } } },
        }),
      ),
    ).toThrow(
      'search.collators.conferenceTalks.batchSize must be an integer from 1 to 100, not 500',
    );
  });
});
