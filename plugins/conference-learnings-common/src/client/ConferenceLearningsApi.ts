import {
  CreateLearningRequest,
  CreateTalkLinkRequest,
  Learning,
  LearningsPage,
  ListMyServicesQuery,
  ListTalksQuery,
  ListTechnologiesQuery,
  MyServices,
  RankedTalksPage,
  TalkLink,
  TalksPage,
  TechnologiesPage,
  TechnologyUsersPage,
  UpdateLearningRequest,
} from '../api/types';

/** Options every read accepts. @public */
export interface RequestOptions {
  /** Aborts the request, e.g. when a newer search replaces it. */
  signal?: AbortSignal;
}

/** Paging of the routes that only page. @public */
export interface PageQuery {
  /** 1–100; the backend's default is 20 */
  limit?: number;
  offset?: number;
}

/** Query of {@link ConferenceLearningsApi.getEntityTalks}. @public */
export interface EntityTalksQuery extends PageQuery {
  /** Include each talk's abstract (`description`); by default ranked talks come without */
  abstracts?: boolean;
}

/** Query of {@link ConferenceLearningsApi.listLearnings}. @public */
export interface ListLearningsQuery extends PageQuery {
  /** Only learnings on talks relevant to this entity (full ref) */
  entityRef?: string;
}

/**
 * The Conference Learnings API (`/api/conference-learnings`), as its client
 * offers it to the frontend and to other backends. Failed requests reject with
 * a `ResponseError`.
 * @public
 */
export interface ConferenceLearningsApi {
  /** A page of talks with facet counts (`GET /talks`). */
  listTalks(
    query?: ListTalksQuery,
    options?: RequestOptions,
  ): Promise<TalksPage>;

  /** A page of technologies, most-covered first (`GET /technologies`). */
  listTechnologies(
    query?: ListTechnologiesQuery,
    options?: RequestOptions,
  ): Promise<TechnologiesPage>;

  /** Who uses a technology, and why (`GET /technologies/{namespace}/{name}/users`). */
  listTechnologyUsers(
    technologyRef: string,
    page?: PageQuery,
    options?: RequestOptions,
  ): Promise<TechnologyUsersPage>;

  /** Which services a talk concerns, and why (`GET /talks/{namespace}/{name}/services`). */
  listTalkServices(
    talkRef: string,
    page?: PageQuery,
    options?: RequestOptions,
  ): Promise<TechnologyUsersPage>;

  /** Talks relevant to what the caller's teams own, by service (`GET /me/services`). */
  listMyServices(
    query?: ListMyServicesQuery,
    options?: RequestOptions,
  ): Promise<MyServices>;

  /**
   * Talks relevant to an entity, given by its full ref
   * (`component:default/shipment-tracker`), best first, each with why
   * (`GET /entities/{kind}/{namespace}/{name}/talks`); without abstracts unless asked.
   */
  getEntityTalks(
    entityRef: string,
    query?: EntityTalksQuery,
    options?: RequestOptions,
  ): Promise<RankedTalksPage>;

  /** Links a talk to an entity (`POST /entities/{kind}/{namespace}/{name}/links`). */
  linkTalk(
    entityRef: string,
    request: CreateTalkLinkRequest,
  ): Promise<TalkLink>;

  /** Removes the link of a talk to an entity (`DELETE …/links/{namespace}/{name}`). */
  unlinkTalk(entityRef: string, talkRef: string): Promise<void>;

  /** Learnings on one talk, newest first (`GET /talks/{namespace}/{name}/learnings`). */
  listTalkLearnings(
    talkRef: string,
    page?: PageQuery,
    options?: RequestOptions,
  ): Promise<LearningsPage>;

  /**
   * How many learnings each talk has, by full talk ref (`GET /learnings/counts`,
   * 100 talks per request). Rejects if any request fails.
   */
  countLearnings(
    talkRefs: string[],
    options?: RequestOptions,
  ): Promise<Record<string, number>>;

  /** The latest learnings, across the organisation or for one entity (`GET /learnings`). */
  listLearnings(
    query?: ListLearningsQuery,
    options?: RequestOptions,
  ): Promise<LearningsPage>;

  /** Writes a learning on a talk (`POST /talks/{namespace}/{name}/learnings`). */
  createLearning(
    talkRef: string,
    request: CreateLearningRequest,
  ): Promise<Learning>;

  /** Changes a learning (`PATCH /learnings/{id}`). */
  updateLearning(id: string, request: UpdateLearningRequest): Promise<Learning>;

  /** Deletes a learning (`DELETE /learnings/{id}`). */
  deleteLearning(id: string): Promise<void>;
}
