import { mockServices } from '@backstage/backend-test-utils';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { existsSync } from 'fs';
import { createServer, Server, ServerResponse } from 'http';
import { AddressInfo } from 'net';
import { resolve } from 'path';
import { CuratedTalksProvider } from './CuratedTalksProvider';
import { LandscapeTechnologyProvider } from './LandscapeTechnologyProvider';
import { ScheduleTalkProvider } from './ScheduleTalkProvider';
import { SourceEntityProvider } from './SourceEntityProvider';
import { TalkArchiveProvider } from './TalkArchiveProvider';
import { RecordingConnection } from './__testUtils__/RecordingConnection';
import { FORMATS, GOOD } from './__testUtils__/sourceFormats';

const REPO_ROOT = resolve(__dirname, '../../../..');

/** A file of `../shared/data`; a test needing one that is missing fails, naming it. */
function sharedData(file: string): string {
  const path = resolve(REPO_ROOT, '../shared/data', file);
  if (!existsSync(path)) {
    throw new Error(
      `Test data ${path} is missing (see ../shared/data/README.md)`,
    );
  }
  return path;
}

const loggers: ReturnType<typeof mockServices.logger.mock>[] = [];

function options(source: string, extra: { timeoutMs?: number } = {}) {
  const logger = mockServices.logger.mock();
  loggers.push(logger);
  return {
    logger,
    options: {
      id: 'test',
      source,
      timeoutMs: extra.timeoutMs ?? 10_000,
      taskRunner: { run: jest.fn() },
      urlReader: UrlReaders.default({
        config: new ConfigReader({
          backend: {
            reading: {
              allow: /^http/.test(source)
                ? [{ host: new URL(source).host }]
                : [],
            },
          },
        }),
        logger,
      }),
      logger,
    },
  };
}

async function ingest(provider: SourceEntityProvider) {
  const connection = new RecordingConnection();
  await provider.connect(connection);
  await provider.refresh();
  return connection;
}

const byKind = (entities: Entity[], kind: string) =>
  entities.filter(e => e.kind === kind);

describe('entity providers on the real data', () => {
  afterEach(() => {
    const errors = loggers.splice(0).flatMap(logger => logger.error.mock.calls);
    if (errors.length) {
      throw new Error(`A provider logged errors: ${JSON.stringify(errors)}`);
    }
  });

  it('landscape: every technology, the CNCF projects with their maturity, stable slugs', async () => {
    const source = sharedData('cncf-landscape.yml');
    const { options: opts } = options(source);
    const connection = await ingest(new LandscapeTechnologyProvider(opts));
    const technologies = connection.entities;
    expect(technologies.length).toBeGreaterThanOrEqual(1400);
    expect(technologies.every(t => t.kind === 'Technology')).toBe(true);
    const names = technologies.map(t => t.metadata.name);
    expect(new Set(names).size).toBe(names.length);

    const maturities: Record<string, number> = {};
    for (const t of technologies) {
      const maturity = t.spec?.maturity as string | undefined;
      if (maturity) maturities[maturity] = (maturities[maturity] ?? 0) + 1;
    }
    // 38 + 38 + 151 + 28 = 255 projects in the file
    expect(maturities).toEqual({
      graduated: 38,
      incubating: 38,
      sandbox: 151,
      archived: 28,
    });
    const opa = technologies.find(
      t => t.metadata.name === 'open-policy-agent-opa',
    );
    expect(opa).toMatchObject({
      metadata: {
        title: 'Open Policy Agent (OPA)',
        annotations: {
          'backstage.io/managed-by-location': `file:${source}`,
          'backstage.io/managed-by-origin-location': `file:${source}`,
        },
      },
      spec: { maturity: 'graduated', category: expect.any(String) },
    });
    expect(opa?.spec?.homepage).toMatch(/^https:\/\//);
    expect(names).not.toContain('cncf'); // members and certifications are no technologies
  });

  it('landscape: filters to CNCF projects of some categories', async () => {
    const { options: opts } = options(sharedData('cncf-landscape.yml'));
    const connection = await ingest(
      new LandscapeTechnologyProvider(opts, {
        onlyCncfProjects: true,
        categories: ['App Definition and Development'],
      }),
    );
    expect(connection.entities.length).toBeGreaterThan(20);
    expect(
      connection.entities.every(
        t =>
          t.spec?.maturity &&
          t.spec?.category === 'App Definition and Development',
      ),
    ).toBe(true);
  });

  it('sched: the EU 2026 schedule and its co-located events, speakers split off and entities decoded', async () => {
    const main = await ingest(
      new ScheduleTalkProvider(
        'sched',
        options(sharedData('kubecon-eu-2026-amsterdam-sched.json')).options,
        { conference: 'kubecon-eu-2026', format: 'sched-json' },
      ),
    );
    const colocated = await ingest(
      new ScheduleTalkProvider(
        'sched',
        options(sharedData('kubecon-eu-2026-colocated-sched.json')).options,
        { conference: 'kubecon-eu-2026-colocated', format: 'sched-json' },
      ),
    );
    const talks = [
      ...byKind(main.entities, 'Talk'),
      ...byKind(colocated.entities, 'Talk'),
    ];
    expect(byKind(main.entities, 'Talk')).toHaveLength(606);
    expect(byKind(colocated.entities, 'Talk')).toHaveLength(274);
    expect(byKind(main.entities, 'Conference')).toHaveLength(1);
    expect(
      talks.some(t =>
        /&amp;|&#39;|&quot;/.test(
          `${t.metadata.title} ${t.metadata.description}`,
        ),
      ),
    ).toBe(false);
    const withSpeakers = talks.filter(
      t => (t.spec?.speakers as unknown[] | undefined)?.length,
    );
    expect(withSpeakers.length).toBeGreaterThan(700);
    // the speakers Sched appends to titles are split off
    for (const talk of withSpeakers) {
      const speakers = talk.spec!.speakers as { name: string }[];
      expect(talk.metadata.title).not.toMatch(
        new RegExp(
          ` - .*${speakers[0].name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
        ),
      );
    }
  });

  it('sched: the iCalendar feed with folded lines, and the CSV session list', async () => {
    const ics = await ingest(
      new ScheduleTalkProvider(
        'sched',
        options(sharedData('sample-sched.ics')).options,
        {
          conference: 'kubecon-eu-2026',
          timeZone: 'Europe/Amsterdam',
          format: 'sched-ics',
        },
      ),
    );
    const icsTalks = byKind(ics.entities, 'Talk');
    expect(icsTalks).toHaveLength(596);
    // folded lines are unfolded: no line break and space inside a title
    expect(icsTalks.some(t => /\n /.test(t.metadata.title!))).toBe(false);
    expect(icsTalks.every(t => !/\\[,;n]/.test(t.metadata.title!))).toBe(true);

    const csv = await ingest(
      new ScheduleTalkProvider(
        'sched',
        options(sharedData('sample-sched-api-session-list.csv')).options,
        {
          conference: 'sched-csv-2019',
          timeZone: 'America/New_York',
          format: 'sched-csv',
        },
      ),
    );
    expect(byKind(csv.entities, 'Talk')).toHaveLength(355);
  });

  it('sessionize: sessions with speakers resolved and recordings as videos', async () => {
    const connection = await ingest(
      new ScheduleTalkProvider(
        'sessionize',
        options(sharedData('sample-sessionize.json')).options,
        {
          conference: 'global-azure-2022',
          timeZone: 'Europe/Vienna',
          format: 'sessionize',
        },
      ),
    );
    const talks = byKind(connection.entities, 'Talk');
    expect(talks).toHaveLength(24);
    expect(
      talks.filter(t => (t.spec?.speakers as unknown[] | undefined)?.length)
        .length,
    ).toBeGreaterThan(20);
  });

  it('archive: the security talks with their YouTube links, one conference per event', async () => {
    const connection = await ingest(
      new TalkArchiveProvider(
        options(
          sharedData('cncf-security-talks-2016-2025-with-video.json'),
        ).options,
      ),
    );
    const talks = byKind(connection.entities, 'Talk');
    expect(talks).toHaveLength(426);
    expect(byKind(connection.entities, 'Conference')).toHaveLength(25);
    const videos = talks.filter(t =>
      /^https:\/\/www\.youtube\.com\/watch\?v=/.test(String(t.spec?.video)),
    );
    expect(videos).toHaveLength(418);
  });

  it('is idempotent: the same source gives the same entities', async () => {
    const source = sharedData('kubecon-eu-2026-colocated-sched.json');
    const provider = () =>
      new ScheduleTalkProvider('sched', options(source).options, {
        conference: 'c',
        format: 'sched-json',
      });
    const first = await ingest(provider());
    const second = await ingest(provider());
    expect(second.entities).toEqual(first.entities);
  });

  it('file: our curated talks format, as the demo uses it', async () => {
    const connection = await ingest(
      new CuratedTalksProvider(
        options(
          resolve(REPO_ROOT, 'examples/curated/curated-talks.yaml'),
        ).options,
      ),
    );
    expect(connection.entities.map(e => e.metadata.name)).toEqual([
      'jaeger',
      'thanos',
      'linkerd',
      'envoy',
      'cert-manager',
    ]);
  });
});

describe('faults: entity providers when the source fails', () => {
  let server: Server;
  let baseUrl: string;
  let respond: (res: import('http').ServerResponse) => void;

  beforeAll(async () => {
    server = createServer((_req, res) => respond(res));
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise(r => server.close(r));
  });

  const goodSchedule = JSON.stringify({
    conference: 'Test Conf',
    types: {
      Keynote: {
        events: [
          {
            url: 'https://test.sched.com/event/a1',
            title: 'Argo CD at scale - Ana Example, Acme',
            date_time: '2026-03-24 09:00',
            start_date: '2026-03-24',
            speakers: [{ name: 'Ana Example', title: 'Acme' }],
          },
        ],
      },
    },
  });

  it.each([
    ['an HTTP 500', (res: any) => res.writeHead(500).end('oops'), /500/],
    ['a timeout', () => {}, /within 300ms/],
    [
      'a malformed body',
      (res: any) => res.writeHead(200).end('{"types": [1, 2'),
      /not valid JSON/,
    ],
    [
      'half a document',
      (res: any) => res.writeHead(200).end(goodSchedule.slice(0, 80)),
      /not valid JSON/,
    ],
    [
      'a reset connection',
      (res: any) => res.socket.destroy(),
      /socket hang up|ECONNRESET|other side closed|fetch failed/i,
    ],
    [
      'invalid UTF-8',
      (res: any) => res.writeHead(200).end(Buffer.from([0x7b, 0xff, 0xfe])),
      /not valid UTF-8/,
    ],
  ])(
    'keeps the entities ingested last on %s, and recovers',
    async (_, fail, message) => {
      const source = `${baseUrl}/sched.json`;
      const { options: opts, logger } = options(source, { timeoutMs: 300 });
      const provider = new ScheduleTalkProvider('sched', opts, {
        conference: 'test-conf',
        format: 'sched-json',
      });
      const connection = new RecordingConnection();
      await provider.connect(connection);

      respond = res => res.writeHead(200).end(goodSchedule);
      await provider.refresh();
      expect(connection.mutations).toHaveLength(1);
      const good = connection.entities;
      expect(byKind(good, 'Talk')).toHaveLength(1);

      respond = fail;
      await provider.refresh();
      expect(connection.mutations).toHaveLength(1); // nothing replaced, nothing wiped
      expect(logger.error).toHaveBeenCalledWith(
        expect.stringMatching(
          new RegExp(
            `^conference-learnings-sched:test: could not ingest ${source.replace(
              /[.?]/g,
              '\\$&',
            )}, keeping the entities ingested last: .*${message.source}`,
            'i',
          ),
        ),
      );

      respond = res => res.writeHead(200).end(goodSchedule);
      await provider.refresh();
      expect(connection.mutations).toHaveLength(2);
      expect(connection.entities).toEqual(good);
    },
  );

  it('never applies an empty mutation', async () => {
    const { options: opts, logger } = options(`${baseUrl}/landscape.yml`);
    const provider = new LandscapeTechnologyProvider(opts, {
      categories: ['No Such Category'],
    });
    const connection = new RecordingConnection();
    await provider.connect(connection);
    respond = res =>
      res
        .writeHead(200)
        .end('landscape:\n  - name: Provisioning\n    subcategories: []\n');
    await provider.refresh();
    expect(connection.mutations).toHaveLength(0);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining('the source gives no entities'),
    );
  });

  it('reports an unreachable host', async () => {
    const source = 'http://127.0.0.1:1/landscape.yml';
    const { options: opts, logger } = options(source);
    const connection = await ingest(new LandscapeTechnologyProvider(opts));
    expect(connection.mutations).toHaveLength(0);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining(
        `conference-learnings-landscape:test: could not ingest ${source}`,
      ),
    );
  });
});

describe('faults: every provider format when its source fails', () => {
  let server: Server;
  let baseUrl: string;
  let respond: (res: ServerResponse) => void;

  beforeAll(async () => {
    server = createServer((_req, res) => respond(res));
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise(r => server.close(r));
  });

  const FAULTS: [
    string,
    (document: string) => (res: ServerResponse) => void,
  ][] = [
    ['an HTTP 500', () => res => res.writeHead(500).end('oops')],
    ['a timeout', () => () => {}],
    ['a reset connection', () => res => res.socket?.destroy()],
    [
      // The connection dies mid-body: fewer bytes than announced.
      'half a document',
      document => res => {
        res.writeHead(200, {
          'content-length': String(Buffer.byteLength(document)),
        });
        res.write(document.slice(0, Math.floor(document.length / 2)));
        setTimeout(() => res.socket?.destroy(), 20);
      },
    ],
  ];

  it.each(
    FORMATS.flatMap(format =>
      FAULTS.map(
        ([fault, fail]) => [format.name, fault, format, fail] as const,
      ),
    ),
  )(
    '%s: keeps the entities ingested last on %s, and recovers',
    async (_name, _fault, format, fail) => {
      const source = `${baseUrl}${format.path}`;
      const { options: opts, logger } = options(source, { timeoutMs: 300 });
      const provider = format.provider(opts);
      const connection = new RecordingConnection();
      await provider.connect(connection);
      const document = format.document(GOOD);

      respond = res => res.writeHead(200).end(document);
      await provider.refresh();
      expect(connection.mutations).toHaveLength(1);
      const good = connection.entities;
      expect(good).toHaveLength(format.entityCount(GOOD.length));

      respond = fail(document);
      await provider.refresh();
      expect(connection.mutations).toHaveLength(1); // nothing replaced, nothing wiped
      expect(logger.error).toHaveBeenCalledWith(
        expect.stringContaining(
          `could not ingest ${source}, keeping the entities ingested last`,
        ),
      );

      respond = res => res.writeHead(200).end(document);
      await provider.refresh();
      expect(connection.mutations).toHaveLength(2);
      expect(connection.entities).toEqual(good);
    },
  );
});
