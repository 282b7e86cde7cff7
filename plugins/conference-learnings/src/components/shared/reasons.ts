import {
  EntityTechnologyUsageReason,
  TalkRelevanceReason,
} from '@conference-learnings/plugin-conference-learnings-common';
import { formatDate, refName, sameRef } from './format';

type TechnologyReason = Extract<TalkRelevanceReason, { type: 'technology' }>;
type LinkReason = Extract<TalkRelevanceReason, { type: 'link' }>;

/** How an entity declares a technology: `annotation argocd/app-name`, `tag kafka` … */
export function describeUsage(reason: EntityTechnologyUsageReason): string {
  switch (reason.type) {
    case 'explicit':
      return `annotation ${reason.annotation}: ${reason.value}`;
    case 'tag':
      return `tag ${reason.tag}`;
    case 'annotation':
      return `annotation ${reason.annotation}`;
    case 'relation':
      return 'catalog relation';
    default:
      return 'catalog';
  }
}

/** The title of the technology a reason is about. */
function reasonTechnologyTitle(reason: TechnologyReason): string {
  return reason.technologyTitle ?? refName(reason.technologyRef);
}

/**
 * A technology reason in words, e.g. `Uses Argo — annotation argocd/app-name ·
 * talk covers Argo`. For a System or Group the using parts are named
 * (`tracking-web (annotation …), eta-predictor (tag keda) and 2 more`); for the
 * Technology itself only the coverage is said.
 */
export function describeTechnologyReason(
  reason: TechnologyReason,
  entityRef: string,
): string {
  const title = reasonTechnologyTitle(reason);
  const coverage = `${
    reason.coverage === 'detected' ? 'mentions' : 'covers'
  } ${title}`;
  if (reason.usedBy.length === 0) {
    return `Talk ${coverage}`;
  }
  const own = reason.usedBy.find(e => sameRef(e.entityRef, entityRef));
  let how: string;
  if (own && reason.usedByCount <= 1) {
    how = own.reasons.map(describeUsage).join(', ');
  } else {
    how = reason.usedBy
      .map(
        e =>
          `${refName(e.entityRef)} (${e.reasons
            .map(describeUsage)
            .join(', ')})`,
      )
      .join(', ');
    const more = reason.usedByCount - reason.usedBy.length;
    if (more > 0) how += ` and ${more} more`;
  }
  return `Uses ${title} — ${how} · talk ${coverage}`;
}

/** `Linked by guest on 3 Mar 2026`. */
export function describeLinkReason(reason: LinkReason): string {
  const when = formatDate(reason.createdAt);
  return `Linked by ${refName(reason.createdBy)}${when ? ` on ${when}` : ''}`;
}
