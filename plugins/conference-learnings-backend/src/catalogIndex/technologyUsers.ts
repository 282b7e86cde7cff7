import {
  TechnologyUse,
  TechnologyUser,
} from '@conference-learnings/plugin-conference-learnings-common';
import { CatalogIndex } from './CatalogIndex';
import { IndexedEntity } from './indexedEntity';

/** An entity as a user of the given technologies (those it uses of them). */
export function technologyUserOf(
  index: CatalogIndex,
  entity: IndexedEntity,
  technologyRefs: Iterable<string>,
): TechnologyUser {
  const uses: TechnologyUse[] = [];
  for (const technologyRef of technologyRefs) {
    const reasons = entity.usages.get(technologyRef);
    if (!reasons) continue;
    uses.push({
      technologyRef,
      technologyTitle:
        index.getTechnology(technologyRef)?.title ?? technologyRef,
      reasons,
    });
  }
  return {
    entityRef: entity.ref,
    kind: entity.displayKind,
    title: entity.title,
    ...(entity.type ? { type: entity.type } : {}),
    ...(entity.ownerRef ? { ownerRef: entity.ownerRef } : {}),
    uses,
  };
}

/**
 * The Components, APIs, Resources and Systems that use any of the technologies,
 * each with the ones it uses and the recorded reasons; those using the most of
 * them first, then by title.
 */
export function technologyUsers(
  index: CatalogIndex,
  technologyRefs: string[],
): TechnologyUser[] {
  const refs = [
    ...new Set(technologyRefs.map(ref => ref.toLocaleLowerCase('en-US'))),
  ];
  const userRefs = new Set(
    refs.flatMap(ref => index.getTechnology(ref)?.userRefs ?? []),
  );
  const users: TechnologyUser[] = [];
  for (const userRef of userRefs) {
    const entity = index.getEntity(userRef);
    if (entity) users.push(technologyUserOf(index, entity, refs));
  }
  return users.sort(
    (a, b) =>
      b.uses.length - a.uses.length ||
      a.title.localeCompare(b.title) ||
      (a.entityRef < b.entityRef ? -1 : 1),
  );
}
