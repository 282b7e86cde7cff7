import { TalkSpeaker, TalkType, TechnologyMaturity } from '../entities';
import { TechnologyUsageReason } from '../inference';

/**
 * Types of the Conference Learnings REST API, served by the backend plugin under
 * `/api/conference-learnings` and documented as OpenAPI 3.0 in
 * `plugins/conference-learnings-backend/src/schema/openapi.yaml`.
 *
 * Every entity ref in a response is a full, lower-case ref such as
 * `component:default/shipment-tracker`. Every timestamp is an ISO 8601 string in UTC.
 */

/** A page of items, with the number of items over all pages. @public */
export interface Page<T> {
  items: T[];
  /** How many items there are in total for the request, ignoring `limit` and `offset`. */
  totalCount: number;
}

/**
 * Where the knowledge that a talk covers a technology comes from:
 * `curated` when the talk's `spec.technologies` names it, `detected` when the
 * detection engine found it in the talk's title or abstract (a `coversTechnology`
 * relation that `spec.technologies` does not explain).
 * @public
 */
export type TalkTechnologySource = 'curated' | 'detected';

/** A talk as the Conference Learnings API returns it. @public */
export interface TalkSummary {
  /** Full entity ref, e.g. `talk:default/kubecon-eu-2024-app-of-apps` */
  entityRef: string;
  title: string;
  description?: string;
  /** Full entity ref of the conference */
  conferenceRef: string;
  /** Title of the conference, when the conference is in the catalog */
  conferenceTitle?: string;
  /** Year of `startsAt`, else of the conference's start date */
  year?: number;
  speakers: TalkSpeaker[];
  /** ISO 8601 date-time */
  startsAt?: string;
  type?: TalkType;
  track?: string;
  level?: string;
  /** Full entity refs of every technology the talk covers, curated first */
  technologyRefs: string[];
  /** The subset of `technologyRefs` that is curated (`spec.technologies`); the rest is detected */
  curatedTechnologyRefs?: string[];
  video?: string;
  slides?: string;
  schedule?: string;
}

/** How many talks of the current result set have one value of a facet. @public */
export interface FacetCount {
  /** The value to pass back as filter: a full entity ref, a year, a type or a track */
  value: string;
  /** Human-readable value (conference or technology title), when it differs from `value` */
  label?: string;
  count: number;
}

/**
 * Facet counts of `GET /talks`. The counts of one facet apply every filter of the
 * request except that facet's own (so the other values of a facet stay visible
 * after one is selected); values are ordered by count, then label, at most 50 per
 * facet, and a selected value is always present.
 * @public
 */
export interface TalkFacets {
  conference: FacetCount[];
  year: FacetCount[];
  type: FacetCount[];
  track: FacetCount[];
  technology: FacetCount[];
}

/** A page of `GET /talks`. @public */
export interface TalksPage extends Page<TalkSummary> {
  facets: TalkFacets;
}

/**
 * Query of `GET /talks`. Values within one filter are alternatives (OR); different
 * filters all apply (AND).
 * @public
 */
export interface ListTalksQuery {
  /** Words to find in titles, abstracts, speakers, tracks and technology names; the talk must contain every word (the last may be a prefix of 3+ characters) */
  q?: string;
  /** Technology refs, e.g. `technology:default/argo` (kind and namespace may be omitted) */
  technology?: string[];
  /** Conference refs, e.g. `conference:default/kubecon-eu-2024` (kind and namespace may be omitted) */
  conference?: string[];
  year?: number[];
  type?: TalkType[];
  /** Tracks, compared ignoring case */
  track?: string[];
  /** 1–100, default 20 */
  limit?: number;
  /** Default 0 */
  offset?: number;
}

/**
 * Why an entity is taken to use a technology: the reasons the catalog processor
 * finds (`explicit` from the `conference-learnings.io/technologies` annotation, a
 * `tag`, or a well-known plugin `annotation`), or `relation` when the catalog has a
 * `usesTechnology` relation that none of those explains (e.g. emitted by another
 * processor).
 * @public
 */
export type EntityTechnologyUsageReason =
  | TechnologyUsageReason
  | { type: 'relation' };

/** One entity that uses a technology, and why. @public */
export interface TechnologyUsageEvidence {
  /** Full ref of the entity itself, or of one of its parts (System, Domain, Group, User) */
  entityRef: string;
  reasons: EntityTechnologyUsageReason[];
}

/**
 * One reason a talk is relevant to an entity.
 *
 * - `technology`: the talk covers a technology the entity uses. `usedBy` says how
 *   the entity (or which of its parts, at most 5 of `usedByCount`) uses it — empty
 *   when the entity is the Technology itself; `coverage` says whether the talk's
 *   own metadata names it (`curated`) or it was `detected` in the talk's text.
 *   `weight` is the technology's specificity weight and `contribution` this
 *   technology's share of the score before the recency and type factors.
 * - `link`: someone linked the talk to the entity explicitly.
 * @public
 */
export type TalkRelevanceReason =
  | {
      type: 'technology';
      technologyRef: string;
      technologyTitle?: string;
      coverage: TalkTechnologySource;
      weight: number;
      contribution: number;
      usedBy: TechnologyUsageEvidence[];
      usedByCount: number;
    }
  | {
      type: 'link';
      linkId: string;
      note?: string;
      /** User entity ref of who linked it */
      createdBy: string;
      createdAt: string;
    };

/** An explicit link between an entity and a talk, with who made it and when. @public */
export interface TalkLink {
  id: string;
  entityRef: string;
  talkRef: string;
  note?: string;
  /** User entity ref */
  createdBy: string;
  /** ISO 8601 */
  createdAt: string;
  /** The talk, unless it is no longer in the catalog */
  talk?: TalkSummary;
  /**
   * True when the talk or the entity is no longer in the catalog (as of the last
   * index refresh). Links are never deleted because of that.
   */
  orphaned: boolean;
}

/** A talk ranked for an entity. @public */
export interface RankedTalk {
  talk: TalkSummary;
  /** Higher is more relevant; see the backend README for the formula */
  score: number;
  /** The explicit link first (when there is one), then technologies by contribution */
  reasons: TalkRelevanceReason[];
  /** The explicit link, when the talk was linked to the entity (without `talk`: see above) */
  link?: TalkLink;
}

/**
 * Talks relevant to an entity (`GET /entities/{kind}/{namespace}/{name}/talks`), in
 * ranking order: explicitly linked talks first, then by descending score.
 * @public
 */
export interface RankedTalksPage extends Page<RankedTalk> {
  /** Full ref of the entity the talks were ranked for */
  entityRef: string;
  /** Links of this entity to talks no longer in the catalog; kept, never ranked */
  orphanedLinks: TalkLink[];
}

/** A technology with how often it is covered and used. @public */
export interface TechnologySummary {
  /** Full entity ref, e.g. `technology:default/argo` */
  entityRef: string;
  name: string;
  title: string;
  description?: string;
  category?: string;
  subcategory?: string;
  maturity?: TechnologyMaturity;
  homepage?: string;
  repository?: string;
  aliases: string[];
  /** Talks covering it, curated or detected */
  talkCount: number;
  /** Talks whose `spec.technologies` names it */
  curatedTalkCount: number;
  /** Components, APIs, Resources and Systems using it */
  entityCount: number;
}

/** A page of `GET /technologies`, ordered by `talkCount` descending, then title. @public */
export type TechnologiesPage = Page<TechnologySummary>;

/** Query of `GET /technologies`. @public */
export interface ListTechnologiesQuery {
  /** Matches name, title and aliases, ignoring case and punctuation */
  q?: string;
  /** Compared ignoring case */
  category?: string;
  maturity?: TechnologyMaturity;
  limit?: number;
  offset?: number;
}

/** A person's takeaways from a talk. @public */
export interface Learning {
  /** Opaque id (a UUID) */
  id: string;
  talkRef: string;
  /** Title of the talk, unless it is no longer in the catalog */
  talkTitle?: string;
  /** Markdown, at most {@link MAX_LEARNING_LENGTH} characters. Render it sanitised. */
  body: string;
  /** Technologies the learning is about, full refs */
  technologyRefs: string[];
  /** User entity ref of the author */
  createdBy: string;
  createdAt: string;
  updatedBy?: string;
  updatedAt?: string;
  /** True when the talk is no longer in the catalog; the learning is kept */
  orphaned: boolean;
}

/** A page of learnings, newest first. @public */
export type LearningsPage = Page<Learning>;

/**
 * How many learnings each talk has (`GET /learnings/counts?talk=…`), by full
 * talk ref; every requested talk is present, 0 when it has none.
 * @public
 */
export interface LearningCounts {
  counts: Record<string, number>;
}

/** Body of `POST /entities/{kind}/{namespace}/{name}/links`. @public */
export interface CreateTalkLinkRequest {
  /** Ref of a Talk; kind and namespace may be omitted (`talk`, `default`) */
  talkRef: string;
  /** Why the talk matters for the entity, at most {@link MAX_LINK_NOTE_LENGTH} characters */
  note?: string;
}

/** Body of `POST /talks/{namespace}/{name}/learnings`. @public */
export interface CreateLearningRequest {
  /** Markdown, 1 to {@link MAX_LEARNING_LENGTH} characters */
  body: string;
  /** Technology refs (kind and namespace may be omitted), at most {@link MAX_LEARNING_TECHNOLOGIES} */
  technologyRefs?: string[];
}

/** Body of `PATCH /learnings/{id}`: at least one field. @public */
export interface UpdateLearningRequest {
  body?: string;
  technologyRefs?: string[];
}

/** @public */
export const MAX_LEARNING_LENGTH = 10_000;
/** @public */
export const MAX_LINK_NOTE_LENGTH = 2_000;
/** @public */
export const MAX_LEARNING_TECHNOLOGIES = 20;
/** The largest `limit` any list accepts. @public */
export const MAX_PAGE_LIMIT = 100;
