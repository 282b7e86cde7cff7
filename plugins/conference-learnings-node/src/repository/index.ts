export type {
  EvidenceScope,
  FileMention,
  ManifestMention,
  RepositoryAnalysis,
  RepositoryEvidence,
  RepositoryFile,
  RepositoryMentions,
  RepositoryTechnology,
} from './types';
export {
  isManifestPath,
  manifestKind,
  type ManifestKind,
} from './manifestFiles';
export {
  BUILT_IN_REPOSITORY_RULES,
  type RepositoryRule,
} from './repositoryRules';
export {
  createMentionResolver,
  type MentionResolver,
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
