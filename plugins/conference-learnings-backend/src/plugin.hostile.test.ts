import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { parseEntityYaml } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  Learning,
  LearningsPage,
  RankedTalksPage,
  TalkLink,
} from '@conference-learnings/plugin-conference-learnings-common';
import fc from 'fast-check';
import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { loadDemoCatalog, loadDemoEntities } from './__testUtils__/demoCatalog';
import { conferenceLearningsPlugin } from './plugin';

/*
 * The REST API against hostile callers: requests without or with bad
 * credentials, users who try to act as others, hostile bodies and parameters,
 * and generated requests (fast-check) over the request schemas of
 * `schema/openapi.yaml`. Every answer is a documented status with a JSON body
 * (the Backstage error shape for errors), never a 5xx, and nothing stored before
 * is lost.
 */

jest.setTimeout(120_000);

const BASE = '/api/conference-learnings';
const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
/** The demo catalog's guest user, the least privileged caller. */
const GUEST = 'user:default/guest';
const asUser = (ref: string) => mockCredentials.user.header(ref);

const demo = loadDemoEntities();
const namesOf = (kind: string) =>
  demo.filter(e => e.kind === kind).map(e => e.metadata.name);
/** Every demo talk, technology and component, by name (all in `default`). */
const TALKS = namesOf('Talk');
const TECHNOLOGIES = namesOf('Technology');
const COMPONENTS = namesOf('Component');
/** The talk and entity that fill path parameters. */
const TALK = 'kubecon-india-2024-expedia-gitops-argocd-30k-apps';
const ENTITY = 'shipment-tracker';
const CONFERENCE = 'kubecon-india-2024';

// ---------------------------------------------------------------------------
// The routes, from the OpenAPI spec: a route added there is covered here.

type Schema = Record<string, any>;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface Parameter {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
}

interface Route {
  method: Method;
  path: string;
  /** `GET /talks`, for test names */
  label: string;
  operation: Schema;
  parameters: Parameter[];
  /** The name of the request body schema, for routes that take a body */
  bodySchema?: string;
}

function loadSpec(): Schema {
  const file = path.join(__dirname, 'schema', 'openapi.yaml');
  for (const result of parseEntityYaml(fs.readFileSync(file), {
    type: 'file',
    target: file,
  })) {
    if (result.type === 'entity') return result.entity as Schema;
  }
  throw new Error('openapi.yaml has no document');
}

const SPEC = loadSpec();

const resolve = (value: Schema, section: string): Schema =>
  value.$ref
    ? SPEC.components[section][value.$ref.replace(/^.*\//, '')]
    : value;

const ROUTES: Route[] = Object.entries<Schema>(SPEC.paths).flatMap(
  ([routePath, item]) =>
    Object.entries<Schema>(item)
      .filter(([method]) => method !== 'parameters')
      .map(([method, operation]) => {
        const body =
          operation.requestBody?.content?.['application/json']?.schema;
        return {
          method: method as Method,
          path: routePath,
          label: `${method.toUpperCase()} ${routePath}`,
          operation,
          parameters: [
            ...(item.parameters ?? []),
            ...(operation.parameters ?? []),
          ].map(p => resolve(p, 'parameters') as Parameter),
          ...(body ? { bodySchema: body.$ref.replace(/^.*\//, '') } : {}),
        };
      }),
);

const routeTable = (routes: Route[]) =>
  routes.map(route => [route.label, route] as const);
const isRead = (route: Route) => route.method === 'get';
/** Writes, and the reads about the caller (`/me/…`), document a 403 for services. */
const needsUser = (route: Route) => '403' in route.operation.responses;
const pathParameters = (route: Route) =>
  route.parameters.filter(p => p.in === 'path').map(p => p.name);
const queryParameters = (route: Route) =>
  route.parameters.filter(p => p.in === 'query').map(p => p.name);
const BODY_ROUTES = ROUTES.filter(route => route.bodySchema);
const QUERY_ROUTES = ROUTES.filter(
  route => isRead(route) && queryParameters(route).length > 0,
);
const PATH_ROUTES = ROUTES.filter(route => pathParameters(route).length > 0);

/** Statuses the spec documents for a route. */
const documented = (route: Route) =>
  Object.keys(route.operation.responses).map(Number);

/** Real demo values for the path parameters of a route. */
function pathValues(route: Route, learningId: string): Record<string, string> {
  const talkRoute = route.path.startsWith('/talks/');
  const technologyRoute = route.path.startsWith('/technologies/');
  const conferenceRoute = route.path.startsWith('/conferences/');
  return {
    kind: 'component',
    namespace: 'default',
    name:
      (talkRoute && TALK) ||
      (technologyRoute && 'argo') ||
      (conferenceRoute && CONFERENCE) ||
      ENTITY,
    talkNamespace: 'default',
    talkName: TALK,
    id: learningId,
  };
}

function fillPath(route: Route, values: Record<string, string>): string {
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (values[name] === undefined) {
      throw new Error(`No test value for {${name}} of ${route.label}`);
    }
    return values[name];
  });
}

/** Values of required query parameters. */
const REQUIRED_QUERY: Record<string, string> = { talk: TALK };

function requiredQuery(route: Route): string {
  const required = route.parameters.filter(p => p.in === 'query' && p.required);
  const pairs = required.map(p => {
    if (!REQUIRED_QUERY[p.name]) {
      throw new Error(`No test value for ?${p.name} of ${route.label}`);
    }
    return [p.name, REQUIRED_QUERY[p.name]];
  });
  return pairs.length ? `?${new URLSearchParams(pairs)}` : '';
}

/** A valid body per request schema. */
const VALID_BODIES: Record<string, object> = {
  CreateTalkLinkRequest: { talkRef: 'kubecon-eu-2024-cncf-docs-audit' },
  CreateLearningRequest: { body: 'A valid learning' },
  UpdateLearningRequest: { body: 'A valid edit' },
};

function validBody(route: Route): object | undefined {
  if (!route.bodySchema) return undefined;
  const body = VALID_BODIES[route.bodySchema];
  if (!body) throw new Error(`No valid body for ${route.bodySchema}`);
  return body;
}

// ---------------------------------------------------------------------------
// The backend and how to call it.

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

async function start(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  const { server } = await startTestBackend({
    features: [
      conferenceLearningsPlugin,
      mockServices.database.factory({ knex }),
      catalogServiceMock.factory({ entities: await loadDemoCatalog() }),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
    ],
  });
  return server;
}

type Server = Awaited<ReturnType<typeof start>>;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: any;
  text: string;
}

interface CallOptions {
  /** The Authorization header(s); Alice's by default, none with null */
  auth?: string | string[] | null;
  /** Sent as JSON */
  body?: unknown;
  /** Sent as is, with `contentType` if given */
  raw?: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

/**
 * One request, on a plain HTTP client so that bodies (raw bytes), content types
 * and repeated headers are exactly what the test says.
 */
async function call(
  server: Server,
  method: Method,
  url: string,
  options: CallOptions = {},
): Promise<Reply> {
  // A list of Authorization values is sent as that many headers.
  const headers: NodeJS.Dict<http.OutgoingHttpHeader> = { ...options.headers };
  const auth = options.auth === undefined ? asUser(ALICE) : options.auth;
  if (auth !== null) headers.authorization = auth;
  let payload: Buffer | undefined;
  if (options.body !== undefined) {
    payload = Buffer.from(JSON.stringify(options.body));
    headers['content-type'] = 'application/json';
  } else if (options.raw !== undefined) {
    payload = Buffer.from(options.raw);
    if (options.contentType) headers['content-type'] = options.contentType;
  }
  if (payload) headers['content-length'] = payload.length;
  const { port } = server.address() as AddressInfo;
  return new Promise((resolvePromise, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: method.toUpperCase(),
        path: `${BASE}${url}`,
        headers,
      },
      res => {
        const chunks: Buffer[] = [];
        res.on('data', chunk => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            body = undefined;
          }
          resolvePromise({
            status: res.statusCode!,
            headers: res.headers,
            body,
            text,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const JSON_TYPE = /^application\/json; charset=utf-8$/;
const ATOM_TYPE = /^application\/atom\+xml; charset=utf-8$/;

/** The content type of a route's successful answers: JSON, or Atom for feeds. */
function successType(route: Route): RegExp {
  const success = Object.entries<Schema>(route.operation.responses).find(
    ([status]) => status.startsWith('2'),
  )?.[1];
  return success?.content?.['application/atom+xml'] ? ATOM_TYPE : JSON_TYPE;
}

/** What the checks of an answer look at. */
const answerOf = (res: Reply) => ({
  status: res.status,
  contentType: res.headers['content-type'],
  error: res.body?.error,
});

/** An error answer: the status, a JSON body of the Backstage error shape, and a message that says what is wrong. */
const anError = (
  status: number,
  message: string | RegExp,
  name: string = expect.any(String),
) => ({
  status,
  contentType: expect.stringMatching(JSON_TYPE),
  error: expect.objectContaining({
    name,
    message:
      typeof message === 'string'
        ? expect.stringContaining(message)
        : expect.stringMatching(message),
  }),
});

/**
 * What is wrong with an answer to a generated request: a status the spec does
 * not document or a 5xx, a body that is not JSON (or, for a
 * successful feed, not Atom), an error without name or
 * message. Empty when nothing is.
 */
function problemsOf(
  res: Reply,
  documentedStatuses: number[],
  success: RegExp = JSON_TYPE,
): string[] {
  const problems: string[] = [];
  if (res.status >= 500 || !documentedStatuses.includes(res.status)) {
    problems.push(`status ${res.status}: ${res.text.slice(0, 300)}`);
  }
  if (
    res.status !== 204 &&
    !(res.status < 400 ? success : JSON_TYPE).test(
      res.headers['content-type'] ?? '',
    )
  ) {
    problems.push(`content-type ${res.headers['content-type']}`);
  }
  const error = res.body?.error;
  if (
    res.status >= 400 &&
    !(
      typeof error?.name === 'string' &&
      typeof error?.message === 'string' &&
      error.message
    )
  ) {
    problems.push(`not the error shape: ${res.text.slice(0, 300)}`);
  }
  return problems;
}

/** Every learning, through the API, newest first. */
async function allLearnings(server: Server): Promise<Learning[]> {
  const items: Learning[] = [];
  for (;;) {
    const res = await call(
      server,
      'get',
      `/learnings?limit=100&offset=${items.length}`,
    );
    expect(res.status).toBe(200);
    const page: LearningsPage = res.body;
    items.push(...page.items);
    if (!page.items.length || items.length >= page.totalCount) return items;
  }
}

/** The links of a component, through the API. */
async function linksOf(server: Server, component: string) {
  const res = await call(
    server,
    'get',
    `/entities/component/default/${component}/talks?limit=100`,
  );
  expect(res.status).toBe(200);
  const page: RankedTalksPage = res.body;
  return [
    ...page.items.flatMap(item => (item.link ? [item.link] : [])),
    ...page.orphanedLinks,
  ];
}

async function learningOn(server: Server, talk: string, id: string) {
  const res = await call(
    server,
    'get',
    `/talks/default/${talk}/learnings?limit=100`,
  );
  expect(res.status).toBe(200);
  return (res.body as LearningsPage).items.find(l => l.id === id);
}

async function createLearning(
  server: Server,
  talk: string,
  body: string,
  author = ALICE,
): Promise<Learning> {
  const res = await call(server, 'post', `/talks/default/${talk}/learnings`, {
    body: { body },
    auth: asUser(author),
  });
  expect(res.status).toBe(201);
  return res.body;
}

async function createLink(
  server: Server,
  component: string,
  talk: string,
  note?: string,
): Promise<TalkLink> {
  const res = await call(
    server,
    'post',
    `/entities/component/default/${component}/links`,
    { body: { talkRef: talk, ...(note ? { note } : {}) } },
  );
  expect(res.status).toBe(201);
  return res.body;
}

/** The time a write was made at, as the server says, within the test's clock readings around it. */
function expectServerTime(
  iso: string | undefined,
  before: number,
  after: number,
) {
  const at = Date.parse(iso ?? '');
  expect(at).toBeGreaterThanOrEqual(before);
  expect(at).toBeLessThanOrEqual(after);
}

/** Distinct component–talk pairs for links, so that no write is a 409 by accident. */
function linkPairs(components: string[]) {
  let next = 0;
  return () => {
    const pair = {
      component:
        components[Math.floor(next / TALKS.length) % components.length],
      talk: TALKS[next % TALKS.length],
    };
    next++;
    return pair;
  };
}

// ---------------------------------------------------------------------------

describe('auth: every route', () => {
  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let server: Server;
    /** Alice's learning and link, which nothing here may change */
    let learning: Learning;
    let link: TalkLink;

    beforeAll(async () => {
      server = await start(databaseId as TestDatabaseId);
      learning = await createLearning(server, TALK, 'Shard the controller');
      link = await createLink(server, ENTITY, TALK, 'Same GitOps setup');
    });

    /** What the callers below must not change. */
    const expectUnchanged = async () => {
      expect(await learningOn(server, TALK, learning.id)).toEqual(learning);
      expect(await linksOf(server, ENTITY)).toContainEqual({
        ...link,
        talk: undefined,
      });
    };

    const send = (route: Route, auth: CallOptions['auth']) =>
      call(
        server,
        route.method,
        fillPath(route, pathValues(route, learning.id)) + requiredQuery(route),
        { auth, body: validBody(route) },
      );

    it.each(routeTable(ROUTES))(
      '%s answers 401 without credentials',
      async (_, route) => {
        expect(answerOf(await send(route, null))).toEqual(
          anError(401, 'Missing credentials', 'AuthenticationError'),
        );
        await expectUnchanged();
      },
    );

    const MALFORMED: [string, string][] = [
      ['an unknown bearer token', 'Bearer not-a-token'],
      ['an invalid user token', mockCredentials.user.invalidHeader()],
      ['an empty bearer token', 'Bearer '],
      ['a bearer token with a space', 'Bearer two parts'],
      ['Basic credentials', 'Basic YWxpY2U6c2VjcmV0'],
    ];

    it.each(
      ROUTES.flatMap(route =>
        MALFORMED.map(([what, header]) => [route.label, what, route, header]),
      ) as [string, string, Route, string][],
    )('%s answers 401 to %s', async (_, __, route, header) => {
      expect(answerOf(await send(route, header))).toEqual(
        anError(401, /credentials|token/i, 'AuthenticationError'),
      );
    });

    it.each(routeTable(ROUTES.filter(route => !needsUser(route))))(
      '%s allows service credentials',
      async (_, route) => {
        const res = await send(route, mockCredentials.service.header());
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toMatch(successType(route));
      },
    );

    it.each(routeTable(ROUTES.filter(needsUser)))(
      '%s needs a user: service credentials get a 403',
      async (_, route) => {
        const res = await send(route, mockCredentials.service.header());
        expect(answerOf(res)).toEqual(
          anError(
            403,
            "This endpoint does not allow 'service' credentials",
            'NotAllowedError',
          ),
        );
        await expectUnchanged();
      },
    );

    it("a user cannot edit or delete another user's learning (403), which stays as it was", async () => {
      const edit = await call(server, 'patch', `/learnings/${learning.id}`, {
        body: { body: 'Vandalised', technologyRefs: ['kubernetes'] },
        auth: asUser(BOB),
      });
      expect(answerOf(edit)).toEqual(
        anError(
          403,
          `Only the author of learning ${learning.id}`,
          'NotAllowedError',
        ),
      );
      const remove = await call(server, 'delete', `/learnings/${learning.id}`, {
        auth: asUser(BOB),
      });
      expect(answerOf(remove)).toEqual(
        anError(403, 'Only the author', 'NotAllowedError'),
      );
      await expectUnchanged();
    });

    /** Headers some proxies or apps use to say who the user is. */
    const IDENTITY_HEADERS = [
      'x-backstage-user',
      'x-forwarded-user',
      'x-user',
      'x-remote-user',
      'x-auth-request-user',
      'backstage-user',
    ];
    /** Each way the guest claims to be Alice in a header. */
    const CLAIMS: [string, Partial<CallOptions>][] = [
      ...IDENTITY_HEADERS.map(
        header =>
          [header, { headers: { [header]: ALICE } }] as [
            string,
            Partial<CallOptions>,
          ],
      ),
      [
        'a second Authorization header',
        { auth: [asUser(GUEST), asUser(ALICE)] },
      ],
    ];

    describe('the guest cannot escalate through headers', () => {
      const pairs = linkPairs(['warehouse-inventory']);

      it.each(CLAIMS)(
        'with %s, what the guest writes is theirs, at the server time',
        async (_, claim) => {
          const as = { auth: asUser(GUEST), ...claim };
          const { component, talk } = pairs();
          let before = Date.now();
          const linked = await call(
            server,
            'post',
            `/entities/component/default/${component}/links`,
            { ...as, body: { talkRef: talk } },
          );
          let after = Date.now();
          expect(linked.status).toBe(201);
          expect(linked.body.createdBy).toBe(GUEST);
          expectServerTime(linked.body.createdAt, before, after);
          expect(await linksOf(server, component)).toContainEqual(
            expect.objectContaining({ id: linked.body.id, createdBy: GUEST }),
          );

          before = Date.now();
          const created = await call(
            server,
            'post',
            `/talks/default/${talk}/learnings`,
            { ...as, body: { body: 'Written by the guest' } },
          );
          after = Date.now();
          expect(created.status).toBe(201);
          expect(created.body.createdBy).toBe(GUEST);
          expectServerTime(created.body.createdAt, before, after);

          before = Date.now();
          const edited = await call(
            server,
            'patch',
            `/learnings/${created.body.id}`,
            { ...as, body: { body: 'Edited by the guest' } },
          );
          after = Date.now();
          expect(edited.status).toBe(200);
          expect(edited.body).toMatchObject({
            createdBy: GUEST,
            createdAt: created.body.createdAt,
            updatedBy: GUEST,
          });
          expectServerTime(edited.body.updatedAt, before, after);
          expect(await learningOn(server, talk, created.body.id)).toEqual(
            edited.body,
          );
        },
      );

      it.each(CLAIMS)(
        "with %s, the guest still cannot edit or delete Alice's learning",
        async (_, claim) => {
          const as = { auth: asUser(GUEST), ...claim };
          expect(
            answerOf(
              await call(server, 'patch', `/learnings/${learning.id}`, {
                ...as,
                body: { body: 'Taken over' },
              }),
            ),
          ).toEqual(anError(403, 'Only the author'));
          expect(
            answerOf(
              await call(server, 'delete', `/learnings/${learning.id}`, as),
            ),
          ).toEqual(anError(403, 'Only the author'));
          await expectUnchanged();
        },
      );

      it('Authorization values joined in one header are no credentials (401)', async () => {
        const res = await call(
          server,
          'post',
          `/talks/default/${TALK}/learnings`,
          {
            auth: `${asUser(GUEST)}, ${asUser(ALICE)}`,
            body: { body: 'Whose?' },
          },
        );
        expect(answerOf(res)).toEqual(anError(401, 'Missing credentials'));
      });
    });

    describe('the guest cannot escalate through body fields: each is rejected with a 400 that names it', () => {
      /** Fields that would say who wrote what, when, or with which rights. */
      const FIELDS: [string, unknown][] = [
        ['author', ALICE],
        ['authorRef', ALICE],
        ['createdBy', ALICE],
        ['updatedBy', ALICE],
        ['userEntityRef', ALICE],
        ['id', '00000000-0000-4000-8000-000000000000'],
        ['createdAt', '2000-01-01T00:00:00.000Z'],
        ['updatedAt', '2000-01-01T00:00:00.000Z'],
        ['permissions', ['conference-learnings.learning.update']],
      ];
      const WRITES: [string, string][] = [
        ['POST link', 'talkRef, note'],
        ['POST learning', 'body, technologyRefs'],
        ['PATCH learning', 'body, technologyRefs'],
      ];

      it.each(
        WRITES.flatMap(([write, allowed]) =>
          FIELDS.map(([field, value]) => [write, field, value, allowed]),
        ) as [string, string, unknown, string][],
      )('%s with %s', async (write, field, value, allowed) => {
        const as = { auth: asUser(GUEST) };
        const talk = 'kubecon-eu-2024-opening-keynote';
        const before = {
          links: await linksOf(server, 'dock-scheduler'),
          learnings: await allLearnings(server),
        };
        let res: Reply;
        if (write === 'POST link') {
          res = await call(
            server,
            'post',
            '/entities/component/default/dock-scheduler/links',
            { ...as, body: { talkRef: talk, [field]: value } },
          );
        } else if (write === 'POST learning') {
          res = await call(server, 'post', `/talks/default/${talk}/learnings`, {
            ...as,
            body: { body: 'Mine', [field]: value },
          });
        } else {
          const own = await createLearning(server, talk, 'Own', GUEST);
          before.learnings = await allLearnings(server);
          res = await call(server, 'patch', `/learnings/${own.id}`, {
            ...as,
            body: { body: 'Changed', [field]: value },
          });
        }
        expect(answerOf(res)).toEqual(
          anError(
            400,
            `Unknown field ${field}; allowed: ${allowed}`,
            'InputError',
          ),
        );
        expect(await linksOf(server, 'dock-scheduler')).toEqual(before.links);
        expect(await allLearnings(server)).toEqual(before.learnings);
      });
    });
  });
});

// ---------------------------------------------------------------------------

type Write = 'link' | 'learning' | 'edit';
/** In a link body: a talk not linked yet. */
const FRESH = '<a fresh talk>';

/** Nested arrays, `depth` levels deep, as JSON text. */
const nestedArray = (depth: number) =>
  `${'['.repeat(depth)}${']'.repeat(depth)}`;
/** Nested objects `{"a":{"a":…}}`, `depth` levels deep, as JSON text. */
const nestedObject = (depth: number) =>
  `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('hostile input: API bodies and parameters', () => {
  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let server: Server;
    /** Alice's learning that every hostile edit below aims at */
    let target: Learning;
    let before: { learnings: Learning[]; links: TalkLink[] };
    const pairs = linkPairs(['warehouse-inventory', 'dock-scheduler']);

    beforeAll(async () => {
      server = await start(databaseId as TestDatabaseId);
      target = await createLearning(server, TALK, '# Shard the controller');
      await createLearning(server, TALK, 'ApplicationSets', BOB);
      await createLearning(
        server,
        'kubecon-eu-2024-opening-keynote',
        'Ten years of Kubernetes',
      );
      await createLink(server, ENTITY, TALK, 'Same GitOps setup');
      await createLink(server, ENTITY, 'kubecon-eu-2024-opening-keynote');
      before = {
        learnings: await allLearnings(server),
        links: await linksOf(server, ENTITY),
      };
    });

    /**
     * Sends one hostile body to one of the three body-taking routes: a new link
     * (`talkRef: FRESH` becomes a talk not linked yet), a new learning, or an
     * edit of the target learning.
     */
    const write = (kind: Write, options: CallOptions) => {
      if (kind === 'link') {
        const { component, talk } = pairs();
        const body = options.body as Record<string, unknown> | undefined;
        return call(
          server,
          'post',
          `/entities/component/default/${component}/links`,
          body?.talkRef === FRESH
            ? { ...options, body: { ...body, talkRef: talk } }
            : options,
        );
      }
      if (kind === 'learning') {
        return call(
          server,
          'post',
          `/talks/default/${TALK}/learnings`,
          options,
        );
      }
      return call(server, 'patch', `/learnings/${target.id}`, options);
    };

    describe('HTML and <script> in notes and learnings are stored and served as JSON text, byte for byte', () => {
      const PAYLOADS = [
        '<script>alert(1)</script>',
        '<img src=x onerror="alert(document.cookie)">',
        '"><svg/onload=alert(1)>',
        '<a href="javascript:alert(1)">click</a>',
        '[link](javascript:alert(1)) ![x](data:text/html,<script>alert(1)</script>)',
        '&lt;b&gt;escaped&lt;/b&gt; &amp; <b>raw</b> <!-- comment -->',
        "'; DROP TABLE learnings; --",
        '{{constructor.constructor("alert(1)")()}} ${process.exit(1)}',
        '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>',
        'right-to-left \u202Eevil\u202C and zero\u200Bwidth',
      ];

      it.each(PAYLOADS)('%s', async payload => {
        const created = await call(
          server,
          'post',
          `/talks/default/${TALK}/learnings`,
          { body: { body: payload } },
        );
        expect(created.status).toBe(201);
        expect(created.headers['content-type']).toMatch(JSON_TYPE);
        expect(created.body.body).toBe(payload);
        expect((await learningOn(server, TALK, created.body.id))?.body).toBe(
          payload,
        );

        const edited = await call(
          server,
          'patch',
          `/learnings/${created.body.id}`,
          { body: { body: `${payload}${payload}` } },
        );
        expect(edited.status).toBe(200);
        expect(edited.headers['content-type']).toMatch(JSON_TYPE);
        expect(edited.body.body).toBe(`${payload}${payload}`);

        const { component, talk } = pairs();
        const linked = await call(
          server,
          'post',
          `/entities/component/default/${component}/links`,
          { body: { talkRef: talk, note: payload } },
        );
        expect(linked.status).toBe(201);
        expect(linked.headers['content-type']).toMatch(JSON_TYPE);
        expect(linked.body.note).toBe(payload);
        const ranked = await call(
          server,
          'get',
          `/entities/component/default/${component}/talks?limit=100`,
        );
        expect(ranked.headers['content-type']).toMatch(JSON_TYPE);
        const item = (ranked.body as RankedTalksPage).items.find(
          i => i.link?.id === linked.body.id,
        );
        expect(item?.link?.note).toBe(payload);
        expect(item?.reasons[0]).toMatchObject({ type: 'link', note: payload });
      });
    });

    describe('oversized bodies and fields: 413 or 400 that says so', () => {
      const MB = 1024 * 1024;
      const TOO_LARGE = 'request entity too large';
      it.each([
        [
          'a 1 MB learning',
          'learning',
          { body: 'x'.repeat(MB) },
          413,
          TOO_LARGE,
        ],
        [
          'a 1 MB link note',
          'link',
          { talkRef: FRESH, note: 'x'.repeat(MB) },
          413,
          TOO_LARGE,
        ],
        ['a 1 MB edit', 'edit', { body: 'x'.repeat(MB) }, 413, TOO_LARGE],
        [
          'a 10 MB learning',
          'learning',
          { body: 'x'.repeat(10 * MB) },
          413,
          TOO_LARGE,
        ],
        [
          '10 MB of technology refs',
          'edit',
          { technologyRefs: Array.from({ length: MB }, () => 'argo') },
          413,
          TOO_LARGE,
        ],
        [
          'a learning of 10,001 characters',
          'learning',
          { body: 'x'.repeat(10_001) },
          400,
          'body must be at most 10000 characters long',
        ],
        [
          'an edit of 10,001 emoji',
          'edit',
          { body: '🚀'.repeat(10_001) },
          400,
          'body must be at most 10000 characters long',
        ],
        [
          'a learning of 200,000 characters (under the body limit)',
          'learning',
          { body: 'x'.repeat(200_000) },
          400,
          'body must be at most 10000 characters long',
        ],
        [
          'a link note of 2,001 characters',
          'link',
          { talkRef: FRESH, note: 'x'.repeat(2_001) },
          400,
          'note must be at most 2000 characters long',
        ],
        [
          '21 technologies',
          'learning',
          { body: 'x', technologyRefs: TECHNOLOGIES.slice(0, 21) },
          400,
          'technologyRefs may name at most 20 items',
        ],
      ] as [string, Write, object, number, string][])(
        '%s',
        async (_, kind, body, status, message) => {
          expect(answerOf(await write(kind, { body }))).toEqual(
            anError(status, message),
          );
        },
      );
    });

    describe('deeply nested JSON: 400 that names the field', () => {
      it.each([
        [
          'a body of arrays 10,000 levels deep',
          'learning',
          nestedArray(10_000),
          'The request body must be a JSON object',
        ],
        [
          'a body of arrays 100,000 levels deep',
          'edit',
          nestedArray(100_000),
          'The request body must be a JSON object',
        ],
        [
          'objects 10,000 levels deep',
          'edit',
          nestedObject(10_000),
          'Unknown field a',
        ],
        [
          'a talkRef 10,000 levels deep',
          'link',
          `{"talkRef":${nestedObject(10_000)}}`,
          'talkRef must be a string',
        ],
        [
          'a learning body 10,000 levels deep',
          'learning',
          `{"body":${nestedArray(10_000)}}`,
          'body must be a string',
        ],
        [
          'technologyRefs 10,000 levels deep',
          'edit',
          `{"technologyRefs":${nestedArray(10_000)}}`,
          'technologyRefs[0] must be a string',
        ],
      ] as [string, Write, string, string][])(
        '%s',
        async (_, kind, raw, message) => {
          expect(
            answerOf(
              await write(kind, { raw, contentType: 'application/json' }),
            ),
          ).toEqual(anError(400, message));
        },
      );
    });

    describe('wrong types for every field: 400 that names the field, or null read as absent', () => {
      const WRONG: [string, unknown][] = [
        ['a number', 42],
        ['an array', ['x']],
        ['an object', {}],
        ['null', null],
        ['a boolean', true],
      ];
      const A_STRING = (field: string) => `${field} must be a string`;
      const A_REF = (field: string) =>
        new RegExp(`^${field}(\\[\\d\\])? must be a string$`);
      const AN_ARRAY = 'technologyRefs must be an array';
      const A_BODY = 'body must be a string';
      const rows: [string, Write, object, string | RegExp][] = [];
      for (const [type, value] of WRONG) {
        const arrayOfIt = Array.isArray(value) ? [42] : value;
        rows.push(
          [`talkRef as ${type}`, 'link', { talkRef: value }, A_REF('talkRef')],
          [`body as ${type}`, 'learning', { body: value }, A_BODY],
          [
            `technologyRefs as ${
              Array.isArray(value) ? 'an array of numbers' : type
            }`,
            'learning',
            { body: 'x', technologyRefs: arrayOfIt },
            Array.isArray(value) ? A_REF('technologyRefs') : AN_ARRAY,
          ],
          [
            `a technology ref as ${type}`,
            'learning',
            { body: 'x', technologyRefs: ['argo', value] },
            A_REF('technologyRefs'),
          ],
          [`an edited body as ${type}`, 'edit', { body: value }, A_BODY],
          [
            `edited technologyRefs as ${
              Array.isArray(value) ? 'an array of numbers' : type
            }`,
            'edit',
            { technologyRefs: arrayOfIt },
            Array.isArray(value) ? A_REF('technologyRefs') : AN_ARRAY,
          ],
          [
            `an edited technology ref as ${type}`,
            'edit',
            { technologyRefs: [value] },
            A_REF('technologyRefs'),
          ],
          ...(value === null
            ? []
            : [
                [
                  `note as ${type}`,
                  'link',
                  { talkRef: FRESH, note: value },
                  A_STRING('note'),
                ] as [string, Write, object, string],
              ]),
        );
      }

      it.each(rows)('%s (%s)', async (_, kind, body, message) => {
        const res = await write(kind, { body });
        expect(answerOf(res)).toEqual(anError(400, message, 'InputError'));
      });

      it('note as null (link): read as no note', async () => {
        const res = await write('link', {
          body: { talkRef: FRESH, note: null },
        });
        expect(res.status).toBe(201);
        expect(res.body.note).toBeUndefined();
      });

      it.each(
        (['link', 'learning', 'edit'] as Write[]).flatMap(kind =>
          [
            ['a number', '42'],
            ['a string', '"text"'],
            ['null', 'null'],
            ['a boolean', 'true'],
            ['an array', '[{"body":"x","talkRef":"t"}]'],
          ].map(([type, raw]) => [kind, type, raw]),
        ),
      )(
        'a %s body that is %s: 400 saying it is not a JSON object',
        async (kind, _, raw) => {
          expect(
            answerOf(
              await write(kind as Write, {
                raw,
                contentType: 'application/json',
              }),
            ),
          ).toEqual(anError(400, /JSON/));
        },
      );
    });

    describe('entity refs with odd characters in bodies: 400 or 404 that names the ref', () => {
      const NOT_A_REF = (field: string) => `${field} is not a valid entity ref`;
      it.each([
        ['link', { talkRef: 'a:b:c' }, 400, NOT_A_REF('talkRef')],
        ['link', { talkRef: '../../etc/passwd' }, 400, NOT_A_REF('talkRef')],
        [
          'link',
          { talkRef: 'talk:default/<script>' },
          400,
          NOT_A_REF('talkRef'),
        ],
        ['link', { talkRef: 'talk:default/\u0000' }, 400, NOT_A_REF('talkRef')],
        ['link', { talkRef: '🚀' }, 400, NOT_A_REF('talkRef')],
        ['link', { talkRef: 'x'.repeat(300) }, 400, NOT_A_REF('talkRef')],
        ['link', { talkRef: '__proto__' }, 400, NOT_A_REF('talkRef')],
        [
          'link',
          { talkRef: `component:default/${ENTITY}` },
          400,
          'talkRef must refer to a Talk, not a component',
        ],
        [
          'link',
          { talkRef: 'talk:default/nope' },
          404,
          'No talk talk:default/nope',
        ],
        [
          'learning',
          { body: 'x', technologyRefs: ['technology:default/a b'] },
          400,
          NOT_A_REF('technologyRefs'),
        ],
        [
          'learning',
          { body: 'x', technologyRefs: ['%00'] },
          400,
          NOT_A_REF('technologyRefs'),
        ],
        [
          'learning',
          { body: 'x', technologyRefs: [`talk:default/${TALK}`] },
          400,
          'technologyRefs must refer to a Technology, not a talk',
        ],
        [
          'edit',
          { technologyRefs: ['argo', 'technology:default/cobol'] },
          400,
          'Unknown technology technology:default/cobol',
        ],
        [
          'edit',
          { technologyRefs: [' '] },
          400,
          'technologyRefs must be a non-empty entity ref string',
        ],
      ] as [Write, object, number, string][])(
        '%s with %j',
        async (kind, body, status, message) => {
          expect(answerOf(await write(kind, { body }))).toEqual(
            anError(status, message),
          );
        },
      );
    });

    describe('invalid UTF-8 and text no database stores: 400 that says so', () => {
      const BAD_BYTES: [string, number[]][] = [
        ['0xFF', [0xff]],
        ['a bad continuation byte', [0xc3, 0x28]],
        ['an overlong slash', [0xc0, 0xaf]],
        ['an encoded surrogate', [0xed, 0xa0, 0x80]],
        ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
        ['a truncated sequence', [0xe2, 0x82]],
      ];
      const bodyWith = (kind: Write, bytes: Buffer) =>
        Buffer.concat([
          Buffer.from(
            kind === 'link' ? `{"talkRef":"${TALK}","note":"a` : '{"body":"a',
          ),
          bytes,
          Buffer.from('b"}'),
        ]);

      it.each(
        (['link', 'learning', 'edit'] as Write[]).flatMap(kind =>
          BAD_BYTES.map(([what, bytes]) => [kind, what, bytes] as const),
        ),
      )('%s with %s', async (kind, _, bytes) => {
        expect(
          answerOf(
            await write(kind, {
              raw: bodyWith(kind, Buffer.from(bytes)),
              contentType: 'application/json',
            }),
          ),
        ).toEqual(anError(400, 'The request body is not valid UTF-8'));
      });

      it.each(
        (['link', 'learning', 'edit'] as Write[]).flatMap(kind =>
          [
            ['a NUL character', '\u0000'],
            ['an unpaired high surrogate', '\ud800'],
            ['an unpaired low surrogate', '\udfff'],
          ].map(([what, text]) => [kind, what, text]),
        ),
      )('%s with %s (escaped in JSON)', async (kind, _, text) => {
        const field = kind === 'link' ? 'note' : 'body';
        const body =
          kind === 'link'
            ? { talkRef: FRESH, note: `a${text}b` }
            : { body: `a${text}b` };
        expect(answerOf(await write(kind as Write, { body }))).toEqual(
          anError(
            400,
            `${field} must not contain NUL characters or unpaired surrogates`,
            'InputError',
          ),
        );
      });
    });

    describe('bodies that are not JSON, or empty: 400 that says what is missing', () => {
      const CONTENT_TYPES: [string, string][] = [
        ['text/plain', '{"body":"x","talkRef":"t"}'],
        ['application/x-www-form-urlencoded', 'body=x&talkRef=t'],
        ['text/html', '<script>alert(1)</script>'],
        ['application/xml', '<learning><body>x</body></learning>'],
        ['multipart/form-data; boundary=x', '--x\r\n\r\nx\r\n--x--'],
      ];
      it.each(
        (['link', 'learning', 'edit'] as Write[]).flatMap(kind =>
          CONTENT_TYPES.map(([type, raw]) => [kind, type, raw]),
        ),
      )('%s as %s', async (kind, contentType, raw) => {
        expect(
          answerOf(await write(kind as Write, { raw, contentType })),
        ).toEqual(
          anError(
            400,
            `Content-Type must be application/json, not ${
              contentType.split(';')[0]
            }`,
            'InputError',
          ),
        );
      });

      it.each([
        ['link', 'talkRef is required'],
        ['learning', 'body is required'],
        ['edit', 'The request body must give at least one field'],
      ] as [Write, string][])(
        'an empty %s: empty JSON or {} names what is missing; no body at all, the content type',
        async (kind, message) => {
          for (const raw of ['', '{}']) {
            expect(
              answerOf(
                await write(kind, { raw, contentType: 'application/json' }),
              ),
            ).toEqual(anError(400, message, 'InputError'));
          }
          expect(answerOf(await write(kind, {}))).toEqual(
            anError(
              400,
              'Content-Type must be application/json, not missing',
              'InputError',
            ),
          );
        },
      );
    });

    describe('path parameters with odd characters: 400 or 404 that names the ref', () => {
      const ODD: [string, string, number[]][] = [
        ['NUL (%00)', '%00', [400]],
        ['..%2F..%2F', '..%2F..%2Fhealth', [400]],
        ['%2e%2e', '%2e%2e', [400]],
        ['a broken escape (%E0%A4%A)', '%E0%A4%A', [400]],
        ['an emoji', encodeURIComponent('🚀'), [400]],
        ['300 characters', 'a'.repeat(300), [400]],
        ['an encoded colon', encodeURIComponent('component:x'), [400]],
        ['an encoded slash', encodeURIComponent('default/x'), [400]],
        ['<script>', encodeURIComponent('<script>alert(1)</script>'), [400]],
        ['__proto__', '__proto__', [400]],
        ['constructor', 'constructor', [400, 404]],
      ];
      const MESSAGE =
        /Not a valid (entity|talk) ref|must be a learning id|Failed to decode param|Talks are related to entities of kind|^No (entity|talk|learning|technology|conference) |is not linked to|must be at most 63 characters long/;

      it.each(
        PATH_ROUTES.flatMap(route =>
          pathParameters(route).flatMap(param =>
            ODD.map(([what, value, statuses]) => [
              route.label,
              param,
              what,
              route,
              value,
              statuses,
            ]),
          ),
        ) as [string, string, string, Route, string, number[]][],
      )('%s with {%s} = %s', async (_, param, __, route, value, statuses) => {
        const url = fillPath(route, {
          ...pathValues(route, target.id),
          [param]: value,
        });
        const res = await call(server, route.method, url, {
          body: validBody(route),
        });
        expect(statuses).toContain(res.status);
        expect(answerOf(res)).toEqual(anError(res.status, MESSAGE));
      });
    });

    describe('query parameters: 400 that names the parameter, or a bounded page', () => {
      const LEARNINGS = `/talks/default/${TALK}/learnings`;
      const RANKED = `/entities/component/default/${ENTITY}/talks`;
      const LIMIT =
        /^limit must be (>= 1|<= 100|an integer)$|^Empty value found for query parameter 'limit'$/;
      const OFFSET = /^offset must be (>= 0|<= 1000000|an integer)$/;
      const ONCE = 'must be a string';
      /** A query, and the error status and message, or 200 and the most items a page may have */
      const CASES: [string, number, string | number | RegExp][] = [
        ['/talks?limit=-1', 400, LIMIT],
        ['/talks?limit=1e9', 400, LIMIT],
        ['/talks?limit=%00', 400, LIMIT],
        ['/talks?limit=', 400, LIMIT],
        ['/talks?offset=abc', 400, OFFSET],
        ['/talks?offset=1e9', 400, OFFSET],
        ['/talks?limit=1&limit=2', 400, LIMIT],
        ['/talks?limit[]=1', 400, LIMIT],
        ['/talks?limit[__proto__]=1', 400, LIMIT],
        ['/talks?__proto__=1', 200, 20],
        ['/talks?__proto__[limit]=1000', 200, 20],
        ['/talks?constructor=x', 400, 'Unknown query parameter constructor'],
        ['/talks?toString=x', 400, 'Unknown query parameter toString'],
        ['/talks?limit=1e1', 200, 10],
        ['/talks?limit=3&q=%3Cscript%3E', 200, 3],
        ['/talks?q=%00%00', 200, 20],
        [
          `/talks?q=${'a'.repeat(201)}`,
          400,
          'q must be at most 200 characters long',
        ],
        ['/talks?technology=%00', 400, 'technology is not a valid entity ref'],
        [
          '/talks?technology=',
          400,
          "Empty value found for query parameter 'technology'",
        ],
        ['/talks?year=1e3', 400, 'year[0] must be >= 1900'],
        ['/technologies?maturity=%3Cscript%3E', 400, 'maturity must be one of'],
        ['/technologies?limit=-1', 400, LIMIT],
        ['/technologies?category=%F0%9F%9A%80&limit=5', 200, 5],
        [`${RANKED}?limit=-1`, 400, LIMIT],
        [`${RANKED}?offset=abc`, 400, OFFSET],
        [`${RANKED}?q=argo`, 400, 'Unknown query parameter q'],
        [`${RANKED}?limit=2&offset=1`, 200, 2],
        [`${LEARNINGS}?limit=1e9`, 400, LIMIT],
        [`${LEARNINGS}?offset=-1`, 400, OFFSET],
        [`${LEARNINGS}?limit=1`, 200, 1],
        ['/learnings?limit=-1', 400, LIMIT],
        ['/learnings?offset=abc', 400, OFFSET],
        ['/learnings?limit=1&limit=2', 400, LIMIT],
        ['/learnings?entity=', 200, 20],
        ['/learnings?entity=a:b:c', 400, 'Not a valid entity ref'],
        ['/learnings?entity=%00', 400, 'entity must be an entity ref'],
        [
          '/learnings?entity=component:default/',
          400,
          'entity must be an entity ref',
        ],
        ['/learnings?entity=%F0%9F%9A%80', 400, 'entity must be an entity ref'],
        [
          `/learnings?entity=${encodeURIComponent(
            'component:default/<script>',
          )}`,
          400,
          'Not a valid entity ref',
        ],
        [
          '/learnings?entity=location:default/x',
          400,
          'Talks are related to entities of kind',
        ],
        [
          '/learnings?entity=component:default/nope',
          404,
          'No entity component:default/nope',
        ],
        [
          `/learnings?entity=component:default/${ENTITY}&entity=x`,
          400,
          `entity ${ONCE}`,
        ],
        ['/learnings?__proto__=x', 200, 20],
        ['/learnings/counts?talk=%00', 400, 'talk is not a valid entity ref'],
        [
          '/learnings/counts?talk=',
          400,
          "Empty value found for query parameter 'talk'",
        ],
        [
          '/learnings/counts?talk=__proto__',
          400,
          'talk is not a valid entity ref',
        ],
        [
          '/learnings/counts?talk[__proto__]=x',
          400,
          'talk[0] must be a string',
        ],
        ['/learnings/counts?__proto__=x', 400, 'talk is required'],
      ];

      it.each(
        CASES.filter(([, status]) => status !== 200) as [
          string,
          number,
          string | RegExp,
        ][],
      )('%s: %s', async (url, status, message) => {
        const res = await call(server, 'get', url);
        expect(answerOf(res)).toEqual(anError(status, message));
      });

      it.each(
        CASES.filter(([, status]) => status === 200).map(([url, , most]) => [
          url,
          most as number,
        ]),
      )('%s: 200, at most %i items', async (url, most) => {
        const res = await call(server, 'get', url);
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toMatch(JSON_TYPE);
        expect(res.body.items.length).toBeLessThanOrEqual(most);
      });
    });

    it('after all of the above, every link and learning stored before is still there, unchanged', async () => {
      const learnings = await allLearnings(server);
      for (const learning of before.learnings) {
        expect(learnings).toContainEqual(learning);
      }
      expect(await linksOf(server, ENTITY)).toEqual(before.links);
    });
  });
});

// ---------------------------------------------------------------------------

/**
 * Text the API takes as a learning or note: any Unicode but NUL, 1 to `max` code
 * points after trimming, sometimes with whitespace around it.
 */
const text = (max: number) =>
  fc
    .tuple(
      fc.constantFrom('', ' ', '\n\t'),
      fc.oneof(
        fc.string({ unit: 'binary', minLength: 1, maxLength: max }),
        fc.string({ unit: 'binary', maxLength: max, size: 'max' }),
        fc.string({ unit: 'binary', minLength: max, maxLength: max }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
      ),
      fc.constantFrom('', ' ', '\r\n'),
    )
    .map(
      ([before, s, after]) => `${before}${s.replaceAll('\u0000', '')}${after}`,
    )
    .filter(s => s.trim().length > 0);

/** Technology refs as a person may write them: `argo`, `technology:default/argo`, `Technology:Default/argo`. */
const technologyRefs = fc.array(
  fc
    .tuple(
      fc.constantFrom(...TECHNOLOGIES),
      fc.constantFrom('', 'technology:default/', 'Technology:Default/'),
    )
    .map(([name, prefix]) => `${prefix}${name}`),
  { maxLength: 20 },
);
const normalisedRefs = (refs: string[] = []) => [
  ...new Set(refs.map(ref => `technology:default/${ref.replace(/^.*\//, '')}`)),
];

/** One character, often one that trips up parsers or databases. */
const TRICKY_CHARACTER = fc.oneof(
  fc.constantFrom(
    '\u0000',
    '\ud800',
    '\udfff',
    '\ufffd',
    '\ufeff',
    '\u2028',
    '"',
    '\\',
    '<',
    '&',
    ' ',
    '\n',
    'é',
    '😀',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

describe('property-based: API request schemas', () => {
  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let server: Server;
    /** Alice's learning, which the generated edits change */
    let learning: Learning;
    const EDITED_TALK = 'kubecon-eu-2024-cncf-docs-audit';

    beforeAll(async () => {
      server = await start(databaseId as TestDatabaseId);
      learning = await createLearning(server, EDITED_TALK, 'First version');
    });

    describe('(a) arbitrary JSON bodies never cause a 5xx; errors have the JSON error shape', () => {
      it.each(routeTable(BODY_ROUTES))('%s', async (_, route) => {
        const fields = Object.keys(
          SPEC.components.schemas[route.bodySchema!].properties,
        );
        const shaped = (value: fc.Arbitrary<unknown>) =>
          fc.record(Object.fromEntries(fields.map(f => [f, value])), {
            requiredKeys: [],
          });
        const stringUnit = TRICKY_CHARACTER;
        const bodies = fc
          .oneof(
            fc.jsonValue(),
            fc.jsonValue({ stringUnit }),
            fc.object({ stringUnit }),
            fc.anything({ stringUnit }),
            shaped(fc.anything({ stringUnit })),
            shaped(fc.jsonValue({ stringUnit })),
            shaped(fc.string({ unit: stringUnit })),
          )
          .map(value => JSON.stringify(value) as string | undefined)
          .filter((json): json is string => json !== undefined);
        const url = fillPath(route, pathValues(route, learning.id));
        await fc.assert(
          fc.asyncProperty(bodies, async raw => {
            const res = await call(server, route.method, url, {
              raw,
              contentType: 'application/json',
            });
            expect(
              problemsOf(res, documented(route), successType(route)),
            ).toEqual([]);
          }),
          { numRuns: 150 },
        );
      });
    });

    describe('(b) valid bodies are accepted and read back as sent', () => {
      it('POST /talks/{namespace}/{name}/learnings', async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.constantFrom(...TALKS),
            fc.record(
              { body: text(10_000), technologyRefs },
              { requiredKeys: ['body'] },
            ),
            async (talk, body) => {
              const res = await call(
                server,
                'post',
                `/talks/default/${talk}/learnings`,
                { body },
              );
              expect(res.status).toBe(201);
              expect(res.body).toMatchObject({
                talkRef: `talk:default/${talk}`,
                body: body.body.trim(),
                technologyRefs: normalisedRefs(body.technologyRefs),
                createdBy: ALICE,
              });
              expect(await learningOn(server, talk, res.body.id)).toEqual(
                res.body,
              );
            },
          ),
          { numRuns: 100 },
        );
      });

      it('PATCH /learnings/{id}', async () => {
        await fc.assert(
          fc.asyncProperty(
            fc
              .record(
                { body: text(10_000), technologyRefs },
                { requiredKeys: [] },
              )
              .filter(edit => Object.keys(edit).length > 0),
            async edit => {
              const current = await learningOn(
                server,
                EDITED_TALK,
                learning.id,
              );
              const res = await call(
                server,
                'patch',
                `/learnings/${learning.id}`,
                { body: edit },
              );
              expect(res.status).toBe(200);
              expect(res.body).toEqual({
                ...current,
                body: edit.body?.trim() ?? current!.body,
                technologyRefs: edit.technologyRefs
                  ? normalisedRefs(edit.technologyRefs)
                  : current!.technologyRefs,
                updatedBy: ALICE,
                updatedAt: expect.any(String),
              });
              expect(
                await learningOn(server, EDITED_TALK, learning.id),
              ).toEqual(res.body);
            },
          ),
          { numRuns: 100 },
        );
      });

      it('POST /entities/{kind}/{namespace}/{name}/links', async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.constantFrom(...COMPONENTS),
            fc.constantFrom(...TALKS),
            fc.constantFrom('', 'talk:default/', 'Talk:Default/'),
            fc.option(fc.oneof(text(2_000), fc.constantFrom(' ', '\n\t')), {
              nil: undefined,
            }),
            async (component, talk, prefix, note) => {
              const entityRef = `component:default/${component}`;
              const res = await call(
                server,
                'post',
                `/entities/component/default/${component}/links`,
                {
                  body: {
                    talkRef: `${prefix}${talk}`,
                    ...(note === undefined ? {} : { note }),
                  },
                },
              );
              try {
                expect(res.status).toBe(201);
                const expected: TalkLink = {
                  id: expect.any(String),
                  entityRef,
                  talkRef: `talk:default/${talk}`,
                  createdBy: ALICE,
                  createdAt: expect.any(String),
                  orphaned: false,
                };
                const trimmed = note?.trim();
                if (trimmed) expected.note = trimmed;
                expect({ ...res.body, talk: undefined }).toEqual(expected);
                expect(await linksOf(server, component)).toContainEqual({
                  ...res.body,
                  talk: undefined,
                });
              } finally {
                await call(
                  server,
                  'delete',
                  `/entities/component/default/${component}/links/default/${talk}`,
                );
              }
            },
          ),
          { numRuns: 100 },
        );
      });
    });

    describe('(c) any query string gives a documented status, never a 5xx, and pages never exceed the limit', () => {
      it.each(routeTable(QUERY_ROUTES))('%s', async (_, route) => {
        const names = queryParameters(route);
        const value = fc.oneof(
          fc.string({ unit: 'binary', maxLength: 30 }),
          fc.integer({ min: -5, max: 150 }).map(String),
          fc.constantFrom(
            '',
            '1e9',
            '-1',
            'abc',
            '__proto__',
            'argo',
            TALK,
            `component:default/${ENTITY}`,
            'component:default/nope',
            'keynote',
            'graduated',
            '2024',
          ),
        );
        const query = fc.array(
          fc.tuple(
            fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 8 })),
            value,
          ),
          { maxLength: 6 },
        );
        const url = fillPath(route, pathValues(route, learning.id));
        await fc.assert(
          fc.asyncProperty(query, async pairs => {
            const res = await call(
              server,
              'get',
              `${url}?${new URLSearchParams(pairs)}`,
            );
            expect(
              problemsOf(res, documented(route), successType(route)),
            ).toEqual([]);
            if (res.status !== 200) return;
            const given = (name: string) =>
              pairs.filter(([key]) => key === name).map(([, v]) => Number(v));
            const [limit = 20] = given('limit');
            const [offset = 0] = given('offset');
            // A page: at most `limit` items, none past the end; counts: at
            // most 100 talks; my services: the talks of at most `limit`.
            const services: { talks: { talk: { entityRef: string } }[] }[] =
              res.body.services ?? [];
            const servedTalks = new Set(
              services.flatMap(s => s.talks.map(t => t.talk.entityRef)),
            ).size;
            const size =
              res.body.items?.length ??
              (res.body.counts
                ? Object.keys(res.body.counts).length
                : servedTalks);
            let most = 100;
            if (res.body.items) {
              most = Math.min(limit, Math.max(0, res.body.totalCount - offset));
            } else if (res.body.services) {
              most = given('limit')[0] ?? 100;
            }
            expect(size).toBeLessThanOrEqual(most);
          }),
          { numRuns: 200 },
        );
      });
    });

    describe('(d) any path parameter gives a documented status, never a 5xx', () => {
      it.each(routeTable(PATH_ROUTES))('%s', async (_, route) => {
        const params = pathParameters(route);
        const valid = pathValues(route, learning.id);
        const values = fc.tuple(
          ...params.map(param =>
            fc.oneof(
              fc.constant(valid[param]),
              fc
                .string({ unit: 'binary', minLength: 1, maxLength: 70 })
                .map(encodeURIComponent),
            ),
          ),
        );
        await fc.assert(
          fc.asyncProperty(values, async chosen => {
            const url = fillPath(
              route,
              Object.fromEntries(params.map((p, i) => [p, chosen[i]])),
            );
            const res = await call(server, route.method, url, {
              body: validBody(route),
            });
            expect(
              problemsOf(res, documented(route), successType(route)),
            ).toEqual([]);
          }),
          { numRuns: 100 },
        );
      });
    });
  });
});
