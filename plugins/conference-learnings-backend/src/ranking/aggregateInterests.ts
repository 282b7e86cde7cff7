import { EntityTechnologyUsageReason } from '@conference-learnings/plugin-conference-learnings-common';
import { Interests, MAX_EVIDENCE, TechnologyInterest } from './corpus';
import { aggregateUsageStrength, usageStrength } from './formula';

/** One technology an entity uses, and why. */
export interface EntityUsage {
  technologyId: number;
  reasons: EntityTechnologyUsageReason[];
  /** u(E, t), see `formula.ts` */
  strength: number;
}

/** The usage of a technology by one entity, from its reasons. */
export function entityUsage(
  technologyId: number,
  reasons: EntityTechnologyUsageReason[],
): EntityUsage {
  return { technologyId, reasons, strength: usageStrength(reasons) };
}

/** The interests of an entity in the technologies it uses itself. */
export function ownInterests(
  entityRef: string,
  usages: readonly EntityUsage[],
): Interests {
  const interests: Interests = new Map();
  for (const usage of usages) {
    interests.set(usage.technologyId, {
      technologyId: usage.technologyId,
      strength: usage.strength,
      usedBy: [{ entityRef, reasons: usage.reasons }],
      usedByCount: 1,
    });
  }
  return interests;
}

/**
 * The interests of an aggregate (System, Domain, Group, User) in the
 * technologies its members use: u(E, t) is the strongest member usage times
 * `0.5 + 0.5 · members using t / members using any technology`, and the evidence
 * lists at most `maxEvidence` members per technology.
 */
export function aggregateInterests(
  usagesByMember: [string, readonly EntityUsage[]][],
  maxEvidence = MAX_EVIDENCE,
): Interests {
  const interests: Interests = new Map();
  const using = usagesByMember.filter(([, usages]) => usages.length > 0);
  const strongest = new Map<number, number>();
  for (const [member, usages] of using) {
    for (const usage of usages) {
      let interest: TechnologyInterest | undefined = interests.get(
        usage.technologyId,
      );
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
      if (interest.usedBy.length < maxEvidence) {
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
  return interests;
}
