import {
  EntityTechnologyUsageReason,
  TalkRelevanceReason,
} from '@conference-learnings/plugin-conference-learnings-common';
import { formatDate, refName } from './format';

type LinkReason = Extract<TalkRelevanceReason, { type: 'link' }>;

const RELATION_WORDS = {
  dependsOn: 'depends on',
  providesApi: 'provides',
  consumesApi: 'consumes',
} as const;

type RepositoryReason = Extract<
  EntityTechnologyUsageReason,
  { type: 'repository' }
>;

/** What stands after a repository reason's `file:line`: `: Go module … (dev only)`. */
export function describeRepositoryRule(reason: RepositoryReason): string {
  return `: ${reason.rule}${
    reason.scope === 'runtime' ? '' : ` (${reason.scope} only)`
  }`;
}

/**
 * Why an entity uses a technology, in words: `annotation argocd/app-name`,
 * `tag kafka`, `deploy/values.yaml:41: Kubernetes resource ScaledObject → KEDA`,
 * `depends on orders-topic (type kafka-topic)` …
 */
export function describeUsage(reason: EntityTechnologyUsageReason): string {
  switch (reason.type) {
    case 'repository':
      return `${reason.file}:${reason.line}${describeRepositoryRule(reason)}`;
    case 'relatedEntity':
      return `${RELATION_WORDS[reason.relation]} ${refName(
        reason.entityRef,
      )} (${reason.detail})`;
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

/** `Linked by guest on 3 Mar 2026`. */
export function describeLinkReason(reason: LinkReason): string {
  const when = formatDate(reason.createdAt);
  return `Linked by ${refName(reason.createdBy)}${when ? ` on ${when}` : ''}`;
}
