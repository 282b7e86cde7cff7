/**
 * Catalog module for Conference Learnings: the Talk, Technology and Conference
 * kinds, their relations and entity providers.
 *
 * @packageDocumentation
 */
export { catalogModuleConferenceLearnings as default } from './module';
export { ConferenceLearningsEntitiesProcessor } from './processors/ConferenceLearningsEntitiesProcessor';
export { TalkTechnologyProcessor } from './processors/TalkTechnologyProcessor';
export {
  TechnologyUsageProcessor,
  type TechnologyUsageEvidenceSources,
} from './processors/TechnologyUsageProcessor';
export type {
  RepositoryEvidence,
  RepositoryEvidenceState,
} from './repositories/RepositoryEvidence';
export type { RepositoryEvidenceConfig } from './repositories/readRepositoryEvidenceConfig';
export {
  technologyCatalogOf,
  type TechnologyCatalog,
} from './technologies/TechnologyIndex';
export { localRepositoryUrlReaderFactory } from './repositories/localRepositoryUrlReader';
