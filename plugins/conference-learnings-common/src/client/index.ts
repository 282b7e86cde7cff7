export * from './ConferenceLearningsApi';
export { ConferenceLearningsClient } from './ConferenceLearningsClient';
