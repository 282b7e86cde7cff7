import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import SchoolIcon from '@material-ui/icons/School';
import { conferenceLearningsApiRef, ConferenceLearningsClient } from './api';
import { isConferenceLearningsTabAvailable } from './isConferenceLearningsTabAvailable';
import { rootRouteRef } from './routes';

const conferenceLearningsApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: conferenceLearningsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new ConferenceLearningsClient(deps),
    }),
});

const conferenceLearningsPage = PageBlueprint.make({
  params: {
    path: '/conference-learnings',
    routeRef: rootRouteRef,
    title: 'Conference Learnings',
    icon: <SchoolIcon />,
    // The page renders its own Backstage header, as in the legacy frontend system.
    noHeader: true,
    loader: () => import('./components/TalksPage').then(m => <m.TalksPage />),
  },
});

const entityConferenceLearningsContent = EntityContentBlueprint.make({
  params: {
    path: '/conference-learnings',
    title: 'Conference Learnings',
    filter: isConferenceLearningsTabAvailable,
    loader: () =>
      import('./components/EntityConferenceLearningsContent').then(m => (
        <m.EntityConferenceLearningsContent />
      )),
  },
});

/**
 * The Conference Learnings plugin for the new frontend system: the page at
 * `/conference-learnings` with its sidebar entry, the "Conference Learnings"
 * entity tab and the API client.
 * @public
 */
export default createFrontendPlugin({
  pluginId: 'conference-learnings',
  extensions: [
    conferenceLearningsApi,
    conferenceLearningsPage,
    entityConferenceLearningsContent,
  ],
  routes: { root: rootRouteRef },
});
