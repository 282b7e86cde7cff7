import { createApiRef } from '@backstage/core-plugin-api';
import { TalksPage } from '@conference-learnings/plugin-conference-learnings-common';

/** Options of {@link ConferenceLearningsApi.listTalks}. @public */
export interface ListTalksOptions {
  q?: string;
  limit?: number;
  offset?: number;
}

/** Client of the Conference Learnings backend. @public */
export interface ConferenceLearningsApi {
  listTalks(options?: ListTalksOptions): Promise<TalksPage>;
  /** Talks relevant to an entity, given by its full ref (`component:default/shipment-tracker`). */
  getEntityTalks(entityRef: string): Promise<TalksPage>;
}

/** @public */
export const conferenceLearningsApiRef = createApiRef<ConferenceLearningsApi>({
  id: 'plugin.conference-learnings.api',
});
