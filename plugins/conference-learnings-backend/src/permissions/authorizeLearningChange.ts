import {
  BackstageCredentials,
  BackstageUserPrincipal,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  PermissionRuleset,
} from '@backstage/plugin-permission-node';
import { ConferenceLearningsLearningPermission } from '@conference-learnings/plugin-conference-learnings-common';
import { LearningRecord } from '../database/ConferenceLearningsStore';
import { LearningQuery } from './rules';

/**
 * Who may change a learning (`conferenceLearnings.learnings.changePolicy`):
 *
 * - `authors` (default): the policy may restrict, never widen beyond the author.
 *   DENY → 403 for everyone; CONDITIONAL → its conditions decide (this is how a
 *   policy grants non-authors, e.g. `anyOf([isAuthor, isOnTalk])`); ALLOW → only
 *   the author. With the allow-all policy, only authors change their learnings.
 * - `policy`: the policy alone decides, as Backstage permissions usually do:
 *   ALLOW lets anyone (so allow-all lets anyone), CONDITIONAL applies its
 *   conditions (`isAuthor` for author-only), DENY refuses.
 */
export type LearningChangePolicy = 'authors' | 'policy';

/** Throws a `NotAllowedError` (403) unless the user may apply `permission` to `learning`. */
export async function authorizeLearningChange(options: {
  permissions: PermissionsService;
  credentials: BackstageCredentials<BackstageUserPrincipal>;
  permission: ConferenceLearningsLearningPermission;
  learning: LearningRecord;
  ruleset: PermissionRuleset<LearningRecord, LearningQuery>;
  changePolicy: LearningChangePolicy;
}): Promise<void> {
  const { permissions, credentials, permission, learning, ruleset } = options;
  const action = permission.attributes.action ?? 'change';
  const [decision] = await permissions.authorizeConditional([{ permission }], {
    credentials,
  });
  if (decision.result === AuthorizeResult.DENY) {
    throw new NotAllowedError(
      `You are not allowed to ${action} learnings (${permission.name})`,
    );
  }
  if (decision.result === AuthorizeResult.CONDITIONAL) {
    if (!createConditionAuthorizer(ruleset)(decision, learning)) {
      throw new NotAllowedError(
        `You are not allowed to ${action} learning ${learning.id} (${permission.name})`,
      );
    }
    return;
  }
  if (
    options.changePolicy === 'authors' &&
    learning.createdBy.toLocaleLowerCase('en-US') !==
      credentials.principal.userEntityRef.toLocaleLowerCase('en-US')
  ) {
    throw new NotAllowedError(
      `Only the author of learning ${learning.id} (${learning.createdBy}) may ${action} it`,
    );
  }
}
