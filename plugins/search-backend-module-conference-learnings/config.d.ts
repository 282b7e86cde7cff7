import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  search?: {
    collators?: {
      /** Indexing of conference talks by the Conference Learnings search module. */
      conferenceTalks?: {
        /**
         * How often talks are re-indexed.
         * Default: every 10 minutes, 15 minute timeout, first run 3 seconds after start.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
