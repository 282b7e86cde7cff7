import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import {
  LEARNING_PERMISSION_RULES,
  LEARNING_RESOURCE_TYPE,
} from '@conference-learnings/plugin-conference-learnings-common';
import { LearningRecord } from '../database/ConferenceLearningsStore';

/** A filter on learnings that a rule translates to (`toQuery`). @public */
export type LearningQuery = {
  property: 'createdBy' | 'talkRef';
  values: string[];
};

/** The resource type of learnings; resource refs are learning ids. @public */
export const learningResourceRef = createPermissionResourceRef<
  LearningRecord,
  LearningQuery
>().with({
  pluginId: 'conference-learnings',
  resourceType: LEARNING_RESOURCE_TYPE,
});

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value
        .filter((v): v is string => typeof v === 'string')
        .map(v => v.toLocaleLowerCase('en-US'))
    : [];
}

/**
 * `IS_AUTHOR`: the learning was written by one of `claims` — in a policy, pass
 * the user's entity ref or ownership entity refs:
 * `learningConditions.isAuthor({ claims: user.info.ownershipEntityRefs })`.
 * @public
 */
export const isAuthor = createPermissionRule<
  typeof learningResourceRef,
  { claims: string[] }
>({
  name: LEARNING_PERMISSION_RULES.IS_AUTHOR,
  description: 'Allow learnings written by one of the given user entity refs',
  resourceRef: learningResourceRef,
  apply: (learning, params) =>
    stringList(params?.claims).includes(
      learning.createdBy.toLocaleLowerCase('en-US'),
    ),
  toQuery: params => ({
    property: 'createdBy',
    values: stringList(params?.claims),
  }),
});

/**
 * `IS_ON_TALK`: the learning is about one of `talkRefs` (full refs), e.g. to let
 * a conference's organisers moderate the learnings on its talks.
 * @public
 */
export const isOnTalk = createPermissionRule<
  typeof learningResourceRef,
  { talkRefs: string[] }
>({
  name: LEARNING_PERMISSION_RULES.IS_ON_TALK,
  description: 'Allow learnings about one of the given talk entity refs',
  resourceRef: learningResourceRef,
  apply: (learning, params) =>
    stringList(params?.talkRefs).includes(learning.talkRef),
  toQuery: params => ({
    property: 'talkRef',
    values: stringList(params?.talkRefs),
  }),
});

/** The rules of learnings, registered with the permission framework. */
export const learningRules = [isAuthor, isOnTalk];

const conditionExports = createConditionExports({
  resourceRef: learningResourceRef,
  rules: { isAuthor, isOnTalk },
});

/**
 * Conditions for permission policies on `conference-learnings.learning.update`
 * and `.delete`, e.g. `learningConditions.isAuthor({ claims: [userRef] })`.
 * @public
 */
export const learningConditions = conditionExports.conditions;

/**
 * Wraps learning conditions into a conditional policy decision.
 * @public
 */
export const createLearningConditionalDecision =
  conditionExports.createConditionalDecision;
