import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  LearningCounts,
  CreateLearningRequest,
  CreateTalkLinkRequest,
  Learning,
  LearningsPage,
  ListTalksQuery,
  ListTechnologiesQuery,
  RankedTalksPage,
  TalkLink,
  TalksPage,
  TechnologiesPage,
  UpdateLearningRequest,
} from '@conference-learnings/plugin-conference-learnings-common';
import {
  ConferenceLearningsApi,
  ListLearningsQuery,
  PageQuery,
  RequestOptions,
} from './ConferenceLearningsApi';

type QueryValue = string | number | undefined | (string | number)[];

function queryString(query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (v !== undefined && v !== '') params.append(key, String(v));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** `kind/namespace/name` of a full or short entity ref, each part URL-encoded. */
function entityPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return [kind.toLocaleLowerCase('en-US'), namespace, name]
    .map(encodeURIComponent)
    .join('/');
}

/** `namespace/name` of a talk ref (kind and namespace may be omitted). */
function talkPath(talkRef: string): string {
  const { namespace, name } = parseEntityRef(talkRef, {
    defaultKind: 'talk',
    defaultNamespace: 'default',
  });
  return [namespace, name].map(encodeURIComponent).join('/');
}

/** `GET /learnings/counts` counts at most this many talks per request. */
const MAX_COUNTED_TALKS = 100;

/** Talks to the Conference Learnings backend at `/api/conference-learnings`. @public */
export class ConferenceLearningsClient implements ConferenceLearningsApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  async listTalks(
    query: ListTalksQuery = {},
    options?: RequestOptions,
  ): Promise<TalksPage> {
    return this.request(`/talks${queryString({ ...query })}`, {
      signal: options?.signal,
    });
  }

  async listTechnologies(
    query: ListTechnologiesQuery = {},
    options?: RequestOptions,
  ): Promise<TechnologiesPage> {
    return this.request(`/technologies${queryString({ ...query })}`, {
      signal: options?.signal,
    });
  }

  async getEntityTalks(
    entityRef: string,
    page: PageQuery = {},
    options?: RequestOptions,
  ): Promise<RankedTalksPage> {
    return this.request(
      `/entities/${entityPath(entityRef)}/talks${queryString({ ...page })}`,
      { signal: options?.signal },
    );
  }

  async linkTalk(
    entityRef: string,
    request: CreateTalkLinkRequest,
  ): Promise<TalkLink> {
    return this.request(`/entities/${entityPath(entityRef)}/links`, {
      method: 'POST',
      body: request,
    });
  }

  async unlinkTalk(entityRef: string, talkRef: string): Promise<void> {
    await this.request(
      `/entities/${entityPath(entityRef)}/links/${talkPath(talkRef)}`,
      { method: 'DELETE' },
    );
  }

  async listTalkLearnings(
    talkRef: string,
    page: PageQuery = {},
    options?: RequestOptions,
  ): Promise<LearningsPage> {
    return this.request(
      `/talks/${talkPath(talkRef)}/learnings${queryString({ ...page })}`,
      { signal: options?.signal },
    );
  }

  async countLearnings(
    talkRefs: string[],
    options?: RequestOptions,
  ): Promise<Record<string, number>> {
    const unique = [...new Set(talkRefs)];
    const batches = Array.from(
      { length: Math.ceil(unique.length / MAX_COUNTED_TALKS) },
      (_, i) =>
        unique.slice(i * MAX_COUNTED_TALKS, (i + 1) * MAX_COUNTED_TALKS),
    );
    const results = await Promise.all(
      batches.map(talk =>
        this.request<LearningCounts>(
          `/learnings/counts${queryString({ talk })}`,
          {
            signal: options?.signal,
          },
        ),
      ),
    );
    return Object.assign({}, ...results.map(result => result.counts));
  }

  async listLearnings(
    query: ListLearningsQuery = {},
    options?: RequestOptions,
  ): Promise<LearningsPage> {
    return this.request(
      `/learnings${queryString({
        entity: query.entityRef,
        limit: query.limit,
        offset: query.offset,
      })}`,
      { signal: options?.signal },
    );
  }

  async createLearning(
    talkRef: string,
    request: CreateLearningRequest,
  ): Promise<Learning> {
    return this.request(`/talks/${talkPath(talkRef)}/learnings`, {
      method: 'POST',
      body: request,
    });
  }

  async updateLearning(
    id: string,
    request: UpdateLearningRequest,
  ): Promise<Learning> {
    return this.request(`/learnings/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: request,
    });
  }

  async deleteLearning(id: string): Promise<void> {
    await this.request(`/learnings/${encodeURIComponent(id)}`, {
      method: 'DELETE',
    });
  }

  private async request<T>(
    path: string,
    init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
  ): Promise<T> {
    const baseUrl = await this.deps.discoveryApi.getBaseUrl(
      'conference-learnings',
    );
    const response = await this.deps.fetchApi.fetch(`${baseUrl}${path}`, {
      method: init.method ?? 'GET',
      signal: init.signal,
      ...(init.body !== undefined
        ? {
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(init.body),
          }
        : {}),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    if (response.status === 204) return undefined as T;
    return response.json();
  }
}
