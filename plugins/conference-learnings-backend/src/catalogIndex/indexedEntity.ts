import {
  Entity,
  RELATION_HAS_PART,
  RELATION_MEMBER_OF,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  EntityTechnologyUsageReason,
  TECHNOLOGY_USING_KINDS,
} from '@conference-learnings/plugin-conference-learnings-common';
import { readTechnologyUsages } from '@conference-learnings/plugin-conference-learnings-node';

/**
 * What the index keeps of an entity other than a talk, technology or
 * conference: who it is, what it uses and why (as the catalog module recorded),
 * and its place in the graph.
 */
export interface IndexedEntity {
  /** Full lower-case ref */
  ref: string;
  /** Lower-case kind */
  kind: string;
  /** The kind as written, e.g. `Component` */
  displayKind: string;
  title: string;
  type?: string;
  /** Full ref of its first owner */
  ownerRef?: string;
  /** Technology ref → reasons, for Components, APIs, Resources and Systems */
  usages: Map<string, EntityTechnologyUsageReason[]>;
  /** Targets by relation type: hasPart, partOf, ownerOf, ownedBy, memberOf */
  related: {
    hasPart: string[];
    partOf: string[];
    ownerOf: string[];
    ownedBy: string[];
    memberOf: string[];
  };
}

/** The catalog fields {@link indexEntity} reads. */
export const INDEXED_ENTITY_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'metadata.etag',
  'metadata.annotations',
  'spec.type',
  'relations',
];

function targets(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(r => r.type === type)
    .map(r => r.targetRef.toLocaleLowerCase('en-US'));
}

/** What the index keeps of an entity (also of a fresher copy read per request). */
export function indexEntity(entity: Entity): IndexedEntity {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  const ownedBy = targets(entity, RELATION_OWNED_BY);
  const type = entity.spec?.type;
  return {
    ref: stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
    kind,
    displayKind: entity.kind,
    title: entity.metadata.title ?? entity.metadata.name,
    type: typeof type === 'string' ? type : undefined,
    ownerRef: ownedBy[0],
    usages: TECHNOLOGY_USING_KINDS.includes(kind)
      ? readTechnologyUsages(entity)
      : new Map(),
    related: {
      hasPart: targets(entity, RELATION_HAS_PART),
      partOf: targets(entity, RELATION_PART_OF),
      ownerOf: targets(entity, RELATION_OWNER_OF),
      ownedBy,
      memberOf: targets(entity, RELATION_MEMBER_OF),
    },
  };
}
