import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import searchPlugin from '@backstage/plugin-search-backend';
import searchModulePg from '@backstage/plugin-search-backend-module-pg';
import {
  parseSchedJson,
  scheduleToEntities,
} from '@conference-learnings/plugin-conference-learnings-node';
// the real backend plugin serves the learnings the collator indexes
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import conferenceLearningsPlugin from '@conference-learnings/plugin-conference-learnings-backend';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { resolve } from 'path';
import request from 'supertest';
import { parseAllDocuments } from 'yaml';
import { searchModuleConferenceLearnings } from './module';

const REPO_ROOT = resolve(__dirname, '../../..');

function sharedData(file: string): string {
  const path = resolve(REPO_ROOT, '../shared/data', file);
  if (!existsSync(path)) {
    throw new Error(
      `Test data ${path} is missing (see ../shared/data/README.md)`,
    );
  }
  return readFileSync(path, 'utf8');
}

/** The demo catalog and the KubeCon EU 2026 schedule with its co-located events. */
function catalogEntities(): Entity[] {
  const examples = resolve(REPO_ROOT, 'examples');
  const demo = readdirSync(examples)
    .filter(file => file.endsWith('.yaml'))
    .flatMap(file =>
      parseAllDocuments(readFileSync(resolve(examples, file), 'utf8')).map(
        doc => doc.toJS() as Entity,
      ),
    )
    .map(e => ({
      ...e,
      metadata: { namespace: 'default', ...e.metadata },
    }));
  const eu2026 = [
    ['kubecon-eu-2026-amsterdam-sched.json', 'kubecon-eu-2026'],
    ['kubecon-eu-2026-colocated-sched.json', 'kubecon-eu-2026-colocated'],
  ].flatMap(([file, conferenceName]) =>
    scheduleToEntities(parseSchedJson(sharedData(file)), { conferenceName }),
  );
  return [...demo, ...eu2026];
}

interface Result {
  document: { title: string; entityRef: string; text: string };
}

describe('conference talks in the Backstage search', () => {
  // The collator reads learnings from the backend plugin over loopback HTTP. Jest's
  // setup blocks network requests unless something wraps fetch, as msw would.
  const blockingFetch = global.fetch;
  beforeAll(() => {
    global.fetch = (input, init) => blockingFetch(input, init);
  });
  afterAll(() => {
    global.fetch = blockingFetch;
  });

  const postgres =
    process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
  const entities = catalogEntities();

  async function start(engine: 'lunr' | 'postgres') {
    // each plugin gets its own database, as in production
    const database =
      engine === 'postgres'
        ? {
            client: 'pg',
            connection: postgres,
            prefix: `cl_search_test_${Date.now()}_`,
          }
        : { client: 'better-sqlite3', connection: ':memory:' };
    const features = [
      searchPlugin,
      databaseServiceFactory,
      searchModuleConferenceLearnings,
      conferenceLearningsPlugin,
      schedulerServiceFactory,
      catalogServiceMock.factory({ entities }),
      mockServices.rootConfig.factory({
        data: {
          backend: { database },
          search: {
            collators: {
              conferenceTalks: {
                schedule: {
                  frequency: { seconds: 2 },
                  timeout: { minutes: 1 },
                },
              },
            },
          },
          conferenceLearnings: { index: { refreshInterval: { seconds: 1 } } },
        },
      }),
    ];
    if (engine === 'postgres') {
      features.push(searchModulePg);
    }
    return (await startTestBackend({ features: features as any })).server;
  }

  async function search(server: any, term: string): Promise<Result[]> {
    const res = await request(server)
      .get('/api/search/query')
      .query({ term, types: ['conference-talk'], pageLimit: 25 })
      .set('Authorization', mockCredentials.user.header());
    if (res.body?.error?.name === 'MissingIndexError') {
      return []; // the first collation has not finished yet
    }
    if (res.status !== 200) {
      throw new Error(
        `Search failed: ${res.status} ${JSON.stringify(res.body)}`,
      );
    }
    return res.body.results;
  }

  /** Polls until the search finds what `found` wants: the collator runs on a schedule. */
  async function eventually(
    server: any,
    term: string,
    found: (results: Result[]) => boolean,
  ): Promise<Result[]> {
    let results: Result[] = [];
    for (let i = 0; i < 120 && !found(results); i++) {
      await new Promise(r => setTimeout(r, 500));
      results = await search(server, term);
    }
    return results;
  }

  it.each(['lunr', 'postgres'] as const)(
    'finds talks by technology and by the text of their learnings, with %s',
    async engine => {
      if (engine === 'postgres' && !postgres) {
        throw new Error(
          'Set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING to a PostgreSQL server for this test',
        );
      }
      const server = await start(engine);

      const rollouts = await eventually(
        server,
        'argo rollouts',
        r => r.length > 0,
      );
      const top5 = rollouts.slice(0, 5).map(r => r.document.title);
      expect(top5).toHaveLength(5);
      for (const title of top5) {
        expect(title).toMatch(/rollouts/i);
      }

      const crossplane = await search(server, 'Crossplane');
      expect(crossplane.map(r => r.document.entityRef)).toContain(
        'talk:default/kubecon-india-2024-revolutionizing-hybrid-hci',
      );

      const talk = 'talk:default/kubecon-india-2024-revolutionizing-hybrid-hci';
      const learning = await request(server)
        .post(
          '/api/conference-learnings/talks/default/kubecon-india-2024-revolutionizing-hybrid-hci/learnings',
        )
        .set('Authorization', mockCredentials.user.header('user:default/alice'))
        .send({
          body: 'Quarantine flaky hypervisor nodes with zebracorn taints',
        });
      expect(learning.status).toBe(201);

      const byLearning = await eventually(server, 'zebracorn', r =>
        r.some(x => x.document.entityRef === talk),
      );
      expect(byLearning.map(r => r.document.entityRef)).toContain(talk);
    },
    120_000,
  );
});
