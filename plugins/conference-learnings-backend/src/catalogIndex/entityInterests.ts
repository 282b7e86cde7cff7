import {
  aggregateInterests,
  EntityUsage,
  ownInterests,
} from '../ranking/aggregateInterests';
import { Interests } from '../ranking/corpus';
import { CatalogIndex } from './CatalogIndex';
import { IndexedEntity } from './indexedEntity';

function union(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

/** A System's or Domain's parts, recursively (Domain → Systems → Components …). */
function expandParts(index: CatalogIndex, refs: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...refs];
  while (queue.length) {
    const ref = queue.pop()!;
    if (seen.has(ref)) continue;
    seen.add(ref);
    const kind = index.getEntity(ref)?.kind ?? ref.slice(0, ref.indexOf(':'));
    if (kind === 'system' || kind === 'domain') queue.push(...index.parts(ref));
  }
  return [...seen];
}

/** Everything the owners own, Systems and Domains expanded to their parts. */
export function ownedMembers(
  index: CatalogIndex,
  ownerRefs: string[],
  extra: string[] = [],
): string[] {
  return expandParts(
    index,
    union(extra, ...ownerRefs.map(owner => index.ownedEntities(owner))),
  );
}

/** The usages of each member, as the index knows them. */
export function memberUsages(
  index: CatalogIndex,
  members: string[],
): [string, EntityUsage[]][] {
  return members.map(member => {
    const entity = index.getEntity(member);
    return [member, entity ? index.usagesOf(entity) : []];
  });
}

/**
 * The technologies an entity uses, with how strongly (u(E, t)) and why:
 *
 * - Component, API, Resource: its own recorded usages.
 * - System: its own and those of its parts (`hasPart`/`partOf`).
 * - Domain: those of its Systems and their parts.
 * - Group: those of what it owns (`ownerOf`/`ownedBy`), Systems and Domains
 *   expanded to their parts.
 * - User: those of what they own and of their groups (`memberOf`).
 * - Technology: the technology itself.
 *
 * `entity` is the index's copy, or a fresher one read from the catalog; its
 * parts, owned entities and groups' possessions come from the index.
 */
export function entityInterests(
  index: CatalogIndex,
  entity: IndexedEntity,
): Interests {
  const { ref, kind, related } = entity;
  if (kind === 'technology') {
    const technology = index.getTechnology(ref);
    return new Map(
      technology
        ? [
            [
              technology.id,
              {
                technologyId: technology.id,
                strength: 1,
                usedBy: [],
                usedByCount: 0,
              },
            ],
          ]
        : [],
    );
  }
  if (kind === 'component' || kind === 'api' || kind === 'resource') {
    return ownInterests(ref, index.usagesOf(entity));
  }
  let members: string[];
  if (kind === 'system' || kind === 'domain') {
    members = expandParts(index, union(related.hasPart, index.parts(ref)));
  } else if (kind === 'group') {
    members = ownedMembers(index, [ref], related.ownerOf);
  } else if (kind === 'user') {
    members = ownedMembers(index, union([ref], related.memberOf));
  } else {
    return new Map();
  }
  const usages = memberUsages(
    index,
    members.filter(member => member !== ref),
  );
  if (kind === 'system') usages.unshift([ref, index.usagesOf(entity)]);
  return aggregateInterests(usages);
}
