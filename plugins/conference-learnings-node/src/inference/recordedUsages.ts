import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  EntityTechnologyUsageReason,
  httpUrl,
  IGNORE_TECHNOLOGIES_ANNOTATION,
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

const SCOPES = new Set(['runtime', 'dev', 'test']);
const RELATIONS = new Set(['dependsOn', 'providesApi', 'consumesApi']);

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * The reason as recorded, if it is one: the annotation is text in the catalog,
 * so each reason is checked for its type's fields, and a repository reason's
 * `url` is kept only when it is http(s).
 */
function asReason(value: unknown): TechnologyUsageReason | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const reason = value as Record<string, unknown>;
  switch (reason.type) {
    case 'explicit':
      return isText(reason.value)
        ? (reason as TechnologyUsageReason)
        : undefined;
    case 'tag':
      return isText(reason.tag) ? (reason as TechnologyUsageReason) : undefined;
    case 'annotation':
      return isText(reason.annotation)
        ? (reason as TechnologyUsageReason)
        : undefined;
    case 'repository': {
      const { file, line, rule, scope } = reason;
      const url = httpUrl(reason.url);
      if (
        !isText(file) ||
        !Number.isInteger(line) ||
        (line as number) < 1 ||
        !isText(rule) ||
        !SCOPES.has(scope as string)
      ) {
        return undefined;
      }
      return {
        type: 'repository',
        file,
        line: line as number,
        rule,
        scope: scope as 'runtime' | 'dev' | 'test',
        ...(url ? { url } : {}),
      };
    }
    case 'relatedEntity':
      return RELATIONS.has(reason.relation as string) &&
        isText(reason.entityRef) &&
        isText(reason.detail)
        ? (reason as TechnologyUsageReason)
        : undefined;
    default:
      return undefined;
  }
}

/** Muted refs as written (refs, or names taken as `technology:default/<name>`), lower case. */
function mutedRefs(entity: Entity): Set<string> {
  const muted = new Set<string>();
  const value = entity.metadata.annotations?.[IGNORE_TECHNOLOGIES_ANNOTATION];
  for (const item of (value ?? '').split(',')) {
    const text = item.trim().toLocaleLowerCase('en-US');
    if (!text) continue;
    try {
      muted.add(
        stringifyEntityRef(
          parseEntityRef(text, {
            defaultKind: 'technology',
            defaultNamespace: 'default',
          }),
        ),
      );
    } catch {
      // Not a ref: the catalog module resolved it by name when it recorded usages.
    }
  }
  return muted;
}

/**
 * The technologies an entity uses, by lower-case ref, with their reasons: those
 * recorded in {@link TECHNOLOGY_USAGES_ANNOTATION}, then each `usesTechnology`
 * relation none of them explains (from another processor) with the reason
 * `relation`, unless the entity mutes it. A malformed annotation counts as
 * none, a malformed reason is left out.
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
        ? usage.reasons.flatMap((r: unknown) => asReason(r) ?? [])
        : [];
      if (typeof ref === 'string' && reasons.length) {
        usages.set(ref.toLocaleLowerCase('en-US'), reasons);
      }
    }
  }
  const muted = mutedRefs(entity);
  for (const relation of entity.relations ?? []) {
    const ref = relation.targetRef.toLocaleLowerCase('en-US');
    if (
      relation.type === RELATION_USES_TECHNOLOGY &&
      !usages.has(ref) &&
      !muted.has(ref)
    ) {
      usages.set(ref, [{ type: 'relation' }]);
    }
  }
  return usages;
}
