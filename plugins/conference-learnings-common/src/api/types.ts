import { components, operations, paths } from './openapi.generated';

/*
 * Types of the Conference Learnings REST API, served by the backend plugin under
 * `/api/conference-learnings`. They are generated from its one contract,
 * `plugins/conference-learnings-backend/src/schema/openapi.yaml`
 * (`yarn openapi:generate`), and named here. Every entity ref in a response is a
 * full, lower-case ref such as `component:default/shipment-tracker`; every
 * timestamp is an ISO 8601 string in UTC.
 */

type Schemas = components['schemas'];
type QueryOf<Operation extends keyof operations> = NonNullable<
  operations[Operation]['parameters']['query']
>;

/** The operations of the API document, as generated from it. @public */
export type ConferenceLearningsApiOperations = operations;
/** The paths of the API document, as generated from it. @public */
export type ConferenceLearningsApiPaths = paths;

/** A page of items, with the number of items over all pages. @public */
export interface Page<T> {
  items: T[];
  /** How many items there are in total for the request, ignoring `limit` and `offset`. */
  totalCount: number;
}

/** Where the knowledge that a talk covers a technology comes from. @public */
export type TalkTechnologySource = Schemas['TalkTechnologySource'];
/** A talk as the API returns it. @public */
export type TalkSummary = Schemas['TalkSummary'];
/** How many talks of a result set have one value of a facet. @public */
export type FacetCount = Schemas['FacetCount'];
/** Facet counts of `GET /talks`. @public */
export type TalkFacets = Schemas['TalkFacets'];
/** A page of `GET /talks`. @public */
export type TalksPage = Schemas['TalksPage'];
/** Query of `GET /talks`. @public */
export type ListTalksQuery = QueryOf<'ListTalks'>;
/** Why an entity is taken to use a technology, as the catalog module records it. @public */
export type TechnologyUsageReason = Schemas['TechnologyUsageReason'];
/** A file of the entity's repository names the technology. @public */
export type RepositoryUsageReason = Schemas['RepositoryUsageReason'];
/** A related Resource or API names the technology. @public */
export type RelatedEntityUsageReason = Schemas['RelatedEntityUsageReason'];
/** How strongly repository evidence says a service uses a technology. @public */
export type EvidenceScope = Schemas['EvidenceScope'];
/** A recorded reason, or `relation` for a `usesTechnology` relation none explains. @public */
export type EntityTechnologyUsageReason =
  Schemas['EntityTechnologyUsageReason'];
/** One entity that uses a technology, and why. @public */
export type TechnologyUsageEvidence = Schemas['TechnologyUsageEvidence'];
/** One reason a talk is relevant to an entity. @public */
export type TalkRelevanceReason = Schemas['TalkRelevanceReason'];
/** The technology reason of {@link TalkRelevanceReason}. @public */
export type TechnologyRelevanceReason = Schemas['TechnologyRelevanceReason'];
/** The link reason of {@link TalkRelevanceReason}. @public */
export type LinkRelevanceReason = Schemas['LinkRelevanceReason'];
/** An explicit link between an entity and a talk. @public */
export type TalkLink = Schemas['TalkLink'];
/** A talk ranked for an entity. @public */
export type RankedTalk = Schemas['RankedTalk'];
/** Talks relevant to an entity, in ranking order. @public */
export type RankedTalksPage = Schemas['RankedTalksPage'];
/** A technology with how often it is covered and used. @public */
export type TechnologySummary = Schemas['TechnologySummary'];
/** A page of `GET /technologies`. @public */
export type TechnologiesPage = Schemas['TechnologiesPage'];
/** Query of `GET /technologies`. @public */
export type ListTechnologiesQuery = QueryOf<'ListTechnologies'>;
/** One technology an entity uses, and why. @public */
export type TechnologyUse = Schemas['TechnologyUse'];
/** An entity using technologies, with the reasons for each. @public */
export type TechnologyUser = Schemas['TechnologyUser'];
/** A page of `GET /technologies/…/users` or `GET /talks/…/services`. @public */
export type TechnologyUsersPage = Schemas['TechnologyUsersPage'];
/** A talk relevant to one of the caller's services. @public */
export type ServiceTalk = Schemas['ServiceTalk'];
/** One service of the caller's teams and its best talks. @public */
export type ServiceTalks = Schemas['ServiceTalks'];
/** `GET /me/services`: talks relevant to the caller's teams, by service. @public */
export type MyServices = Schemas['MyServices'];
/** Query of `GET /me/services`. @public */
export type ListMyServicesQuery = QueryOf<'ListMyServices'>;
/** A person's takeaways from a talk. @public */
export type Learning = Schemas['Learning'];
/** A page of learnings, newest first. @public */
export type LearningsPage = Schemas['LearningsPage'];
/** How many learnings each talk has, by full talk ref. @public */
export type LearningCounts = Schemas['LearningCounts'];
/** Body of `POST /entities/{kind}/{namespace}/{name}/links`. @public */
export type CreateTalkLinkRequest = Schemas['CreateTalkLinkRequest'];
/** Body of `POST /talks/{namespace}/{name}/learnings`. @public */
export type CreateLearningRequest = Schemas['CreateLearningRequest'];
/** Body of `PATCH /learnings/{id}`: at least one field. @public */
export type UpdateLearningRequest = Schemas['UpdateLearningRequest'];

/** @public */
export const MAX_LEARNING_LENGTH = 10_000;
/** @public */
export const MAX_LINK_NOTE_LENGTH = 2_000;
/** @public */
export const MAX_LEARNING_TECHNOLOGIES = 20;
/** The largest `limit` any list accepts. @public */
export const MAX_PAGE_LIMIT = 100;
