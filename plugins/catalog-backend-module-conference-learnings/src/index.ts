/**
 * Catalog module for Conference Learnings: the Talk, Technology and Conference
 * kinds, their relations and entity providers.
 *
 * @packageDocumentation
 */
export { catalogModuleConferenceLearnings as default } from './module';
export { ConferenceLearningsEntitiesProcessor } from './processors/ConferenceLearningsEntitiesProcessor';
export { TalkTechnologyProcessor } from './processors/TalkTechnologyProcessor';
export { TechnologyUsageProcessor } from './processors/TechnologyUsageProcessor';
export {
  technologyCatalogOf,
  type TechnologyCatalog,
} from './technologies/TechnologyIndex';
export { localRepositoryUrlReaderFactory } from './repositories/localRepositoryUrlReader';
