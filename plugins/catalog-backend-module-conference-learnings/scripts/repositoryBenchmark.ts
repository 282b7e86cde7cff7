/* eslint-disable no-console */ // a command-line script: it prints
/*
 * Repository evidence at catalog scale, through the real GiteaUrlReader against
 * a Gitea host on loopback (`@conference-learnings/git-test-host`) and the real
 * landscape: a synthetic catalog of 5,000 Components with repositories and no
 * technology annotation or tag. Each repository is a random half of the
 * manifest files of one of the labelled real repositories, with a README (1 in
 * 20 has no manifest file at all, like a documentation repository).
 *
 *   1. Coverage: the share of components that get at least one `usesTechnology`
 *      (bar: >= 80 %).
 *   2. A scheduled run over the 5,000 once their evidence is due again and no
 *      tree changed: its time (bar: <= 10 s) and the archives it reads (bar:
 *      none), next to the same run reading every tree again (no etags), medians
 *      of several runs.
 *
 *   node -r @backstage/cli/config/nodeTransform.cjs scripts/repositoryBenchmark.ts [--components 5000] [--runs 3]
 */
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { WinstonLogger } from '@backstage/backend-defaults/rootLogger';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import {
  CatalogProcessorCache,
  CatalogProcessorResult,
} from '@backstage/plugin-catalog-node';
import {
  listLocalRepository,
  parseLandscape,
} from '@conference-learnings/plugin-conference-learnings-node';
import { JsonValue } from '@backstage/types';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import { median } from 'simple-statistics';
import { GiteaTestHost } from '@conference-learnings/git-test-host';
import { TechnologyUsageProcessor } from '../src/processors/TechnologyUsageProcessor';
import { readRepositoryEvidenceConfig } from '../src/repositories/readRepositoryEvidenceConfig';
import { RepositoryEvidence } from '../src/repositories/RepositoryEvidence';
import { technologyCatalogOf } from '../src/technologies/TechnologyIndex';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const COMPONENTS = arg('components', 5000);
const RUNS = arg('runs', 3);
const CONCURRENCY = 20;
const ROOT = resolve(__dirname, '../../..');
const DATASET = join(
  ROOT,
  'plugins/conference-learnings-node/scripts/repository/dataset',
);
const LANDSCAPE = join(ROOT, '../shared/data/cncf-landscape.yml');

class EntityCache implements CatalogProcessorCache {
  private values: Record<string, JsonValue> = {};
  async get<T extends JsonValue>(key: string) {
    return this.values[key] as T | undefined;
  }
  async set<T extends JsonValue>(key: string, value: T) {
    this.values[key] = value;
  }
}

/** The manifest files of each labelled real repository, by folder. */
async function realRepositories(): Promise<Record<string, string>[]> {
  const repositories = [];
  for (const dir of readdirSync(DATASET, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const listing = await listLocalRepository(join(DATASET, dir.name));
    repositories.push(
      Object.fromEntries(
        listing.files.map(f => [f.path, readFileSync(f.absolutePath, 'utf8')]),
      ),
    );
  }
  return repositories;
}

/** Runs `fn` over the items, `CONCURRENCY` at a time, as the catalog's processing loop does. */
async function inParallel<T>(items: T[], fn: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

async function main() {
  const generator = xoroshiro128plus(42);
  const pick = (n: number) => unsafeUniformIntDistribution(0, n - 1, generator);
  const real = await realRepositories();
  const host = new GiteaTestHost();
  await host.start();
  const components: { entity: Entity; cache: EntityCache }[] = [];
  for (let i = 0; i < COMPONENTS; i++) {
    const name = `service-${i}`;
    const source = real[pick(real.length)];
    // Every repository has a README; 1 in 20 nothing else.
    const files = {
      'README.md': `# ${name}`,
      ...(pick(20) === 0
        ? {}
        : Object.fromEntries(
            Object.entries(source).filter(() => pick(2) === 0),
          )),
    };
    host.repositories.set(name, { files, commit: `c-${i}` });
    components.push({
      entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name,
          annotations: {
            'backstage.io/source-location': `url:${host.sourceUrl(name)}`,
          },
        },
        spec: { type: 'service', owner: 'team', lifecycle: 'production' },
      },
      cache: new EntityCache(),
    });
  }
  const landscape = parseLandscape(readFileSync(LANDSCAPE, 'utf8'));
  const technologies = technologyCatalogOf(
    landscape.map(t => ({
      ref: t.ref,
      name: t.entityName,
      title: t.name,
      aliases: t.aliases,
      repository: t.repository,
    })),
  );
  let clock = Date.parse('2026-12-01T00:00:00Z');
  const config = new ConfigReader({
    integrations: host.integrationConfig(),
    conferenceLearnings: {
      repositories: { readsPerMinute: 1e9, refreshInterval: { hours: 6 } },
    },
  });
  const logger = WinstonLogger.create({ level: process.env.LOG_LEVEL ?? 'error' });
  const processor = TechnologyUsageProcessor.fromConfig(config, {
    technologies: () => technologies,
    repositories: new RepositoryEvidence({
      reader: UrlReaders.default({ config, logger }),
      logger,
      config: readRepositoryEvidenceConfig(config),
      now: () => clock,
    }),
    integrations: ScmIntegrations.fromConfig(config),
  });

  /** One processing run over every component (with empty caches when `fresh`): how many got a usesTechnology, and how long it took. */
  const run = async (fresh = false) => {
    let covered = 0;
    const started = process.hrtime.bigint();
    await inParallel(
      components.map(c => ({
        ...c,
        cache: fresh ? new EntityCache() : c.cache,
      })),
      async ({ entity, cache }) => {
        const results: CatalogProcessorResult[] = [];
        await processor.postProcessEntity(
          entity,
          { type: 'url', target: 'x' },
          r => results.push(r),
          cache,
        );
        if (
          results.some(
            r => r.type === 'relation' && r.relation.type === 'usesTechnology',
          )
        )
          covered++;
      },
    );
    return {
      covered,
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
    };
  };

  try {
    await measure(run, host, () => (clock += 8 * 3600_000), real.length);
  } finally {
    await host.stop();
  }
}

async function measure(
  run: (fresh?: boolean) => Promise<{ covered: number; seconds: number }>,
  host: GiteaTestHost,
  advanceClock: () => void,
  realCount: number,
) {
  const first = await run();
  const unchanged: number[] = [];
  const reread: number[] = [];
  let archivesRead = 0;
  for (let i = 0; i < RUNS; i++) {
    advanceClock();
    const before = host.requests.filter(r => r.includes('/archive/')).length;
    unchanged.push((await run()).seconds);
    archivesRead +=
      host.requests.filter(r => r.includes('/archive/')).length - before;
    reread.push((await run(true)).seconds);
  }
  console.log(
    `${COMPONENTS} components with repositories and no technology annotation or tag (from ${realCount} real repositories):`,
  );
  console.log(
    `  1. coverage: ${((100 * first.covered) / COMPONENTS).toFixed(
      1,
    )} % get at least one technology (bar >= 80 %); first full read ${first.seconds.toFixed(
      1,
    )} s`,
  );
  console.log(
    `  2. a run once all are due and no tree changed: ${median(
      unchanged,
    ).toFixed(2)} s (bar <= 10 s), ${archivesRead} archives read (bar 0);`,
  );
  console.log(
    `     the same run reading every tree again: ${median(reread).toFixed(
      2,
    )} s (incremental ×${(median(reread) / median(unchanged)).toFixed(
      1,
    )} faster), medians of ${RUNS}`,
  );
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
