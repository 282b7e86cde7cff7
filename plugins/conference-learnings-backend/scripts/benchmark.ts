/*
 * Benchmark of the Conference Learnings backend on a synthetic catalog of 5,000
 * components, 1,500 technologies and 20,000 talks. It builds the index directly
 * from the generated entities, serves the real express router over HTTP on
 * loopback with SQLite, and measures:
 *
 *   - GET /entities/{kind}/{namespace}/{name}/talks for random components
 *     (bar: p95 <= 100 ms and >= 200 requests/s), and for groups and users;
 *   - GET /talks?q=... (bar: p95 <= 150 ms);
 *   - 50 concurrent link and 50 concurrent learning writes (bar: all persisted,
 *     none duplicated);
 *
 * each against a naive baseline served from the same process: the same ranking
 * formula computed by scanning every talk and entity per request, and a text
 * search that scans every title and abstract. Medians of several runs are
 * printed with the speed-up over the baseline.
 *
 * Run from the package directory:
 *   node -r @backstage/cli/config/nodeTransform.cjs scripts/benchmark.ts
 * Options: --runs=5 --requests=600 --concurrency=16
 */
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { PermissionRuleset } from '@backstage/plugin-permission-node';
import express from 'express';
import fs from 'node:fs';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import knexFactory from 'knex';
import { linearScanRankTalks } from '../src/__testUtils__/baselines';
import {
  ConferenceLearningsStore,
  LearningRecord,
} from '../src/database/ConferenceLearningsStore';
import { CatalogIndex } from '../src/catalogIndex/CatalogIndex';
import { entityInterests } from '../src/catalogIndex/entityInterests';
import { indexEntity } from '../src/catalogIndex/indexedEntity';
import { LearningQuery, learningRules } from '../src/permissions/rules';
import { createRouter } from '../src/routes/createRouter';
import { median, quantileSorted } from 'simple-statistics';
import { random, syntheticCatalog } from './syntheticCatalog';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .map(arg => arg.replace(/^--/, '').split('='))
    .map(([key, value]) => [key, Number(value)]),
);
const RUNS = args.runs || 5;
const REQUESTS = args.requests || 600;
const CONCURRENCY = args.concurrency || 16;
const BASE = '/api/conference-learnings';
const AUTH = {
  Authorization: mockCredentials.user.header('user:default/bench'),
};

interface Measurement {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
}

function percentile(sorted: number[], p: number): number {
  return quantileSorted(sorted, p / 100);
}

/** Sends `count` GETs from `CONCURRENCY` workers; every response must be 200. */
async function load(
  baseUrl: string,
  urls: () => string,
  count: number,
): Promise<Measurement> {
  const latencies: number[] = [];
  let sent = 0;
  const started = performance.now();
  const worker = async () => {
    while (sent < count) {
      sent++;
      const url = urls();
      const t0 = performance.now();
      const res = await fetch(`${baseUrl}${url}`, { headers: AUTH });
      await res.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: count / seconds,
  };
}

function summarise(runs: Measurement[]): Measurement {
  return {
    p50: median(runs.map(r => r.p50)),
    p95: median(runs.map(r => r.p95)),
    p99: median(runs.map(r => r.p99)),
    rps: median(runs.map(r => r.rps)),
  };
}

const fmt = (m: Measurement) =>
  `p50 ${m.p50.toFixed(1)} ms  p95 ${m.p95.toFixed(1)} ms  p99 ${m.p99.toFixed(
    1,
  )} ms  ${m.rps.toFixed(0)} req/s`;

async function main() {
  console.log(
    `Node ${process.version}, ${os.cpus().length} × ${
      os.cpus()[0]?.model
    }; ${RUNS} runs × ${REQUESTS} requests, ${CONCURRENCY} concurrent`,
  );
  const t0 = performance.now();
  const { input, vocabulary } = syntheticCatalog({
    components: 5_000,
    technologies: 1_500,
    talks: 20_000,
  });
  const t1 = performance.now();
  const index = CatalogIndex.build(input);
  const t2 = performance.now();
  console.log(
    `Synthetic catalog: ${input.talks.length} talks, ${
      input.technologies.length
    } technologies, ${input.entities.length} other entities (generated in ${(
      t1 - t0
    ).toFixed(0)} ms); index built in ${(t2 - t1).toFixed(0)} ms, heap ${(
      process.memoryUsage().heapUsed /
      2 ** 20
    ).toFixed(0)} MiB`,
  );

  // SQLite in a temporary file, as the demo backend runs it.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-bench-'));
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: path.join(dir, 'bench.sqlite') },
    useNullAsDefault: true,
  });
  const store = await ConferenceLearningsStore.create({
    database: { getClient: async () => knex },
  });

  // The one catalog call a ranking request makes: the entity, by ref.
  const byRef = new Map<string, Entity>();
  for (const entity of [
    ...input.entities,
    ...input.talks,
    ...input.technologies,
  ]) {
    byRef.set(stringifyEntityRef(entity), entity);
  }
  const catalog = {
    async getEntityByRef(ref: string) {
      return byRef.get(ref);
    },
  } as unknown as CatalogService;

  const router = await createRouter({
    httpAuth: mockServices.httpAuth({ pluginId: 'conference-learnings' }),
    permissions: mockServices.permissions(),
    catalog,
    userInfo: mockServices.userInfo(),
    store,
    index: async () => index,
    learningRuleset: {
      getRuleByName: (name: string) =>
        learningRules.find(r => r.name === name)!,
    } as unknown as PermissionRuleset<LearningRecord, LearningQuery>,
    changePolicy: 'authors',
  });

  // The baselines, behind the same auth and catalog lookup.
  const baseline = express.Router();
  const talks = index.talks.map(t => ({ summary: t.summary, time: t.time }));
  const usingEntities = input.entities
    .filter(e => ['Component', 'API', 'Resource', 'System'].includes(e.kind))
    .map(e => ({
      technologyRefs: (e.relations ?? [])
        .filter(r => r.type === 'usesTechnology')
        .map(r => r.targetRef),
    }));
  baseline.get('/entities/:kind/:namespace/:name/talks', async (req, res) => {
    const entity = byRef.get(
      `${req.params.kind}:${req.params.namespace}/${req.params.name}`,
    )!;
    const interests = entityInterests(index, indexEntity(entity));
    const strengths = new Map(
      [...interests.values()].map(i => [
        index.technologies[i.technologyId].ref,
        i.strength,
      ]),
    );
    const ranked = linearScanRankTalks(talks, usingEntities, strengths);
    res.json({ items: ranked.slice(0, 20), totalCount: ranked.length });
  });
  baseline.get('/talks', async (req, res) => {
    const words = String(req.query.q ?? '')
      .toLowerCase()
      .split(/\s+/);
    const matches = talks.filter(t => {
      const text = `${t.summary.title} ${t.summary.description}`.toLowerCase();
      return words.every(w => text.includes(w));
    });
    matches.sort((a, b) => (b.time ?? 0) - (a.time ?? 0));
    res.json({
      items: matches.slice(0, 20).map(t => t.summary),
      totalCount: matches.length,
    });
  });

  const app = express();
  app.use(BASE, router);
  app.use('/baseline', baseline);
  // As the backend's error middleware maps @backstage/errors to statuses.
  const errorStatuses: Record<string, number> = {
    InputError: 400,
    AuthenticationError: 401,
    NotAllowedError: 403,
    NotFoundError: 404,
    ConflictError: 409,
  };
  app.use(
    (
      error: Error,
      _req: express.Request,
      res: express.Response,
      _next: any,
    ) => {
      res
        .status(errorStatuses[error.name] ?? 500)
        .json({ error: error.message });
    },
  );
  const server = app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const rand = random(7);
  const components = input.entities.filter(e => e.kind === 'Component');
  const groups = input.entities.filter(e => e.kind === 'Group');
  const users = input.entities.filter(e => e.kind === 'User');
  const entityPath = (entities: Entity[]) => () => {
    const e = entities[Math.floor(rand() * entities.length)];
    return `/entities/${e.kind.toLowerCase()}/default/${e.metadata.name}/talks`;
  };
  const query = () => {
    const words = Array.from(
      { length: 1 + Math.floor(rand() * 2) },
      () => vocabulary[Math.floor(rand() * 200)],
    );
    return `/talks?q=${encodeURIComponent(words.join(' '))}`;
  };

  // Warm up (JIT, SQLite page cache).
  await load(url, () => `${BASE}${entityPath(components)()}`, 200);
  await load(url, () => `${BASE}${query()}`, 200);
  await load(url, () => `/baseline${entityPath(components)()}`, 20);

  const scenarios: [string, () => string, number][] = [
    [
      'GET …/talks for a component',
      () => `${BASE}${entityPath(components)()}`,
      REQUESTS,
    ],
    [
      '  baseline (linear scan)',
      () => `/baseline${entityPath(components)()}`,
      Math.max(50, REQUESTS / 10),
    ],
    [
      'GET …/talks for a group',
      () => `${BASE}${entityPath(groups)()}`,
      REQUESTS,
    ],
    ['GET …/talks for a user', () => `${BASE}${entityPath(users)()}`, REQUESTS],
    ['GET /talks?q=…', () => `${BASE}${query()}`, REQUESTS],
    [
      '  baseline (substring scan)',
      () => `/baseline${query()}`,
      Math.max(50, REQUESTS / 10),
    ],
    ['GET /talks (facets, no q)', () => `${BASE}/talks`, REQUESTS],
  ];
  const results = new Map<string, Measurement[]>();
  for (let run = 0; run < RUNS; run++) {
    for (const [name, urls, count] of scenarios) {
      const m = await load(url, urls, count);
      results.set(name, [...(results.get(name) ?? []), m]);
    }
  }
  console.log(`\nMedians of ${RUNS} runs:`);
  for (const [name] of scenarios) {
    console.log(`${name.padEnd(30)} ${fmt(summarise(results.get(name)!))}`);
  }
  const ratio = (ours: string, theirs: string) => {
    const a = summarise(results.get(ours)!);
    const b = summarise(results.get(theirs)!);
    return `p95 ${(b.p95 / a.p95).toFixed(1)}× lower, throughput ${(
      a.rps / b.rps
    ).toFixed(1)}× higher`;
  };
  console.log(
    `\nEntity ranking vs linear scan: ${ratio(
      'GET …/talks for a component',
      '  baseline (linear scan)',
    )}`,
  );
  console.log(
    `Text search vs substring scan: ${ratio(
      'GET /talks?q=…',
      '  baseline (substring scan)',
    )}`,
  );

  // 50 concurrent link writes (25 pairs, each sent twice) and 50 learning writes.
  const writes = async (round: number) => {
    const entity = components[round];
    const pairs = Array.from(
      { length: 25 },
      (_, i) => index.talks[(round * 997 + i * 13) % index.talks.length].ref,
    );
    const post = (route: string, body: object) =>
      fetch(`${url}${BASE}${route}`, {
        method: 'POST',
        headers: { ...AUTH, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }).then(res => res.status);
    const started = performance.now();
    const statuses = await Promise.all([
      ...[...pairs, ...pairs].map(talkRef =>
        post(`/entities/component/default/${entity.metadata.name}/links`, {
          talkRef,
        }),
      ),
      ...Array.from({ length: 50 }, (_, i) =>
        post(`/talks/default/${pairs[i % 25].split('/')[1]}/learnings`, {
          body: `Learning ${i} of round ${round}`,
        }),
      ),
    ]);
    const ms = performance.now() - started;
    const links = await store.listLinksForEntity(
      stringifyEntityRef(entity).toLowerCase(),
    );
    const [{ count: learnings }] = await knex('learnings')
      .where('body', 'like', `% of round ${round}`)
      .count<{ count: number }[]>({ count: '*' });
    const ok =
      statuses.filter(s => s === 201).length === 75 &&
      statuses.filter(s => s === 409).length === 25 &&
      links.length === 25 &&
      new Set(links.map(l => l.talkRef)).size === 25 &&
      Number(learnings) === 50;
    if (!ok) {
      console.log({
        created: statuses.filter(s => s === 201).length,
        conflicts: statuses.filter(s => s === 409).length,
        other: statuses.filter(s => s !== 201 && s !== 409),
        links: links.length,
        learnings,
      });
    }
    return { ms, ok };
  };
  const writeRuns = [];
  for (let round = 0; round < RUNS; round++)
    writeRuns.push(await writes(round));
  console.log(
    `\n100 concurrent writes (50 link POSTs = 25 pairs × 2, 50 learning POSTs): median ${median(
      writeRuns.map(w => w.ms),
    ).toFixed(
      0,
    )} ms; every run: 25 links (25 duplicates refused with 409), 50 learnings persisted: ${writeRuns.every(
      w => w.ok,
    )}`,
  );

  server.close();
  await knex.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
