import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { ConferenceLearningsClient } from '@conference-learnings/plugin-conference-learnings-common';
import { ConferenceTalkCollatorFactory } from './collators/ConferenceTalkCollatorFactory';
import { readCollatorConfig } from './collators/readCollatorConfig';

/**
 * Indexes conference talks in the Backstage search, as a client of the
 * Conference Learnings backend.
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
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({
        config,
        logger,
        auth,
        discovery,
        scheduler,
        indexRegistry,
      }) {
        const { schedule, batchSize, locationTemplate } =
          readCollatorConfig(config);
        // Every call carries the search plugin's own service credentials.
        const fetchWithCredentials: typeof fetch = async (input, init) => {
          const { token } = await auth.getPluginRequestToken({
            onBehalfOf: await auth.getOwnServiceCredentials(),
            targetPluginId: 'conference-learnings',
          });
          const request = new Request(input, init);
          request.headers.set('Authorization', `Bearer ${token}`);
          return fetch(request);
        };
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(schedule),
          factory: new ConferenceTalkCollatorFactory({
            client: new ConferenceLearningsClient({
              discoveryApi: discovery,
              fetchApi: { fetch: fetchWithCredentials },
            }),
            logger,
            batchSize,
            locationTemplate,
          }),
        });
      },
    });
  },
});
