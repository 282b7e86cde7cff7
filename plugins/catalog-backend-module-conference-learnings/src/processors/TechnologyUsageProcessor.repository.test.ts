import { mockServices } from '@backstage/backend-test-utils';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import {
  CatalogProcessorCache,
  CatalogProcessorResult,
} from '@backstage/plugin-catalog-node';
import { readTechnologyUsages } from '@conference-learnings/plugin-conference-learnings-node';
import { JsonValue } from '@backstage/types';
import { GiteaTestHost } from '@conference-learnings/git-test-host';
import { readRepositoryEvidenceConfig } from '../repositories/readRepositoryEvidenceConfig';
import { RepositoryEvidence } from '../repositories/RepositoryEvidence';
import { technologyCatalogOf } from '../technologies/TechnologyIndex';
import { TechnologyUsageProcessor } from './TechnologyUsageProcessor';

const technologies = technologyCatalogOf([
  { ref: 'technology:default/keda', name: 'keda', title: 'KEDA' },
  { ref: 'technology:default/kafka', name: 'kafka', title: 'Kafka' },
  {
    ref: 'technology:default/postgresql',
    name: 'postgresql',
    title: 'PostgreSQL',
    aliases: ['postgres'],
  },
  { ref: 'technology:default/helm', name: 'helm', title: 'Helm' },
  {
    ref: 'technology:default/kubernetes',
    name: 'kubernetes',
    title: 'Kubernetes',
  },
  { ref: 'technology:default/redis', name: 'redis', title: 'Redis' },
]);

const SERVICE_FILES = {
  'package.json': JSON.stringify(
    {
      dependencies: { kafkajs: '^2.2.4', pg: '^8.11.0' },
      devDependencies: { ioredis: '^5.0.0' },
    },
    null,
    2,
  ),
  'deploy/scaledobject.yaml': [
    'apiVersion: keda.sh/v1alpha1',
    'kind: ScaledObject',
    'metadata:',
    '  name: worker',
    'spec:',
    '  scaleTargetRef: { name: worker }',
  ].join('\n'),
  'README.md': 'We do not use Helm, whatever this README says.',
};

/** A processor cache as the catalog keeps one per entity. */
class EntityCache implements CatalogProcessorCache {
  private values: Record<string, JsonValue> = {};
  async get<T extends JsonValue>(key: string) {
    return this.values[key] as T | undefined;
  }
  async set<T extends JsonValue>(key: string, value: T) {
    this.values[key] = value;
  }
}

const component = (
  name: string,
  sourceUrl: string,
  extra: Record<string, string> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    annotations: {
      'backstage.io/source-location': `url:${sourceUrl}`,
      ...extra,
    },
  },
  spec: {},
});

describe('TechnologyUsageProcessor with repository evidence over a Gitea host', () => {
  const host = new GiteaTestHost();
  let clock = Date.parse('2026-12-01T00:00:00Z');
  const logger = mockServices.logger.mock();

  beforeAll(() => host.start());
  afterAll(() => host.stop());
  beforeEach(() => {
    host.repositories.clear();
    host.requests.length = 0;
    host.repositories.set('svc', { files: SERVICE_FILES, commit: 'c1' });
  });

  function processorWith(repositories: object = {}) {
    const config = new ConfigReader({
      integrations: host.integrationConfig(),
      conferenceLearnings: {
        repositories: { timeout: { seconds: 2 }, ...repositories },
      },
    });
    return TechnologyUsageProcessor.fromConfig(config, {
      technologies: () => technologies,
      repositories: new RepositoryEvidence({
        reader: UrlReaders.default({ config, logger }),
        logger,
        config: readRepositoryEvidenceConfig(config),
        now: () => clock,
      }),
      integrations: ScmIntegrations.fromConfig(config),
    });
  }

  async function processOnce(
    processor: TechnologyUsageProcessor,
    entity: Entity,
    cache: EntityCache,
  ) {
    const results: CatalogProcessorResult[] = [];
    const processed = await processor.postProcessEntity(
      entity,
      { type: 'url', target: 'x' },
      r => results.push(r),
      cache,
    );
    const related = results
      .flatMap(r => (r.type === 'relation' ? [r.relation] : []))
      .filter(r => r.type === 'usesTechnology')
      .map(r => r.target.name);
    return { related, usages: readTechnologyUsages(processed) };
  }

  it('reads the manifest files and records each technology with its file, line and a link to it', async () => {
    const { related, usages } = await processOnce(
      processorWith(),
      component('svc', host.sourceUrl('svc')),
      new EntityCache(),
    );
    expect(related.sort()).toEqual([
      'kafka',
      'keda',
      'kubernetes',
      'postgresql',
    ]);
    expect(usages.get('technology:default/keda')).toEqual([
      {
        type: 'repository',
        file: 'deploy/scaledobject.yaml',
        line: 1,
        rule: expect.stringContaining('ScaledObject'),
        scope: 'runtime',
        url: `${host.sourceUrl('svc')}deploy/scaledobject.yaml#L1`,
      },
    ]);
    // A devDependency is weaker evidence: recorded with its scope, no relation.
    expect(usages.get('technology:default/redis')).toEqual([
      expect.objectContaining({
        type: 'repository',
        file: 'package.json',
        scope: 'dev',
      }),
    ]);
    // A README is not a manifest: Helm is not inferred from prose.
    expect(usages.has('technology:default/helm')).toBe(false);
  });

  it('does not read again until due, and then reads no file content of an unchanged tree', async () => {
    const processor = processorWith({ refreshInterval: { hours: 1 } });
    const cache = new EntityCache();
    const entity = component('svc', host.sourceUrl('svc'));
    const first = await processOnce(processor, entity, cache);
    expect(host.requestsFor('svc', 'archive')).toBe(1);

    host.requests.length = 0;
    expect(await processOnce(processor, entity, cache)).toEqual(first);
    expect(host.requests).toEqual([]);

    clock += 2 * 3600_000;
    expect(await processOnce(processor, entity, cache)).toEqual(first);
    expect(host.requests).toEqual(['/api/v1/repos/acme/svc/git/commits/main']);

    clock += 2 * 3600_000;
    host.repositories.set('svc', {
      files: {
        ...SERVICE_FILES,
        'package.json': '{"dependencies":{"pg":"^8"}}',
      },
      commit: 'c2',
    });
    const changed = await processOnce(processor, entity, cache);
    expect(changed.related.sort()).toEqual([
      'keda',
      'kubernetes',
      'postgresql',
    ]);
  });

  it.each([
    ['a 404', { status: 404 }],
    ['a rate limit (429)', { status: 429 }],
    ['a server error', { status: 500 }],
    ['a timeout', { hang: true }],
    ['an archive that does not unpack', { corrupt: true }],
  ])(
    'keeps the last good evidence after %s, and other entities are unaffected',
    async (_, fault) => {
      const processor = processorWith({ refreshInterval: { minutes: 1 } });
      const cache = new EntityCache();
      const entity = component('svc', host.sourceUrl('svc'));
      const good = await processOnce(processor, entity, cache);

      clock += 3600_000;
      host.repositories.set('svc', { files: {}, commit: 'c9', ...fault });
      host.repositories.set('other', { files: SERVICE_FILES, commit: 'c1' });
      expect(await processOnce(processor, entity, cache)).toEqual(good);
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringContaining('kept its last evidence'),
      );
      const other = await processOnce(
        processor,
        component('other', host.sourceUrl('other')),
        new EntityCache(),
      );
      expect(other.related).toEqual(good.related);
    },
    15_000,
  );

  it('after a timeout and an archive that does not unpack, the next good read brings the change', async () => {
    const processor = processorWith({ refreshInterval: { minutes: 1 } });
    const cache = new EntityCache();
    const entity = component('svc', host.sourceUrl('svc'));
    const good = await processOnce(processor, entity, cache);
    for (const fault of [{ hang: true }, { corrupt: true }]) {
      clock += 3600_000;
      host.repositories.set('svc', { files: {}, commit: 'c9', ...fault });
      expect(await processOnce(processor, entity, cache)).toEqual(good);
    }
    clock += 3600_000;
    host.repositories.set('svc', {
      files: {
        ...SERVICE_FILES,
        'docker-compose.yml': 'services:\n  cache:\n    image: redis:7\n',
      },
      commit: 'c10',
    });
    const recovered = await processOnce(processor, entity, cache);
    expect(recovered.related).toEqual(
      expect.arrayContaining([...good.related, 'redis']),
    );
  }, 15_000);

  it('skips and counts a file over the size limit, and reads the others', async () => {
    host.repositories.set('svc', {
      files: {
        ...SERVICE_FILES,
        'web/package.json': `{"dependencies":{"pg":"1"},"x":"${'a'.repeat(
          600 * 1024,
        )}"}`,
      },
      commit: 'c1',
    });
    const { related } = await processOnce(
      processorWith(),
      component('svc', host.sourceUrl('svc')),
      new EntityCache(),
    );
    expect(related).toContain('keda');
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /Skipped 1 file.*web\/package\.json \(larger than 512 KiB\)/,
      ),
    );
  });

  it('reads nothing through links in the archive, and skips bombs, binaries and deep nesting', async () => {
    host.repositories.set('svc', {
      files: {
        'go.mod':
          'module example.com/svc\n\nrequire github.com/segmentio/kafka-go v0.4.47\n',
        Dockerfile: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe, 0x00]),
        'chart/values.yaml':
          'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
        'deploy/app.yaml': `${'- '.repeat(20000)}x\n`,
        'web/package.json': `${'['.repeat(100000)}${']'.repeat(100000)}`,
      },
      symlinks: {
        'package.json': '/etc/passwd',
        'k8s/secrets.yaml': '../../../../etc/shadow',
      },
      commit: 'c1',
    });
    const { related } = await processOnce(
      processorWith(),
      component('svc', host.sourceUrl('svc')),
      new EntityCache(),
    );
    expect(related).toEqual(['kafka']);
  });

  it('starts at most readsPerMinute reads, leaving the rest for later', async () => {
    const processor = processorWith({ readsPerMinute: 2 });
    for (const name of ['a', 'b', 'c'])
      host.repositories.set(name, { files: SERVICE_FILES, commit: 'c1' });
    const found = [];
    for (const name of ['a', 'b', 'c']) {
      found.push(
        (
          await processOnce(
            processor,
            component(name, host.sourceUrl(name)),
            new EntityCache(),
          )
        ).related.length,
      );
    }
    expect(found).toEqual([4, 4, 0]);
    clock += 60_000;
    expect(
      (
        await processOnce(
          processor,
          component('c', host.sourceUrl('c')),
          new EntityCache(),
        )
      ).related,
    ).toHaveLength(4);
  });

  it('never links evidence to another host, whatever the paths of the repository say', async () => {
    host.repositories.set('svc', {
      files: { 'http:/evil.example/Dockerfile': 'FROM postgres:16\n' },
      commit: 'c1',
    });
    const { usages } = await processOnce(
      processorWith(),
      component('svc', host.sourceUrl('svc')),
      new EntityCache(),
    );
    const [reason] = usages.get('technology:default/postgresql')!;
    expect(reason).toMatchObject({
      type: 'repository',
      file: 'http:/evil.example/Dockerfile',
    });
    expect(reason).not.toHaveProperty('url');
  });

  it('leaves out what the entity mutes, everywhere', async () => {
    const { related, usages } = await processOnce(
      processorWith(),
      component('svc', host.sourceUrl('svc'), {
        'conference-learnings.io/ignore-technologies':
          'KEDA, technology:default/kafka',
      }),
      new EntityCache(),
    );
    expect(related.sort()).toEqual(['kubernetes', 'postgresql']);
    expect([...usages.keys()]).not.toContain('technology:default/keda');
  });
});
