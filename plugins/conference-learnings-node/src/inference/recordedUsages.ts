import { Entity } from '@backstage/catalog-model';
import {
  EntityTechnologyUsageReason,
  RELATION_USES_TECHNOLOGY,
  TechnologyUsageReason,
} from '@conference-learnings/plugin-conference-learnings-common';
import { TechnologyUsage } from './inferTechnologyUsages';

/**
 * The annotation in which the catalog module records, on each Component, System,
 * Resource and API it processes, which technologies the entity uses and why: a
 * JSON array of `{ technologyRef, reasons }`. It is written by the catalog module
 * (any value in a catalog file is replaced), next to the `usesTechnology`
 * relations it emits, and read by the backend, so the reasons are worked out once.
 * @public
 */
export const TECHNOLOGY_USAGES_ANNOTATION =
  'conference-learnings.io/technology-usages';

/**
 * The entity with its usages recorded in {@link TECHNOLOGY_USAGES_ANNOTATION}
 * (the annotation removed when there are none); the entity itself is not changed.
 * @public
 */
export function recordTechnologyUsages(
  entity: Entity,
  usages: TechnologyUsage[],
): Entity {
  const { [TECHNOLOGY_USAGES_ANNOTATION]: _replaced, ...annotations } =
    entity.metadata.annotations ?? {};
  if (usages.length) {
    annotations[TECHNOLOGY_USAGES_ANNOTATION] = JSON.stringify(usages);
  }
  return { ...entity, metadata: { ...entity.metadata, annotations } };
}

const REASON_TYPES = new Set(['explicit', 'tag', 'annotation']);

function isReason(value: unknown): value is TechnologyUsageReason {
  return (
    typeof value === 'object' &&
    value !== null &&
    REASON_TYPES.has((value as { type?: unknown }).type as string)
  );
}

/**
 * The technologies an entity uses, by lower-case ref, with their reasons: those
 * recorded in {@link TECHNOLOGY_USAGES_ANNOTATION}, then each `usesTechnology`
 * relation none of them explains (from another processor) with the reason
 * `relation`. A malformed annotation counts as none.
 * @public
 */
export function readTechnologyUsages(
  entity: Entity,
): Map<string, EntityTechnologyUsageReason[]> {
  const usages = new Map<string, EntityTechnologyUsageReason[]>();
  const recorded = entity.metadata.annotations?.[TECHNOLOGY_USAGES_ANNOTATION];
  if (recorded) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(recorded);
    } catch {
      parsed = [];
    }
    for (const usage of Array.isArray(parsed) ? parsed : []) {
      const ref = usage?.technologyRef;
      const reasons = Array.isArray(usage?.reasons)
        ? usage.reasons.filter(isReason)
        : [];
      if (typeof ref === 'string' && reasons.length) {
        usages.set(ref.toLocaleLowerCase('en-US'), reasons);
      }
    }
  }
  for (const relation of entity.relations ?? []) {
    const ref = relation.targetRef.toLocaleLowerCase('en-US');
    if (relation.type === RELATION_USES_TECHNOLOGY && !usages.has(ref)) {
      usages.set(ref, [{ type: 'relation' }]);
    }
  }
  return usages;
}
