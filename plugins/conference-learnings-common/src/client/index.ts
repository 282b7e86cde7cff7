export type {
  ConferenceLearningsApi,
  EntityTalksQuery,
  ListLearningsQuery,
  PageQuery,
  RequestOptions,
} from './ConferenceLearningsApi';
export { ConferenceLearningsClient } from './ConferenceLearningsClient';
