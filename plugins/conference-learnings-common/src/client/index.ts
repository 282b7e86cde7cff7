export type {
  ConferenceLearningsApi,
  ListLearningsQuery,
  PageQuery,
  RequestOptions,
} from './ConferenceLearningsApi';
export { ConferenceLearningsClient } from './ConferenceLearningsClient';
