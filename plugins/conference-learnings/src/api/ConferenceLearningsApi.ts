import { createApiRef } from '@backstage/core-plugin-api';
import { ConferenceLearningsApi } from '@conference-learnings/plugin-conference-learnings-common';

export type {
  ConferenceLearningsApi,
  EntityTalksQuery,
  ListLearningsQuery,
  PageQuery,
  RequestOptions,
} from '@conference-learnings/plugin-conference-learnings-common';
export { ConferenceLearningsClient } from '@conference-learnings/plugin-conference-learnings-common';

/**
 * The Conference Learnings API in the app; its default implementation is the
 * `ConferenceLearningsClient` of the common package, typed from the backend's
 * OpenAPI document.
 * @public
 */
export const conferenceLearningsApiRef = createApiRef<ConferenceLearningsApi>({
  id: 'plugin.conference-learnings.api',
});
