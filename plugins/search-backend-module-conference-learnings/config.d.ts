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
        /**
         * How many talks to read from the Conference Learnings backend per request,
         * from 1 to 100. Default: 100.
         */
        batchSize?: number;
        /**
         * The path of a talk's page in the app, where `:namespace`, `:kind` and
         * `:name` are replaced by the talk's. Default: `/catalog/:namespace/:kind/:name`.
         */
        locationTemplate?: string;
      };
    };
  };
}
