import { components, operations } from './openapi.generated';

export type {
  components as ConferenceLearningsApiComponents,
  operations as ConferenceLearningsApiOperations,
  paths as ConferenceLearningsApiPaths,
} from './openapi.generated';

/*
 * Types of the Conference Learnings REST API, served by the backend plugin under
 * `/api/conference-learnings`. They are generated from its one contract,
 * `plugins/conference-learnings-backend/src/schema/openapi.yaml`
 * (`yarn openapi:generate`), and named here. Every entity ref in a response is a
 * full, lower-case ref such as `component:default/shipment-tracker`; every
 * timestamp is an ISO 8601 string in UTC.
 */

/** The query parameters of an operation of the API document. @public */
export type ConferenceLearningsApiQuery<Operation extends keyof operations> =
  NonNullable<operations[Operation]['parameters']['query']>;

/** A page of items, with the number of items over all pages. @public */
export interface Page<T> {
  items: T[];
  /** How many items there are in total for the request, ignoring `limit` and `offset`. */
  totalCount: number;
}

/** Where the knowledge that a talk covers a technology comes from. @public */
export type TalkTechnologySource =
  components['schemas']['TalkTechnologySource'];
/** A talk as the API returns it. @public */
export type TalkSummary = components['schemas']['TalkSummary'];
/** How many talks of a result set have one value of a facet. @public */
export type FacetCount = components['schemas']['FacetCount'];
/** Facet counts of `GET /talks`. @public */
export type TalkFacets = components['schemas']['TalkFacets'];
/** A page of `GET /talks`. @public */
export type TalksPage = components['schemas']['TalksPage'];
/** Query of `GET /talks`. @public */
export type ListTalksQuery = ConferenceLearningsApiQuery<'ListTalks'>;
/** Why an entity is taken to use a technology, as the catalog module records it. @public */
export type TechnologyUsageReason =
  components['schemas']['TechnologyUsageReason'];
/** A file of the entity's repository names the technology. @public */
export type RepositoryUsageReason =
  components['schemas']['RepositoryUsageReason'];
/** A related Resource or API names the technology. @public */
export type RelatedEntityUsageReason =
  components['schemas']['RelatedEntityUsageReason'];
/** How strongly repository evidence says a service uses a technology. @public */
export type EvidenceScope = components['schemas']['EvidenceScope'];
/** A recorded reason, or `relation` for a `usesTechnology` relation none explains. @public */
export type EntityTechnologyUsageReason =
  components['schemas']['EntityTechnologyUsageReason'];
/** One entity that uses a technology, and why. @public */
export type TechnologyUsageEvidence =
  components['schemas']['TechnologyUsageEvidence'];
/** One reason a talk is relevant to an entity. @public */
export type TalkRelevanceReason = components['schemas']['TalkRelevanceReason'];
/** The technology reason of {@link TalkRelevanceReason}. @public */
export type TechnologyRelevanceReason =
  components['schemas']['TechnologyRelevanceReason'];
/** The link reason of {@link TalkRelevanceReason}. @public */
export type LinkRelevanceReason = components['schemas']['LinkRelevanceReason'];
/** An explicit link between an entity and a talk. @public */
export type TalkLink = components['schemas']['TalkLink'];
/** A talk ranked for an entity. @public */
export type RankedTalk = components['schemas']['RankedTalk'];
/** Talks relevant to an entity, in ranking order. @public */
export type RankedTalksPage = components['schemas']['RankedTalksPage'];
/** A technology with how often it is covered and used. @public */
export type TechnologySummary = components['schemas']['TechnologySummary'];
/** A page of `GET /technologies`. @public */
export type TechnologiesPage = components['schemas']['TechnologiesPage'];
/** Query of `GET /technologies`. @public */
export type ListTechnologiesQuery =
  ConferenceLearningsApiQuery<'ListTechnologies'>;
/** One technology an entity uses, and why. @public */
export type TechnologyUse = components['schemas']['TechnologyUse'];
/** An entity using technologies, with the reasons for each. @public */
export type TechnologyUser = components['schemas']['TechnologyUser'];
/** A page of `GET /technologies/…/users` or `GET /talks/…/services`. @public */
export type TechnologyUsersPage = components['schemas']['TechnologyUsersPage'];
/** A talk relevant to one of the caller's services. @public */
export type ServiceTalk = components['schemas']['ServiceTalk'];
/** One service of the caller's teams and its best talks. @public */
export type ServiceTalks = components['schemas']['ServiceTalks'];
/** `GET /me/services`: talks relevant to the caller's teams, by service. @public */
export type MyServices = components['schemas']['MyServices'];
/** Query of `GET /me/services`. @public */
export type ListMyServicesQuery = ConferenceLearningsApiQuery<'ListMyServices'>;
/** A person's takeaways from a talk. @public */
export type Learning = components['schemas']['Learning'];
/** A page of learnings, newest first. @public */
export type LearningsPage = components['schemas']['LearningsPage'];
/** How many learnings each talk has, by full talk ref. @public */
export type LearningCounts = components['schemas']['LearningCounts'];
/** Body of `POST /entities/{kind}/{namespace}/{name}/links`. @public */
export type CreateTalkLinkRequest =
  components['schemas']['CreateTalkLinkRequest'];
/** Body of `POST /talks/{namespace}/{name}/learnings`. @public */
export type CreateLearningRequest =
  components['schemas']['CreateLearningRequest'];
/** Body of `PATCH /learnings/{id}`: at least one field. @public */
export type UpdateLearningRequest =
  components['schemas']['UpdateLearningRequest'];

/** @public */
export const MAX_LEARNING_LENGTH = 10_000;
/** @public */
export const MAX_LINK_NOTE_LENGTH = 2_000;
/** @public */
export const MAX_LEARNING_TECHNOLOGIES = 20;
/** The largest `limit` any list accepts. @public */
export const MAX_PAGE_LIMIT = 100;
