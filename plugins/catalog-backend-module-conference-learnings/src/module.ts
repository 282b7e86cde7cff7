import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { ConferenceLearningsEntitiesProcessor } from './processors/ConferenceLearningsEntitiesProcessor';

/**
 * Adds the Talk, Technology and Conference kinds and their relations to the catalog.
 * @public
 */
export const catalogModuleConferenceLearnings = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'conference-learnings',
  register(env) {
    env.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.addProcessor(new ConferenceLearningsEntitiesProcessor());
      },
    });
  },
});
