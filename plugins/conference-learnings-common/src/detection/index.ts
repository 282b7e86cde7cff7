export type {
  TechnologyDescriptor,
  TechnologyMatch,
  TechnologyMatcher,
  TechnologyMention,
} from './types';
export { createTechnologyMatcher } from './createTechnologyMatcher';
export {
  landscapeTechnologies,
  technologiesFromLandscape,
  type LandscapeTechnology,
} from './landscape';
export {
  technologyEntityName,
  technologyEntityRef,
} from './technologyEntityName';
