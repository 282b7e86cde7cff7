import { Entity } from '@backstage/catalog-model';

const KINDS_WITH_TAB = [
  'component',
  'api',
  'resource',
  'system',
  'group',
  'technology',
];

/** Whether an entity page shows the "Conference Learnings" tab. @public */
export function isConferenceLearningsTabAvailable(entity: Entity): boolean {
  return KINDS_WITH_TAB.includes(entity.kind.toLocaleLowerCase('en-US'));
}
