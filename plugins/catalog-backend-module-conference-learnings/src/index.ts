/**
 * Catalog module for Conference Learnings: the Talk, Technology and Conference
 * kinds, their relations and entity providers.
 *
 * @packageDocumentation
 */
export { catalogModuleConferenceLearnings as default } from './module';
export { ConferenceLearningsEntitiesProcessor } from './processors/ConferenceLearningsEntitiesProcessor';
export { TechnologyUsageProcessor } from './processors/TechnologyUsageProcessor';
