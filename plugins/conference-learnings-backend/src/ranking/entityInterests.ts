import {
  Entity,
  RELATION_HAS_PART,
  RELATION_MEMBER_OF,
  RELATION_OWNER_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { TechnologyUsageEvidence } from '@conference-learnings/plugin-conference-learnings-common';
import { CatalogIndex, EntityUsage } from '../index/CatalogIndex';
import { aggregateUsageStrength } from './formula';

/** A technology an entity cares about: u(E, t) and the evidence for it. */
export interface TechnologyInterest {
  technologyId: number;
  /** u(E, t) */
  strength: number;
  /** At most {@link MAX_EVIDENCE} entities using it, the entity itself first */
  usedBy: TechnologyUsageEvidence[];
  usedByCount: number;
}

/** Technology id → interest. */
export type Interests = Map<number, TechnologyInterest>;

/** How many using entities a reason lists. */
const MAX_EVIDENCE = 5;

/** The kinds `GET /entities/{kind}/{namespace}/{name}/talks` ranks talks for. */
export const RANKABLE_KINDS = [
  'component',
  'api',
  'resource',
  'system',
  'domain',
  'group',
  'user',
  'technology',
];

function targets(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(r => r.type === type)
    .map(r => r.targetRef.toLocaleLowerCase('en-US'));
}

function union(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

/** A System's or Domain's parts, recursively (Domain → Systems → Components …), from the index. */
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

/**
 * The technologies an entity uses, with how strongly (u(E, t)) and why:
 *
 * - Component, API, Resource: its own usages (relations, explained by inference).
 * - System: its own and those of its parts (`hasPart`/`partOf`).
 * - Domain: those of its Systems and their parts.
 * - Group: those of what it owns (`ownerOf`/`ownedBy`), Systems and Domains
 *   expanded to their parts.
 * - User: those of what they own and of their groups (`memberOf`).
 * - Technology: the technology itself.
 *
 * The entity is the caller's fresh copy from the catalog; its parts, owned
 * entities and groups come from the index.
 */
export function entityInterests(
  index: CatalogIndex,
  entity: Entity,
): Interests {
  const ref = stringifyEntityRef(entity);
  const kind = entity.kind.toLocaleLowerCase('en-US');
  const interests: Interests = new Map();

  if (kind === 'technology') {
    const technology = index.getTechnology(ref);
    if (technology) {
      interests.set(technology.id, {
        technologyId: technology.id,
        strength: 1,
        usedBy: [],
        usedByCount: 0,
      });
    }
    return interests;
  }

  if (kind === 'component' || kind === 'api' || kind === 'resource') {
    for (const usage of index.usagesOf(entity)) {
      interests.set(usage.technologyId, {
        technologyId: usage.technologyId,
        strength: usage.strength,
        usedBy: [{ entityRef: ref, reasons: usage.reasons }],
        usedByCount: 1,
      });
    }
    return interests;
  }

  let members: string[];
  if (kind === 'system' || kind === 'domain') {
    members = expandParts(
      index,
      union(targets(entity, RELATION_HAS_PART), index.parts(ref)),
    );
  } else if (kind === 'group' || kind === 'user') {
    const owners =
      kind === 'user'
        ? union([ref], targets(entity, RELATION_MEMBER_OF))
        : [ref];
    const owned = union(
      kind === 'group' ? targets(entity, RELATION_OWNER_OF) : [],
      ...owners.map(owner => index.ownedEntities(owner)),
    );
    members = expandParts(index, owned);
  } else {
    return interests;
  }

  const usagesByMember: [string, EntityUsage[]][] = members
    .filter(member => member !== ref)
    .map(member => [member, index.getEntity(member)?.usages ?? []]);
  if (kind === 'system') usagesByMember.unshift([ref, index.usagesOf(entity)]);
  aggregate(usagesByMember, interests);
  return interests;
}

function aggregate(
  usagesByMember: [string, EntityUsage[]][],
  interests: Interests,
) {
  const using = usagesByMember.filter(([, usages]) => usages.length > 0);
  const strongest = new Map<number, number>();
  for (const [member, usages] of using) {
    for (const usage of usages) {
      let interest = interests.get(usage.technologyId);
      if (!interest) {
        interest = {
          technologyId: usage.technologyId,
          strength: 0,
          usedBy: [],
          usedByCount: 0,
        };
        interests.set(usage.technologyId, interest);
      }
      interest.usedByCount++;
      if (interest.usedBy.length < MAX_EVIDENCE) {
        interest.usedBy.push({ entityRef: member, reasons: usage.reasons });
      }
      strongest.set(
        usage.technologyId,
        Math.max(strongest.get(usage.technologyId) ?? 0, usage.strength),
      );
    }
  }
  for (const interest of interests.values()) {
    interest.strength = aggregateUsageStrength(
      strongest.get(interest.technologyId) ?? 0,
      interest.usedByCount,
      using.length,
    );
  }
}
