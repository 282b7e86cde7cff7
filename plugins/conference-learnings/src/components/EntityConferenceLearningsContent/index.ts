export { EntityConferenceLearningsContent } from './EntityConferenceLearningsContent';
