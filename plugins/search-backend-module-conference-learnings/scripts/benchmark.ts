/* eslint-disable no-console */ // a command-line script: it prints
/**
 * Collates 20,000 talks into search documents, as the search plugin's indexer does,
 * from the real Conference Learnings backend plugin (started in-process, over
 * loopback HTTP, with the talks in its catalog), and prints the median time and
 * the memory the collation adds at its peak, next to a baseline in the same run:
 * paging through the same talks (`GET /talks`) without building documents.
 *
 * The talks are the 880 of KubeCon EU 2026 (../shared/data) repeated under new
 * names, each with its conference and technologies; 2,000 learnings are spread over them.
 *
 *   node --expose-gc -r @backstage/cli/config/nodeTransform.cjs scripts/benchmark.ts [--runs 5] [--talks 20000]
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ConferenceLearningsClient } from '@conference-learnings/plugin-conference-learnings-common';
// the real backend plugin serves the talks the collator reads
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import conferenceLearningsPlugin from '@conference-learnings/plugin-conference-learnings-backend';
import { AddressInfo } from 'node:net';
import { median } from 'simple-statistics';
import {
  parseSchedJson,
  scheduleToEntities,
} from '@conference-learnings/plugin-conference-learnings-node';
import { existsSync, readFileSync } from 'fs';
import { resolve } from 'path';
import { ConferenceTalkCollatorFactory } from '../src/collators/ConferenceTalkCollatorFactory';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('--runs', 5);
const TALKS = arg('--talks', 20_000);

function sharedData(file: string): string {
  const path = resolve(__dirname, '../../../../shared/data', file);
  if (!existsSync(path)) {
    throw new Error(
      `Benchmark data ${path} is missing (see ../shared/data/README.md)`,
    );
  }
  return readFileSync(path, 'utf8');
}

function gc() {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('Run node with --expose-gc to measure memory');
  collect();
  collect();
}

function syntheticCatalog(): Entity[] {
  const source = scheduleToEntities(
    parseSchedJson(sharedData('kubecon-eu-2026-amsterdam-sched.json')),
    { conferenceName: 'kubecon-eu-2026' },
  );
  const conference = source.find(e => e.kind === 'Conference')!;
  const talks = source.filter(e => e.kind === 'Talk');
  const technologies: Entity[] = Array.from({ length: 1500 }, (_, i) => ({
    apiVersion: 'conference-learnings.io/v1alpha1',
    kind: 'Technology',
    metadata: {
      name: `technology-${i}`,
      namespace: 'default',
      title: `Technology ${i}`,
    },
    spec: {},
  }));
  const generated: Entity[] = Array.from({ length: TALKS }, (_, i) => {
    const talk = talks[i % talks.length];
    return {
      ...talk,
      metadata: { ...talk.metadata, name: `talk-${i}` },
      relations: [
        { type: 'partOf', targetRef: 'conference:default/kubecon-eu-2026' },
        ...[i % 1500, (i * 7) % 1500].map(t => ({
          type: 'coversTechnology',
          targetRef: `technology:default/technology-${t}`,
        })),
      ],
    };
  });
  return [conference, ...technologies, ...generated];
}

/** A client of the started backend, with the credentials of a service or a user. */
function clientOf(baseUrl: string, authorization: string) {
  return new ConferenceLearningsClient({
    discoveryApi: { getBaseUrl: async () => baseUrl },
    fetchApi: {
      fetch: async (input, init) => {
        const request = new Request(input, init);
        request.headers.set('Authorization', authorization);
        return fetch(request);
      },
    },
  });
}

async function main() {
  const { server } = await startTestBackend({
    features: [
      conferenceLearningsPlugin,
      catalogServiceMock.factory({ entities: syntheticCatalog() }),
      mockServices.rootLogger.factory({ level: 'warn' }),
    ],
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://localhost:${port}/api/conference-learnings`;
  const service = clientOf(baseUrl, mockCredentials.service.header());
  const user = clientOf(baseUrl, mockCredentials.user.header());
  for (let i = 0; i < 2000; i += 20) {
    await Promise.all(
      Array.from({ length: 20 }, (_, j) =>
        user.createLearning(`talk:default/talk-${(i + j) * 10}`, {
          body: `Learning ${
            i + j
          }: shard the controllers and watch the p99 of reconciliation.`,
        }),
      ),
    );
  }
  const factory = new ConferenceTalkCollatorFactory({
    client: service,
    logger: mockServices.rootLogger({ level: 'warn' }),
  });

  /** Pages through the talks as the collator does, building nothing. */
  async function pageOnly() {
    let count = 0;
    for (let offset = 0; ; offset += 100) {
      const page = await service.listTalks({ limit: 100, offset });
      count += page.items.length;
      if (!page.items.length || offset + 100 >= page.totalCount) return count;
    }
  }

  async function collate() {
    let count = 0;
    let peak = 0;
    for await (const _document of await factory.getCollator()) {
      if (++count % 500 === 0) {
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    }
    return { count, peak };
  }

  const times: number[] = [];
  const baselines: number[] = [];
  const growths: number[] = [];
  let documents = 0;
  for (let run = -1; run < RUNS; run++) {
    gc();
    const before = process.memoryUsage().heapUsed;
    let start = process.hrtime.bigint();
    const { count, peak } = await collate();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    documents = count;
    gc();
    start = process.hrtime.bigint();
    await pageOnly();
    const baseline = Number(process.hrtime.bigint() - start) / 1e6;
    if (run >= 0) {
      times.push(ms);
      baselines.push(baseline);
      growths.push((peak - before) / 1024 / 1024);
    }
  }
  const collation = median(times);
  const paging = median(baselines);
  console.log(
    `Collating ${documents} talks (median of ${RUNS} runs): ${(
      collation / 1000
    ).toFixed(
      2,
    )} s (bar ≤ 20 s); paging the same talks from GET /talks without building documents: ${(
      paging / 1000
    ).toFixed(2)} s (collation ×${(collation / paging).toFixed(2)})`,
  );
  console.log(
    `Heap growth at the collation's peak (median): ${median(growths).toFixed(
      1,
    )} MB (bar < 200 MB); the backend's index and the in-memory catalog are outside this figure`,
  );
}

main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
