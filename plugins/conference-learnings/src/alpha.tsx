import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import { CONFERENCE_TALK_DOCUMENT_TYPE } from '@conference-learnings/plugin-conference-learnings-common';
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
    // The page renders its own Backstage header and tabs, as in the legacy system.
    noHeader: true,
    loader: () =>
      import('./components/ConferenceLearningsPage').then(m => (
        <m.ConferenceLearningsPage />
      )),
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

const cards = () => import('./components/EntityCards');

const talkOverviewCard = EntityCardBlueprint.make({
  name: 'talk-overview',
  params: {
    filter: { kind: 'talk' },
    loader: () => cards().then(m => <m.TalkOverviewCard />),
  },
});

const talkLearningsCard = EntityCardBlueprint.make({
  name: 'talk-learnings',
  params: {
    filter: { kind: 'talk' },
    loader: () => cards().then(m => <m.TalkLearningsCard />),
  },
});

const talkServicesCard = EntityCardBlueprint.make({
  name: 'talk-services',
  params: {
    filter: { kind: 'talk' },
    loader: () => cards().then(m => <m.TalkServicesCard />),
  },
});

const technologyTalksCard = EntityCardBlueprint.make({
  name: 'technology-talks',
  params: {
    filter: { kind: 'technology' },
    loader: () => cards().then(m => <m.TechnologyTalksCard />),
  },
});

const technologyUsedByCard = EntityCardBlueprint.make({
  name: 'technology-used-by',
  params: {
    filter: { kind: 'technology' },
    loader: () => cards().then(m => <m.TechnologyUsedByCard />),
  },
});

const conferenceTalksCard = EntityCardBlueprint.make({
  name: 'conference-talks',
  params: {
    filter: { kind: 'conference' },
    loader: () => cards().then(m => <m.ConferenceTalksCard />),
  },
});

const conferenceTalkSearchResultListItem = SearchResultListItemBlueprint.make({
  name: 'conference-talk',
  params: {
    predicate: result => result.type === CONFERENCE_TALK_DOCUMENT_TYPE,
    icon: <SchoolIcon />,
    component: () =>
      import('./components/ConferenceTalkSearchResultListItem').then(
        m => m.ConferenceTalkSearchResultListItem,
      ),
  },
});

const conferenceTalkSearchResultType = SearchFilterResultTypeBlueprint.make({
  name: 'conference-talk',
  params: {
    value: CONFERENCE_TALK_DOCUMENT_TYPE,
    name: 'Conference talks',
    icon: <SchoolIcon />,
  },
});

/**
 * The Conference Learnings plugin for the new frontend system: the page at
 * `/conference-learnings` with its sidebar entry, the "Conference Learnings"
 * entity tab, the entity cards of Talk, Technology and Conference pages, the
 * `conference-talk` search result item and result type, and the API client.
 * @public
 */
export default createFrontendPlugin({
  pluginId: 'conference-learnings',
  extensions: [
    conferenceLearningsApi,
    conferenceLearningsPage,
    entityConferenceLearningsContent,
    talkOverviewCard,
    talkLearningsCard,
    talkServicesCard,
    technologyTalksCard,
    technologyUsedByCard,
    conferenceTalksCard,
    conferenceTalkSearchResultListItem,
    conferenceTalkSearchResultType,
  ],
  routes: { root: rootRouteRef },
});
