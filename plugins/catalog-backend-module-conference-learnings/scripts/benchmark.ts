/* eslint-disable no-console */ // a command-line script: it prints
/**
 * Measures the catalog module against the bars of its issue, on the real data in
 * ../shared/data:
 *
 * 1. parsing and transforming the full CNCF landscape into Technology entities,
 *    as the landscape provider does (read, parse, merge, build, validate), against
 *    a bare YAML parse of the same file;
 * 2. what our processors add per entity over the 880 talks of KubeCon EU 2026 with
 *    the full landscape indexed, against the same processors with a naive detector
 *    (one regular expression per technology) in place of the engine;
 * 3. a fresh SQLite catalog ingesting the landscape and both EU 2026 schedules
 *    through the providers until every entity is processed and stitched, with no
 *    processing error.
 *
 * Medians of several runs; runs alternate between the measured code and its baseline.
 *
 *   node -r @backstage/cli/config/nodeTransform.cjs scripts/benchmark.ts [--runs 9] [--ingest-runs 2]
 */
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { databaseServiceFactory } from '@backstage/backend-defaults/database';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AlphaEntity } from '@backstage/catalog-model/alpha';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  CatalogProcessor,
  DeferredEntity,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  parseSchedJson,
  scheduleToEntities,
  technologyLookupEntry,
  TechnologyMatcher,
} from '@conference-learnings/plugin-conference-learnings-node';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { parse } from 'yaml';
import { catalogModuleConferenceLearnings } from '../src/module';
import { ConferenceLearningsEntitiesProcessor } from '../src/processors/ConferenceLearningsEntitiesProcessor';
import { TalkTechnologyProcessor } from '../src/processors/TalkTechnologyProcessor';
import { TechnologyUsageProcessor } from '../src/processors/TechnologyUsageProcessor';
import { LandscapeTechnologyProvider } from '../src/providers/LandscapeTechnologyProvider';
import {
  TechnologyCatalog,
  technologyCatalogOf,
} from '../src/technologies/TechnologyIndex';
import { median } from 'simple-statistics';

const DATA = resolve(__dirname, '../../../../shared/data');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('--runs', 9);
const INGEST_RUNS = arg('--ingest-runs', 2);

function dataFile(name: string): string {
  const file = join(DATA, name);
  if (!existsSync(file)) {
    throw new Error(
      `Benchmark data ${file} is missing (see ../shared/data/README.md)`,
    );
  }
  return file;
}


async function time(fn: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Medians of alternating runs of each function, after one warm-up run each. */
async function alternate(fns: Array<() => unknown>): Promise<number[]> {
  const times = fns.map(() => [] as number[]);
  for (let run = -1; run < RUNS; run++) {
    for (let i = 0; i < fns.length; i++) {
      const ms = await time(fns[i]);
      if (run >= 0) times[i].push(ms);
    }
  }
  return times.map(median);
}

class RecordingConnection implements EntityProviderConnection {
  entities: Entity[] = [];
  async applyMutation(mutation: { type: string; entities?: DeferredEntity[] }) {
    this.entities = (mutation.entities ?? []).map(d => d.entity);
  }
  async refresh() {}
}

const fs = {
  readUrl: async () => {
    throw new Error('files only');
  },
} as any;

async function landscapeEntities(): Promise<Entity[]> {
  const connection = new RecordingConnection();
  const provider = new LandscapeTechnologyProvider({
    id: 'benchmark',
    source: dataFile('cncf-landscape.yml'),
    timeoutMs: 60_000,
    taskRunner: { run: async () => {} },
    urlReader: fs,
    logger: mockServices.rootLogger({ level: 'error' }),
  });
  await provider.connect(connection);
  await provider.refresh();
  return connection.entities;
}

function talkEntities(): Entity[] {
  return [
    ['kubecon-eu-2026-amsterdam-sched.json', 'kubecon-eu-2026'],
    ['kubecon-eu-2026-colocated-sched.json', 'kubecon-eu-2026-colocated'],
  ].flatMap(([file, conferenceName]) =>
    scheduleToEntities(parseSchedJson(readFileSync(dataFile(file), 'utf8')), {
      conferenceName,
    }).filter(e => e.kind === 'Talk'),
  );
}

/** One regular expression per technology name: the baseline detector. */
function naiveMatcher(technologies: Entity[]): TechnologyMatcher {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = technologies.map(t => ({
    ref: `technology:default/${t.metadata.name}`,
    name: t.metadata.title!,
    regex: new RegExp(`(?<!\\w)${escape(t.metadata.title!)}(?!\\w)`, 'i'),
  }));
  return {
    match: text =>
      patterns
        .filter(p => p.regex.test(text))
        .map(p => ({ ref: p.ref, name: p.name, mentions: [] })),
  };
}

async function processAll(processors: CatalogProcessor[], entities: Entity[]) {
  const location = { type: 'file', target: 'benchmark' };
  const emit = () => {};
  for (const entity of entities) {
    for (const processor of processors) {
      await processor.validateEntityKind?.(entity);
      await processor.postProcessEntity?.(
        entity,
        location,
        emit,
        undefined as any,
      );
    }
  }
}

function processorsWith(technologies: TechnologyCatalog): CatalogProcessor[] {
  return [
    new ConferenceLearningsEntitiesProcessor(),
    new TalkTechnologyProcessor(() => technologies),
    new TechnologyUsageProcessor({ technologies: () => technologies }),
  ];
}

async function ingestOnce(): Promise<{ ms: number; entities: number }> {
  const directory = mkdtempSync(join(tmpdir(), 'cl-ingest-'));
  const source = (name: string) => ({
    source: dataFile(name),
    schedule: { frequency: { hours: 1 }, timeout: { minutes: 5 } },
  });
  const start = process.hrtime.bigint();
  const backend = await startTestBackend({
    features: [
      databaseServiceFactory,
      schedulerServiceFactory,
      catalogPlugin,
      catalogModuleConferenceLearnings,
      mockServices.rootConfig.factory({
        data: {
          backend: {
            database: { client: 'better-sqlite3', connection: { directory } },
          },
          catalog: { processingInterval: { seconds: 30 } },
          conferenceLearnings: {
            providers: {
              landscape: { cncf: source('cncf-landscape.yml') },
              sched: {
                eu2026: {
                  ...source('kubecon-eu-2026-amsterdam-sched.json'),
                  conference: 'kubecon-eu-2026',
                },
                colocated: {
                  ...source('kubecon-eu-2026-colocated-sched.json'),
                  conference: 'kubecon-eu-2026-colocated',
                },
              },
            },
          },
        },
      }),
    ],
  });
  const address = backend.server.address() as { port: number };
  const base = `http://127.0.0.1:${address.port}/api/catalog`;
  const headers = { Authorization: mockCredentials.user.header() };
  const count = async (filter: string) => {
    const res = await fetch(`${base}/entities/by-query?limit=1&${filter}`, {
      headers,
    });
    return ((await res.json()) as { totalItems: number }).totalItems;
  };
  let ms = 0;
  let entities = 0;
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    await new Promise(r => setTimeout(r, 250));
    const technologies = await count('filter=kind=technology');
    const conferences = await count('filter=kind=conference');
    // a talk is stitched once its partOf relation to its conference is in place
    const stitchedTalks = await count(
      'filter=kind=talk,relations.partOf=conference:default/kubecon-eu-2026&filter=kind=talk,relations.partOf=conference:default/kubecon-eu-2026-colocated',
    );
    if (Date.now() > deadline) {
      throw new Error(
        `Ingest incomplete after 10 minutes: ${technologies} technologies, ${conferences} conferences, ${stitchedTalks} of 880 talks stitched`,
      );
    }
    if (technologies > 1400 && conferences === 2 && stitchedTalks === 880) {
      ms = Number(process.hrtime.bigint() - start) / 1e6;
      entities = technologies + conferences + stitchedTalks;
      break;
    }
  }
  const res = await fetch(`${base}/entities?fields=kind,metadata.name,status`, {
    headers,
  });
  const withErrors = ((await res.json()) as AlphaEntity[]).filter(e =>
    e.status?.items?.some(i => i.level === 'error'),
  );
  if (withErrors.length) {
    throw new Error(`${withErrors.length} entities have processing errors`);
  }
  await backend.stop();
  rmSync(directory, { recursive: true, force: true });
  return { ms, entities };
}

async function main() {
  const landscapeText = readFileSync(dataFile('cncf-landscape.yml'), 'utf8');
  const [landscapeMs, yamlMs] = await alternate([
    landscapeEntities,
    () => parse(landscapeText),
  ]);
  const technologies = await landscapeEntities();

  const talks = talkEntities();
  const catalog = technologyCatalogOf(technologies.map(technologyLookupEntry));
  const naive: TechnologyCatalog = {
    ...catalog,
    matcher: naiveMatcher(technologies),
  };
  const [engineMs, naiveMs] = await alternate([
    () => processAll(processorsWith(catalog), talks),
    () => processAll(processorsWith(naive), talks),
  ]);

  console.log(`Runs: median of ${RUNS} (after a warm-up run)`);
  console.log(
    `1. Landscape → ${
      technologies.length
    } Technology entities: ${landscapeMs.toFixed(
      1,
    )} ms (bar < 1000 ms); a bare YAML parse of the file: ${yamlMs.toFixed(
      1,
    )} ms (×${(landscapeMs / yamlMs).toFixed(2)})`,
  );
  console.log(
    `2. Our processors over ${talks.length} talks, ${
      technologies.length
    } technologies indexed: ${(engineMs / talks.length).toFixed(
      3,
    )} ms per entity (bar < 1 ms); with the naive detector: ${(
      naiveMs / talks.length
    ).toFixed(3)} ms per entity (engine ${(naiveMs / engineMs).toFixed(
      1,
    )}× faster)`,
  );
  const ingests: number[] = [];
  let ingested = 0;
  for (let run = 0; run < INGEST_RUNS; run++) {
    const { ms, entities } = await ingestOnce();
    ingests.push(ms);
    ingested = entities;
  }
  console.log(
    `3. Fresh SQLite catalog ingesting landscape + EU 2026 schedule + co-located events (${ingested} entities), all processed and stitched with no errors: ${(
      median(ingests) / 1000
    ).toFixed(1)} s (median of ${INGEST_RUNS}: ${ingests
      .map(ms => (ms / 1000).toFixed(1))
      .join(', ')} s)`,
  );
}

main().then(
  // the stopped test backends leave the scheduler's timers behind
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
