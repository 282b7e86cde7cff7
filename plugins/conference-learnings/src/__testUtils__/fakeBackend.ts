import {
  FacetCount,
  Learning,
  MyServices,
  RankedTalk,
  RankedTalksPage,
  ServiceTalks,
  TalkLink,
  TalkSummary,
  TalksPage,
  TechnologySummary,
  TechnologyUser,
} from '@conference-learnings/plugin-conference-learnings-common';
import { http, HttpResponse } from 'msw';
import { BASE_URL, GUEST } from './fixtures';

/**
 * An in-memory stand-in for the Conference Learnings backend, answering the
 * routes of its OpenAPI spec through msw, so component tests run the real client.
 * It keeps links and learnings, so write flows can be followed by reads.
 */
export interface FakeBackendOptions {
  talks?: TalkSummary[];
  /** Ranked talks by entity ref */
  ranked?: Record<string, RankedTalk[]>;
  technologies?: TechnologySummary[];
  /** The entities using technologies, each with every technology it uses */
  technologyUsers?: TechnologyUser[];
  /** `GET /me/services`: the signed-in user's services, served as given */
  myServices?: ServiceTalks[];
  /** The signed-in user's ownership refs, as the backend reads them from the token */
  ownershipEntityRefs?: string[];
  learnings?: Learning[];
  /** Who writes (the signed-in user) */
  user?: string;
}

function page<T>(items: T[], url: URL, fallback = 20) {
  const limit = Number(url.searchParams.get('limit') ?? fallback);
  const offset = Number(url.searchParams.get('offset') ?? 0);
  return {
    items: items.slice(offset, offset + limit),
    totalCount: items.length,
  };
}

function facet(
  values: (string | undefined)[],
  labels: Record<string, string> = {},
): FacetCount[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([value, count]) => ({
      value,
      count,
      ...(labels[value] ? { label: labels[value] } : {}),
    }));
}

/** An error body as Backstage backends send it. */
export function errorResponse(status: number, name: string, message: string) {
  return HttpResponse.json(
    { error: { name, message }, response: { statusCode: status } },
    { status },
  );
}

let nextId = 1;
const uuid = () =>
  `00000000-0000-4000-8000-${String(nextId++).padStart(12, '0')}`;

export function createFakeBackend(options: FakeBackendOptions = {}) {
  const talks = options.talks ?? [];
  const technologies = options.technologies ?? [];
  const ranked = options.ranked ?? {};
  const user = options.user ?? GUEST;
  const technologyUsers = options.technologyUsers ?? [];
  const ownershipEntityRefs = options.ownershipEntityRefs ?? [
    user,
    'group:default/shipment-squad',
  ];
  const state = {
    links: [] as TalkLink[],
    learnings: [...(options.learnings ?? [])],
    requests: [] as string[],
  };
  const titleOf = Object.fromEntries(
    technologies.map(t => [t.entityRef, t.title]),
  );
  const findTalk = (ref: string) => talks.find(t => t.entityRef === ref);
  /** Who uses any of the technologies, with those of them each uses; most first. */
  const usersOf = (technologyRefs: string[]) =>
    technologyUsers
      .map(u => ({
        ...u,
        uses: u.uses.filter(use => technologyRefs.includes(use.technologyRef)),
      }))
      .filter(u => u.uses.length > 0)
      .sort(
        (a, b) =>
          b.uses.length - a.uses.length || a.title.localeCompare(b.title),
      );
  const log = (request: Request) => {
    const url = new URL(request.url);
    state.requests.push(
      `${request.method} ${url.pathname.replace(
        '/api/conference-learnings',
        '',
      )}${url.search}`,
    );
  };

  const handlers = [
    http.get(`${BASE_URL}/talks`, ({ request }) => {
      log(request);
      const url = new URL(request.url);
      const q = url.searchParams.get('q')?.toLocaleLowerCase('en-US');
      const all = (name: string) => url.searchParams.getAll(name);
      const match = (name: string, value: string | undefined) =>
        all(name).length === 0 ||
        (value !== undefined &&
          all(name)
            .map(v => v.toLocaleLowerCase('en-US'))
            .includes(value.toLocaleLowerCase('en-US')));
      const found = talks.filter(
        t =>
          (!q || t.title.toLocaleLowerCase('en-US').includes(q)) &&
          match('conference', t.conferenceRef) &&
          match('year', t.year ? String(t.year) : undefined) &&
          match('type', t.type) &&
          match('track', t.track) &&
          (all('technology').length === 0 ||
            t.technologyRefs.some(r => all('technology').includes(r))),
      );
      const body: TalksPage = {
        ...page(found, url),
        facets: {
          conference: facet(
            found.map(t => t.conferenceRef),
            Object.fromEntries(
              found.map(t => [t.conferenceRef, t.conferenceTitle ?? '']),
            ),
          ),
          year: facet(found.map(t => (t.year ? String(t.year) : undefined))),
          type: facet(found.map(t => t.type)),
          track: facet(found.map(t => t.track)),
          technology: facet(
            found.flatMap(t => t.technologyRefs),
            titleOf,
          ),
        },
      };
      return HttpResponse.json(body);
    }),

    http.get(`${BASE_URL}/technologies`, ({ request }) => {
      log(request);
      return HttpResponse.json(page(technologies, new URL(request.url)));
    }),

    http.get(
      `${BASE_URL}/technologies/:namespace/:name/users`,
      ({ request, params }) => {
        log(request);
        const technologyRef = `technology:${params.namespace}/${params.name}`;
        if (!technologies.some(t => t.entityRef === technologyRef)) {
          return errorResponse(404, 'NotFoundError', `No ${technologyRef}`);
        }
        return HttpResponse.json(
          page(usersOf([technologyRef]), new URL(request.url)),
        );
      },
    ),

    http.get(
      `${BASE_URL}/talks/:namespace/:name/services`,
      ({ request, params }) => {
        log(request);
        const talk = findTalk(`talk:${params.namespace}/${params.name}`);
        if (!talk) return errorResponse(404, 'NotFoundError', 'No talk');
        return HttpResponse.json(
          page(usersOf(talk.technologyRefs), new URL(request.url)),
        );
      },
    ),

    http.get(`${BASE_URL}/me/services`, ({ request }) => {
      log(request);
      const body: MyServices = {
        userEntityRef: user,
        groupRefs: ownershipEntityRefs.filter(ref => ref.startsWith('group:')),
        services: options.myServices ?? [],
      };
      return HttpResponse.json(body);
    }),

    http.get(
      `${BASE_URL}/entities/:kind/:namespace/:name/talks`,
      ({ request, params }) => {
        log(request);
        const entityRef = `${params.kind}:${params.namespace}/${params.name}`;
        if (!(entityRef in ranked)) {
          return errorResponse(
            404,
            'NotFoundError',
            `No entity ${entityRef} in the catalog`,
          );
        }
        const links = state.links.filter(l => l.entityRef === entityRef);
        const linked: RankedTalk[] = links
          .filter(l => l.talk)
          .map(l => {
            const base = ranked[entityRef].find(
              r => r.talk.entityRef === l.talkRef,
            );
            return {
              talk: l.talk!,
              score: base?.score ?? 0,
              reasons: [
                {
                  type: 'link',
                  linkId: l.id,
                  ...(l.note ? { note: l.note } : {}),
                  createdBy: l.createdBy,
                  createdAt: l.createdAt,
                },
                ...(base?.reasons ?? []),
              ],
              link: l,
            };
          });
        const rest = ranked[entityRef].filter(
          r => !links.some(l => l.talkRef === r.talk.entityRef),
        );
        const body: RankedTalksPage = {
          entityRef,
          ...page([...linked, ...rest], new URL(request.url)),
          orphanedLinks: links.filter(l => !l.talk),
        };
        return HttpResponse.json(body);
      },
    ),

    http.post(
      `${BASE_URL}/entities/:kind/:namespace/:name/links`,
      async ({ request, params }) => {
        log(request);
        const entityRef = `${params.kind}:${params.namespace}/${params.name}`;
        const body = (await request.json()) as {
          talkRef: string;
          note?: string;
        };
        const talk = findTalk(body.talkRef);
        if (!talk) {
          return errorResponse(404, 'NotFoundError', `No talk ${body.talkRef}`);
        }
        const link: TalkLink = {
          id: uuid(),
          entityRef,
          talkRef: talk.entityRef,
          ...(body.note ? { note: body.note } : {}),
          createdBy: user,
          createdAt: '2026-03-03T10:00:00Z',
          talk,
          orphaned: false,
        };
        state.links = [
          ...state.links.filter(
            l => !(l.entityRef === entityRef && l.talkRef === talk.entityRef),
          ),
          link,
        ];
        return HttpResponse.json(link, { status: 201 });
      },
    ),

    http.delete(
      `${BASE_URL}/entities/:kind/:namespace/:name/links/:talkNamespace/:talkName`,
      ({ request, params }) => {
        log(request);
        const entityRef = `${params.kind}:${params.namespace}/${params.name}`;
        const talkRef = `talk:${params.talkNamespace}/${params.talkName}`;
        const before = state.links.length;
        state.links = state.links.filter(
          l => !(l.entityRef === entityRef && l.talkRef === talkRef),
        );
        return state.links.length < before
          ? new HttpResponse(null, { status: 204 })
          : errorResponse(404, 'NotFoundError', 'Not linked');
      },
    ),

    http.get(`${BASE_URL}/learnings/counts`, ({ request }) => {
      log(request);
      const talkRefs = new URL(request.url).searchParams.getAll('talk');
      return HttpResponse.json({
        counts: Object.fromEntries(
          talkRefs.map(ref => [
            ref,
            state.learnings.filter(l => l.talkRef === ref).length,
          ]),
        ),
      });
    }),

    http.get(
      `${BASE_URL}/talks/:namespace/:name/learnings`,
      ({ request, params }) => {
        log(request);
        const talkRef = `talk:${params.namespace}/${params.name}`;
        return HttpResponse.json(
          page(
            state.learnings.filter(l => l.talkRef === talkRef),
            new URL(request.url),
          ),
        );
      },
    ),

    http.post(
      `${BASE_URL}/talks/:namespace/:name/learnings`,
      async ({ request, params }) => {
        log(request);
        const talkRef = `talk:${params.namespace}/${params.name}`;
        const body = (await request.json()) as {
          body: string;
          technologyRefs?: string[];
        };
        const created: Learning = {
          id: uuid(),
          talkRef,
          talkTitle: findTalk(talkRef)?.title,
          body: body.body,
          technologyRefs: body.technologyRefs ?? [],
          createdBy: user,
          createdAt: '2026-03-03T11:00:00Z',
          orphaned: false,
        };
        state.learnings = [created, ...state.learnings];
        return HttpResponse.json(created, { status: 201 });
      },
    ),

    http.patch(`${BASE_URL}/learnings/:id`, async ({ request, params }) => {
      log(request);
      const changes = (await request.json()) as Partial<Learning>;
      const existing = state.learnings.find(l => l.id === params.id);
      if (!existing) return errorResponse(404, 'NotFoundError', 'No learning');
      const updated = {
        ...existing,
        ...changes,
        updatedBy: user,
        updatedAt: '2026-03-03T12:00:00Z',
      };
      state.learnings = state.learnings.map(l =>
        l.id === params.id ? updated : l,
      );
      return HttpResponse.json(updated);
    }),

    http.delete(`${BASE_URL}/learnings/:id`, ({ request, params }) => {
      log(request);
      state.learnings = state.learnings.filter(l => l.id !== params.id);
      return new HttpResponse(null, { status: 204 });
    }),

    http.get(`${BASE_URL}/learnings`, ({ request }) => {
      log(request);
      const url = new URL(request.url);
      const entity = url.searchParams.get('entity');
      const relevant = entity
        ? new Set([
            ...(ranked[entity] ?? []).map(r => r.talk.entityRef),
            ...state.links
              .filter(l => l.entityRef === entity)
              .map(l => l.talkRef),
          ])
        : undefined;
      const items = state.learnings.filter(
        l => !relevant || relevant.has(l.talkRef),
      );
      return HttpResponse.json(page(items, url));
    }),
  ];

  return { handlers, state };
}
