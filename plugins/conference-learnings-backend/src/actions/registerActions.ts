import { createAddLearningAction } from './createAddLearningAction';
import { createFindRelevantTalksAction } from './createFindRelevantTalksAction';
import { createLinkTalkAction } from './createLinkTalkAction';
import { createListTalkLearningsAction } from './createListTalkLearningsAction';
import { createSearchTalksAction } from './createSearchTalksAction';
import { ActionsOptions } from './ActionsOptions';

/**
 * Registers the plugin's actions with Backstage's actions registry, where
 * `@backstage/plugin-mcp-actions-backend` serves them to AI assistants (when
 * `backend.actions.pluginSources` names `conference-learnings`). Every action
 * calls the REST API on behalf of its caller.
 */
export function registerActions(options: ActionsOptions) {
  createFindRelevantTalksAction(options);
  createSearchTalksAction(options);
  createListTalkLearningsAction(options);
  createAddLearningAction(options);
  createLinkTalkAction(options);
}
