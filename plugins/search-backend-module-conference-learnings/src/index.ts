/**
 * Search module for Conference Learnings: indexes conference talks.
 *
 * @packageDocumentation
 */
export { searchModuleConferenceLearnings as default } from './module';
export {
  ConferenceTalkCollatorFactory,
  type ConferenceTalkCollatorFactoryOptions,
} from './collators/ConferenceTalkCollatorFactory';
