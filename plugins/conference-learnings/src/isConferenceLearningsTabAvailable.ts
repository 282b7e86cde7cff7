import { Entity } from '@backstage/catalog-model';
import { CONFERENCE_LEARNINGS_ENTITY_KINDS } from '@conference-learnings/plugin-conference-learnings-common';

function hasKind(entity: Entity, kind: string): boolean {
  return entity.kind.toLocaleLowerCase('en-US') === kind;
}

/** Whether an entity page shows the "Conference Learnings" tab. @public */
export function isConferenceLearningsTabAvailable(entity: Entity): boolean {
  return CONFERENCE_LEARNINGS_ENTITY_KINDS.includes(
    entity.kind.toLocaleLowerCase('en-US'),
  );
}

/** Whether the entity is a Talk, e.g. for `EntitySwitch.Case`. @public */
export function isTalk(entity: Entity): boolean {
  return hasKind(entity, 'talk');
}

/** Whether the entity is a Technology. @public */
export function isTechnology(entity: Entity): boolean {
  return hasKind(entity, 'technology');
}

/** Whether the entity is a Conference. @public */
export function isConference(entity: Entity): boolean {
  return hasKind(entity, 'conference');
}
