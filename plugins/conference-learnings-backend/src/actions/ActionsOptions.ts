import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { ConferenceLearningsClient } from '@conference-learnings/plugin-conference-learnings-common';

/** What each action is registered with. */
export interface ActionsOptions {
  actionsRegistry: ActionsRegistryService;
  /** This plugin's API, called on behalf of the action's caller */
  client: (credentials: BackstageCredentials) => ConferenceLearningsClient;
}

/** The zod the actions registry hands each schema function. */
export type Zod = Parameters<
  Parameters<ActionsRegistryService['register']>[0]['schema']['input']
>[0];
