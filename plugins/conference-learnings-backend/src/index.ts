/**
 * The Conference Learnings backend plugin.
 *
 * @packageDocumentation
 */
export { conferenceLearningsPlugin as default } from './plugin';
