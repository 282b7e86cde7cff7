/* eslint-disable new-cap -- openapi-fetch names its methods after the HTTP verbs (GET, POST …) */
import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import createClient, { Client } from 'openapi-fetch';
import { paths } from '../api/openapi.generated';
import {
  CreateLearningRequest,
  CreateTalkLinkRequest,
  Learning,
  LearningsPage,
  MyServices,
  RankedTalksPage,
  TalkLink,
  TalksPage,
  TechnologiesPage,
  TechnologyUsersPage,
  ListMyServicesQuery,
  ListTalksQuery,
  ListTechnologiesQuery,
  MAX_PAGE_LIMIT,
  UpdateLearningRequest,
} from '../api/types';
import {
  ConferenceLearningsApi,
  EntityTalksQuery,
  ListLearningsQuery,
  PageQuery,
  RequestOptions,
} from './ConferenceLearningsApi';

/** `{ kind, namespace, name }` of a full ref, the kind lower-cased as the API serves it. */
function entityPath(entityRef: string) {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return { kind: kind.toLocaleLowerCase('en-US'), namespace, name };
}

/** `{ namespace, name }` of a ref of a kind (which the ref may omit). */
function refPath(ref: string, defaultKind: string) {
  const { namespace, name } = parseEntityRef(ref, {
    defaultKind,
    defaultNamespace: 'default',
  });
  return { namespace, name };
}

/** The answer's body, or a `ResponseError` for an error answer. */
async function answer<T>(
  call: Promise<{ data?: T; response: Response }>,
): Promise<T> {
  const { data } = await call;
  return data as T;
}

/**
 * A request as URL and init, as Backstage's `fetchApi` wants it: its middlewares
 * each construct a `Request` from their input, which, were the input a
 * `Request` with a body, would find that body already used on the second.
 */
async function asUrlAndInit(request: Request): Promise<[string, RequestInit]> {
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return [
    request.url,
    {
      method: request.method,
      headers: request.headers,
      body: hasBody ? await request.text() : undefined,
      signal: request.signal,
    },
  ];
}

/**
 * Client of the Conference Learnings backend (`/api/conference-learnings`), typed
 * from the API's OpenAPI document: every path, parameter, body and answer is
 * checked against the generated types. Works in the browser with Backstage's
 * `discoveryApi` and `fetchApi`, and in other backends with `DiscoveryService`
 * and a `fetch` that adds their credentials.
 * @public
 */
export class ConferenceLearningsClient implements ConferenceLearningsApi {
  constructor(
    private readonly deps: {
      discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
      fetchApi?: { fetch: typeof fetch };
    },
  ) {}

  private async client(): Promise<Client<paths>> {
    const baseUrl = await this.deps.discoveryApi.getBaseUrl(
      'conference-learnings',
    );
    const fetchFn = this.deps.fetchApi?.fetch ?? globalThis.fetch;
    const client = createClient<paths>({
      baseUrl,
      fetch: async request => fetchFn(...(await asUrlAndInit(request))),
    });
    client.use({
      async onResponse({ response }) {
        if (!response.ok) {
          throw await ResponseError.fromResponse(response.clone());
        }
        return undefined;
      },
    });
    return client;
  }

  async listTalks(
    query: ListTalksQuery = {},
    options?: RequestOptions,
  ): Promise<TalksPage> {
    return answer(
      (await this.client()).GET('/talks', {
        params: { query },
        signal: options?.signal,
      }),
    );
  }

  async listTechnologies(
    query: ListTechnologiesQuery = {},
    options?: RequestOptions,
  ): Promise<TechnologiesPage> {
    return answer(
      (await this.client()).GET('/technologies', {
        params: { query },
        signal: options?.signal,
      }),
    );
  }

  async listTechnologyUsers(
    technologyRef: string,
    page: PageQuery = {},
    options?: RequestOptions,
  ): Promise<TechnologyUsersPage> {
    return answer(
      (await this.client()).GET('/technologies/{namespace}/{name}/users', {
        params: { path: refPath(technologyRef, 'technology'), query: page },
        signal: options?.signal,
      }),
    );
  }

  async listTalkServices(
    talkRef: string,
    page: PageQuery = {},
    options?: RequestOptions,
  ): Promise<TechnologyUsersPage> {
    return answer(
      (await this.client()).GET('/talks/{namespace}/{name}/services', {
        params: { path: refPath(talkRef, 'talk'), query: page },
        signal: options?.signal,
      }),
    );
  }

  async listMyServices(
    query: ListMyServicesQuery = {},
    options?: RequestOptions,
  ): Promise<MyServices> {
    return answer(
      (await this.client()).GET('/me/services', {
        params: { query },
        signal: options?.signal,
      }),
    );
  }

  async getEntityTalks(
    entityRef: string,
    query: EntityTalksQuery = {},
    options?: RequestOptions,
  ): Promise<RankedTalksPage> {
    return answer(
      (await this.client()).GET('/entities/{kind}/{namespace}/{name}/talks', {
        params: { path: entityPath(entityRef), query },
        signal: options?.signal,
      }),
    );
  }

  async linkTalk(
    entityRef: string,
    request: CreateTalkLinkRequest,
  ): Promise<TalkLink> {
    return answer(
      (await this.client()).POST('/entities/{kind}/{namespace}/{name}/links', {
        params: { path: entityPath(entityRef) },
        body: request,
      }),
    );
  }

  async unlinkTalk(entityRef: string, talkRef: string): Promise<void> {
    const talk = refPath(talkRef, 'talk');
    await (
      await this.client()
    ).DELETE(
      '/entities/{kind}/{namespace}/{name}/links/{talkNamespace}/{talkName}',
      {
        params: {
          path: {
            ...entityPath(entityRef),
            talkNamespace: talk.namespace,
            talkName: talk.name,
          },
        },
      },
    );
  }

  async listTalkLearnings(
    talkRef: string,
    page: PageQuery = {},
    options?: RequestOptions,
  ): Promise<LearningsPage> {
    return answer(
      (await this.client()).GET('/talks/{namespace}/{name}/learnings', {
        params: { path: refPath(talkRef, 'talk'), query: page },
        signal: options?.signal,
      }),
    );
  }

  async countLearnings(
    talkRefs: string[],
    options?: RequestOptions,
  ): Promise<Record<string, number>> {
    const unique = [...new Set(talkRefs)];
    const batches = Array.from(
      { length: Math.ceil(unique.length / MAX_PAGE_LIMIT) },
      (_, i) => unique.slice(i * MAX_PAGE_LIMIT, (i + 1) * MAX_PAGE_LIMIT),
    );
    const client = await this.client();
    const results = await Promise.all(
      batches.map(talk =>
        answer(
          client.GET('/learnings/counts', {
            params: { query: { talk } },
            signal: options?.signal,
          }),
        ),
      ),
    );
    return Object.assign({}, ...results.map(result => result.counts));
  }

  async listLearnings(
    query: ListLearningsQuery = {},
    options?: RequestOptions,
  ): Promise<LearningsPage> {
    const { entityRef, limit, offset } = query;
    return answer(
      (await this.client()).GET('/learnings', {
        params: { query: { entity: entityRef, limit, offset } },
        signal: options?.signal,
      }),
    );
  }

  async createLearning(
    talkRef: string,
    request: CreateLearningRequest,
  ): Promise<Learning> {
    return answer(
      (await this.client()).POST('/talks/{namespace}/{name}/learnings', {
        params: { path: refPath(talkRef, 'talk') },
        body: request,
      }),
    );
  }

  async updateLearning(
    id: string,
    request: UpdateLearningRequest,
  ): Promise<Learning> {
    return answer(
      (await this.client()).PATCH('/learnings/{id}', {
        params: { path: { id } },
        body: request,
      }),
    );
  }

  async deleteLearning(id: string): Promise<void> {
    await (
      await this.client()
    ).DELETE('/learnings/{id}', { params: { path: { id } } });
  }
}
