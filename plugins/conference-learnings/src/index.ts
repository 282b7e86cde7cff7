/**
 * Conference Learnings frontend plugin: conference talks on the technologies your
 * services use. This entry point is for the legacy frontend system; the new
 * frontend system uses `@conference-learnings/plugin-conference-learnings/alpha`.
 *
 * @packageDocumentation
 */
export {
  conferenceLearningsPlugin,
  ConferenceLearningsPage,
  EntityConferenceLearningsContent,
  EntityTalkOverviewCard,
  EntityTalkLearningsCard,
  EntityTalkServicesCard,
  EntityTechnologyTalksCard,
  EntityTechnologyUsedByCard,
  EntityConferenceTalksCard,
  ConferenceTalkSearchResultListItem,
} from './plugin';
export type { ConferenceTalkSearchResultListItemProps } from './components/ConferenceTalkSearchResultListItem';
export {
  isConferenceLearningsTabAvailable,
  isTalk,
  isTechnology,
  isConference,
} from './isConferenceLearningsTabAvailable';
export * from './api';
export { rootRouteRef } from './routes';
