export * from './types';
export { isManifestPath } from './manifestFiles';
export {
  BUILT_IN_REPOSITORY_RULES,
  type RepositoryRule,
} from './repositoryRules';
export {
  createMentionResolver,
  type MentionResolver,
  type ResolvedMention,
} from './createMentionResolver';
export {
  analyseRepository,
  extractMentions,
  MAX_MANIFEST_BYTES,
  resolveMentions,
} from './analyseRepository';
export {
  listLocalRepository,
  readLocalRepository,
  type LocalRepository,
  type LocalRepositoryListing,
  type ReadLocalRepositoryOptions,
} from './readLocalRepository';
