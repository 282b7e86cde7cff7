/**
 * The Conference Learnings backend plugin: talks relevant to each catalog entity,
 * ranked and explained; talk search with facets; technologies; explicit links
 * between entities and talks; and learnings (takeaways) about talks.
 *
 * @packageDocumentation
 */
export { conferenceLearningsPlugin as default } from './plugin';
export {
  createLearningConditionalDecision,
  isAuthor,
  isOnTalk,
  learningConditions,
  learningResourceRef,
} from './permissions/rules';
export type { LearningQuery } from './permissions/rules';
export type { LearningRecord } from './database/ConferenceLearningsStore';
