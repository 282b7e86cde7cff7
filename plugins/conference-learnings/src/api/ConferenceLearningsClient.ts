import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { TalksPage } from '@conference-learnings/plugin-conference-learnings-common';
import {
  ConferenceLearningsApi,
  ListTalksOptions,
} from './ConferenceLearningsApi';

/** Talks to the Conference Learnings backend at `/api/conference-learnings`. @public */
export class ConferenceLearningsClient implements ConferenceLearningsApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  async listTalks(options: ListTalksOptions = {}): Promise<TalksPage> {
    const query = new URLSearchParams();
    if (options.q) query.set('q', options.q);
    if (options.limit !== undefined) query.set('limit', String(options.limit));
    if (options.offset !== undefined)
      query.set('offset', String(options.offset));
    return this.get(`/talks?${query}`);
  }

  async getEntityTalks(entityRef: string): Promise<TalksPage> {
    const { kind, namespace, name } = parseEntityRef(entityRef);
    const path = [kind, namespace, name].map(encodeURIComponent).join('/');
    return this.get(`/entities/${path}/talks`);
  }

  private async get<T>(path: string): Promise<T> {
    const baseUrl = await this.deps.discoveryApi.getBaseUrl(
      'conference-learnings',
    );
    const response = await this.deps.fetchApi.fetch(`${baseUrl}${path}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }
}
