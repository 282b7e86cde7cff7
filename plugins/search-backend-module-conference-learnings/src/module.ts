import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { ConferenceTalkCollatorFactory } from './collators/ConferenceTalkCollatorFactory';
import { BackendLearningsReader } from './collators/LearningsReader';

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 10 },
  timeout: { minutes: 15 },
  initialDelay: { seconds: 3 },
};

/**
 * Indexes conference talks in the Backstage search.
 * @public
 */
export const searchModuleConferenceLearnings = createBackendModule({
  pluginId: 'search',
  moduleId: 'conference-learnings',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({
        config,
        logger,
        auth,
        discovery,
        scheduler,
        catalog,
        indexRegistry,
      }) {
        const scheduleConfig = config.getOptionalConfig(
          'search.collators.conferenceTalks.schedule',
        );
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(
            scheduleConfig
              ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
                  scheduleConfig,
                )
              : DEFAULT_SCHEDULE,
          ),
          factory: new ConferenceTalkCollatorFactory({
            catalog,
            auth,
            logger,
            learnings: new BackendLearningsReader({ discovery, auth }),
          }),
        });
      },
    });
  },
});
