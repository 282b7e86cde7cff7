export type {
  TechnologyDescriptor,
  TechnologyMatch,
  TechnologyMatcher,
  TechnologyMention,
} from './types';
export { createTechnologyMatcher } from './createTechnologyMatcher';
export {
  technologyEntityName,
  technologyEntityRef,
} from './technologyEntityName';
export { talkTextForDetection } from './talkTextForDetection';
