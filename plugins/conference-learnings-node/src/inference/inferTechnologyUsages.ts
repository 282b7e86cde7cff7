import { Entity } from '@backstage/catalog-model';
import {
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

/**
 * Infers which technologies an entity uses, from (a) the
 * `conference-learnings.io/technologies` annotation, (b) tags equal to a technology's
 * name or alias, and (c) annotations of well-known plugins (`argocd/app-name` → Argo …),
 * extended by `extraAnnotations`. Pure and deterministic, so the catalog processor
 * and the backend explain the same reasons.
 * @public
 */
export function inferTechnologyUsages(
  entity: Entity,
  lookup: TechnologyLookup,
  extraAnnotations: Record<string, string> = {},
): TechnologyUsage[] {
  const usages = new Map<string, TechnologyUsageReason[]>();
  const add = (text: string, reason: TechnologyUsageReason) => {
    const ref = lookup.resolve(text);
    if (!ref) return;
    const reasons = usages.get(ref) ?? [];
    reasons.push(reason);
    usages.set(ref, reasons);
  };

  const annotations = entity.metadata.annotations ?? {};
  for (const value of (annotations[TECHNOLOGIES_ANNOTATION] ?? '').split(',')) {
    if (value.trim()) {
      add(value, {
        type: 'explicit',
        annotation: TECHNOLOGIES_ANNOTATION,
        value: value.trim(),
      });
    }
  }
  for (const tag of entity.metadata.tags ?? []) {
    add(tag, { type: 'tag', tag });
  }
  const known = { ...WELL_KNOWN_TECHNOLOGY_ANNOTATIONS, ...extraAnnotations };
  for (const [annotation, technology] of Object.entries(known)) {
    if (annotations[annotation])
      add(technology, { type: 'annotation', annotation });
  }
  return [...usages].map(([technologyRef, reasons]) => ({
    technologyRef,
    reasons,
  }));
}
