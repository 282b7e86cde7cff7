import { Entity } from '@backstage/catalog-model';
import {
  IGNORE_TECHNOLOGIES_ANNOTATION,
  TECHNOLOGIES_ANNOTATION,
  TechnologyUsageReason,
} from '@conference-learnings/plugin-conference-learnings-common';
import { TechnologyLookup } from './technologyLookup';
import { WELL_KNOWN_TECHNOLOGY_ANNOTATIONS } from './wellKnownAnnotations';

/** One technology an entity uses, with every reason found for it. @public */
export interface TechnologyUsage {
  technologyRef: string;
  reasons: TechnologyUsageReason[];
}

/** The comma-separated values of an annotation, trimmed, without empty ones. */
function listAnnotation(entity: Entity, annotation: string): string[] {
  return (entity.metadata.annotations?.[annotation] ?? '')
    .split(',')
    .map(value => value.trim())
    .filter(Boolean);
}

/**
 * The refs of the technologies an entity mutes with
 * `conference-learnings.io/ignore-technologies` (names, aliases or refs).
 */
function mutedTechnologies(
  entity: Entity,
  lookup: TechnologyLookup,
): Set<string> {
  const muted = new Set<string>();
  for (const value of listAnnotation(entity, IGNORE_TECHNOLOGIES_ANNOTATION)) {
    const ref = lookup.resolve(value);
    if (ref) muted.add(ref);
  }
  return muted;
}

/**
 * Infers which technologies an entity uses, from (a) the
 * `conference-learnings.io/technologies` annotation, (b) tags equal to a technology's
 * name or alias, (c) annotations of well-known plugins (`argocd/app-name` → Argo …),
 * extended by `extraAnnotations`, and (d) `evidence` found elsewhere (its
 * repository, related entities), already resolved — leaving out what the entity
 * mutes with `conference-learnings.io/ignore-technologies`. Pure and
 * deterministic, so the reasons are the same wherever they are shown.
 * @public
 */
export function inferTechnologyUsages(
  entity: Entity,
  lookup: TechnologyLookup,
  extraAnnotations: Record<string, string> = {},
  evidence: readonly TechnologyUsage[] = [],
): TechnologyUsage[] {
  const usages = new Map<string, TechnologyUsageReason[]>();
  const addRef = (ref: string, reasons: TechnologyUsageReason[]) => {
    const kept = usages.get(ref);
    if (kept) kept.push(...reasons);
    else usages.set(ref, [...reasons]);
  };
  const add = (text: string, reason: TechnologyUsageReason) => {
    const ref = lookup.resolve(text);
    if (ref) addRef(ref, [reason]);
  };

  for (const value of listAnnotation(entity, TECHNOLOGIES_ANNOTATION)) {
    add(value, {
      type: 'explicit',
      annotation: TECHNOLOGIES_ANNOTATION,
      value,
    });
  }
  for (const tag of entity.metadata.tags ?? []) {
    add(tag, { type: 'tag', tag });
  }
  const annotations = entity.metadata.annotations ?? {};
  const known = { ...WELL_KNOWN_TECHNOLOGY_ANNOTATIONS, ...extraAnnotations };
  for (const [annotation, technology] of Object.entries(known)) {
    if (annotations[annotation])
      add(technology, { type: 'annotation', annotation });
  }
  for (const usage of evidence) addRef(usage.technologyRef, usage.reasons);
  const muted = mutedTechnologies(entity, lookup);
  return [...usages]
    .filter(([technologyRef]) => !muted.has(technologyRef))
    .map(([technologyRef, reasons]) => ({ technologyRef, reasons }));
}

/**
 * Whether a usage is one the entity runs on or with: any reason but repository
 * evidence that only development or tests use it. Only these get a
 * `usesTechnology` relation; the others are kept, with their scope, as weaker
 * evidence.
 * @public
 */
export function isRuntimeUsage(usage: TechnologyUsage): boolean {
  return usage.reasons.some(
    reason => reason.type !== 'repository' || reason.scope === 'runtime',
  );
}
