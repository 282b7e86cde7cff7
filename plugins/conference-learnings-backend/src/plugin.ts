import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { conferenceLearningsPermissions } from '@conference-learnings/plugin-conference-learnings-common';
import { ConferenceLearningsStore } from './database/ConferenceLearningsStore';
import { CatalogIndexProvider } from './catalogIndex/CatalogIndexProvider';
import { learningResourceRef, learningRules } from './permissions/rules';
import { readPluginConfig } from './config/readPluginConfig';
import { createRouter } from './routes/createRouter';
import { clientOnBehalfOf } from './actions/clientOnBehalfOf';
import { registerActions } from './actions/registerActions';

/**
 * The Conference Learnings backend plugin, served under `/api/conference-learnings`.
 * @public
 */
export const conferenceLearningsPlugin = createBackendPlugin({
  pluginId: 'conference-learnings',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        actionsRegistry: actionsRegistryServiceRef,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        userInfo: coreServices.userInfo,
        catalog: catalogServiceRef,
      },
      async init(deps) {
        const { httpRouter, logger, scheduler, permissionsRegistry } = deps;
        const config = readPluginConfig(deps.config);
        const store = await ConferenceLearningsStore.create(deps);
        const index = new CatalogIndexProvider({
          catalog: deps.catalog,
          auth: deps.auth,
          logger,
          pageSize: config.pageSize,
        });

        permissionsRegistry.addResourceType({
          resourceRef: learningResourceRef,
          permissions: conferenceLearningsPermissions,
          rules: learningRules,
          getResources: ids => store.getLearnings(ids),
        });

        // Staleness bound: refreshInterval plus one rebuild (seconds).
        await scheduler.scheduleTask({
          id: 'conference-learnings-catalog-index',
          scope: 'local',
          frequency: config.refreshInterval,
          timeout: { minutes: 5 },
          initialDelay: { seconds: 5 },
          fn: async () => {
            await index.refresh();
          },
        });

        httpRouter.use(
          await createRouter({
            ...deps,
            store,
            index: () => index.get(),
            learningRuleset:
              permissionsRegistry.getPermissionRuleset(learningResourceRef),
            changePolicy: config.changePolicy,
            appBaseUrl: deps.config.getOptionalString('app.baseUrl'),
          }),
        );
        registerActions({
          actionsRegistry: deps.actionsRegistry,
          client: clientOnBehalfOf(deps),
        });
      },
    });
  },
});
