/*
 * The permissions of the Conference Learnings backend. They have exactly the shape
 * of `BasicPermission` and `ResourcePermission` from
 * `@backstage/plugin-permission-common` (structural types, so this isomorphic
 * package needs no dependency on it): pass them to `usePermission` in the frontend
 * or `isPermission` in a permission policy as they are.
 *
 * How the backend applies them — in particular that only a learning's author may
 * change it unless a policy grants more — is described in the backend's README.
 */

/** The action a permission is about. @public */
export type ConferenceLearningsPermissionAction =
  | 'create'
  | 'read'
  | 'update'
  | 'delete';

/** A permission that does not refer to a resource (same shape as `BasicPermission`). @public */
export type ConferenceLearningsBasicPermission = {
  type: 'basic';
  name: string;
  attributes: { action?: ConferenceLearningsPermissionAction };
};

/** The resource type of learnings; their resource ref is the learning id. @public */
export const LEARNING_RESOURCE_TYPE = 'conference-learnings-learning';

/** A permission on one learning (same shape as `ResourcePermission`). @public */
export type ConferenceLearningsLearningPermission = {
  type: 'resource';
  name: string;
  attributes: { action?: ConferenceLearningsPermissionAction };
  resourceType: typeof LEARNING_RESOURCE_TYPE;
};

/** Link a talk to an entity. @public */
export const linkCreatePermission: ConferenceLearningsBasicPermission = {
  type: 'basic',
  name: 'conference-learnings.link.create',
  attributes: { action: 'create' },
};

/** Remove the link between a talk and an entity. @public */
export const linkDeletePermission: ConferenceLearningsBasicPermission = {
  type: 'basic',
  name: 'conference-learnings.link.delete',
  attributes: { action: 'delete' },
};

/** Write a learning about a talk. @public */
export const learningCreatePermission: ConferenceLearningsBasicPermission = {
  type: 'basic',
  name: 'conference-learnings.learning.create',
  attributes: { action: 'create' },
};

/** Change a learning; authorized with the learning's id as resource ref. @public */
export const learningUpdatePermission: ConferenceLearningsLearningPermission = {
  type: 'resource',
  name: 'conference-learnings.learning.update',
  attributes: { action: 'update' },
  resourceType: LEARNING_RESOURCE_TYPE,
};

/** Delete a learning; authorized with the learning's id as resource ref. @public */
export const learningDeletePermission: ConferenceLearningsLearningPermission = {
  type: 'resource',
  name: 'conference-learnings.learning.delete',
  attributes: { action: 'delete' },
  resourceType: LEARNING_RESOURCE_TYPE,
};

/** Every permission of Conference Learnings. @public */
export const conferenceLearningsPermissions = [
  linkCreatePermission,
  linkDeletePermission,
  learningCreatePermission,
  learningUpdatePermission,
  learningDeletePermission,
];

/**
 * The permission rules of learnings, by name, for conditional decisions:
 * `IS_AUTHOR` (params `{ claims: string[] }`: the learning's author is one of the
 * claims, e.g. the user's ownership entity refs) and `IS_ON_TALK` (params
 * `{ talkRefs: string[] }`: the learning is about one of these talks).
 * @public
 */
export const LEARNING_PERMISSION_RULES = {
  IS_AUTHOR: 'IS_AUTHOR',
  IS_ON_TALK: 'IS_ON_TALK',
} as const;
