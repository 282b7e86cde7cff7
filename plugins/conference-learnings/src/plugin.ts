import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { conferenceLearningsApiRef, ConferenceLearningsClient } from './api';
import { rootRouteRef } from './routes';

/**
 * The Conference Learnings plugin for the legacy frontend system.
 * For the new frontend system, use the default export of `/alpha`.
 * @public
 */
export const conferenceLearningsPlugin = createPlugin({
  id: 'conference-learnings',
  apis: [
    createApiFactory({
      api: conferenceLearningsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new ConferenceLearningsClient(deps),
    }),
  ],
  routes: { root: rootRouteRef },
});

/** The Conference Learnings page; mount it at `/conference-learnings`. @public */
export const ConferenceLearningsPage = conferenceLearningsPlugin.provide(
  createRoutableExtension({
    name: 'ConferenceLearningsPage',
    component: () => import('./components/TalksPage').then(m => m.TalksPage),
    mountPoint: rootRouteRef,
  }),
);

/** The "Conference Learnings" entity tab content. @public */
export const EntityConferenceLearningsContent =
  conferenceLearningsPlugin.provide(
    createComponentExtension({
      name: 'EntityConferenceLearningsContent',
      component: {
        lazy: () =>
          import('./components/EntityConferenceLearningsContent').then(
            m => m.EntityConferenceLearningsContent,
          ),
      },
    }),
  );
