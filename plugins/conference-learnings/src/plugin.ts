import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import {
  createSearchResultListItemExtension,
  SearchResultListItemExtensionProps,
} from '@backstage/plugin-search-react';
import { CONFERENCE_TALK_DOCUMENT_TYPE } from '@conference-learnings/plugin-conference-learnings-common';
import { conferenceLearningsApiRef, ConferenceLearningsClient } from './api';
import { rootRouteRef } from './routes';
import type { ConferenceTalkSearchResultListItemProps } from './components/ConferenceTalkSearchResultListItem';

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

/**
 * The Conference Learnings page with the tabs Talks, Technologies, For my teams
 * and Learnings; mount it at `/conference-learnings`.
 * @public
 */
export const ConferenceLearningsPage: () => JSX.Element =
  conferenceLearningsPlugin.provide(
    createRoutableExtension({
      name: 'ConferenceLearningsPage',
      component: () =>
        import('./components/ConferenceLearningsPage').then(
          m => m.ConferenceLearningsPage,
        ),
      mountPoint: rootRouteRef,
    }),
  );

function entityComponent<T extends string>(
  name: T,
  load: () => Promise<() => JSX.Element>,
) {
  return conferenceLearningsPlugin.provide(
    createComponentExtension({ name, component: { lazy: load } }),
  );
}

/**
 * The "Conference Learnings" entity tab content for Component, API, Resource,
 * System, Domain, Group, User and Technology pages: ranked talks with why,
 * linking, learnings.
 * @public
 */
export const EntityConferenceLearningsContent = entityComponent(
  'EntityConferenceLearningsContent',
  () =>
    import('./components/EntityConferenceLearningsContent').then(
      m => m.EntityConferenceLearningsContent,
    ),
);

/** Talk pages: video, facts, speakers, abstract, slides and technologies. @public */
export const EntityTalkOverviewCard = entityComponent(
  'EntityTalkOverviewCard',
  () => import('./components/EntityCards').then(m => m.TalkOverviewCard),
);

/** Talk pages: the learnings, with adding and editing your own. @public */
export const EntityTalkLearningsCard = entityComponent(
  'EntityTalkLearningsCard',
  () => import('./components/EntityCards').then(m => m.TalkLearningsCard),
);

/** Talk pages: the services using the technologies the talk covers. @public */
export const EntityTalkServicesCard = entityComponent(
  'EntityTalkServicesCard',
  () => import('./components/EntityCards').then(m => m.TalkServicesCard),
);

/** Technology pages: "Talks about …", the most relevant talks covering it. @public */
export const EntityTechnologyTalksCard = entityComponent(
  'EntityTechnologyTalksCard',
  () => import('./components/EntityCards').then(m => m.TechnologyTalksCard),
);

/** Technology pages: "Used by", which entities use it and how. @public */
export const EntityTechnologyUsedByCard = entityComponent(
  'EntityTechnologyUsedByCard',
  () => import('./components/EntityCards').then(m => m.TechnologyUsedByCard),
);

/** Conference pages: the talks by day and track. @public */
export const EntityConferenceTalksCard = entityComponent(
  'EntityConferenceTalksCard',
  () => import('./components/EntityCards').then(m => m.ConferenceTalksCard),
);

/**
 * The search result list item of conference talks (`conference-talk` documents):
 * put it in your search page's `SearchResult`.
 * @public
 */
export const ConferenceTalkSearchResultListItem: (
  props: SearchResultListItemExtensionProps<ConferenceTalkSearchResultListItemProps>,
) => JSX.Element | null = conferenceLearningsPlugin.provide(
  createSearchResultListItemExtension({
    name: 'ConferenceTalkSearchResultListItem',
    component: () =>
      import('./components/ConferenceTalkSearchResultListItem').then(
        m => m.ConferenceTalkSearchResultListItem,
      ),
    predicate: result => result.type === CONFERENCE_TALK_DOCUMENT_TYPE,
  }),
);
