import { TechnologyUsageEvidence } from '@conference-learnings/plugin-conference-learnings-common';

/*
 * What ranking reads: numbered talks and technologies with their precomputed
 * factors. The catalog index holds them; ranking knows nothing else of it.
 */

/** A talk as ranking sees it. */
export interface RankedTalkFacts {
  /** Covered technologies, curated first */
  technologyIds: number[];
  /** Parallel to `technologyIds`: whether each is curated */
  curated: boolean[];
  /** 1/√|C(T)| */
  focus: number;
  /** prior(T) */
  prior: number;
  /** Position in time order, 0 the newest; breaks ties */
  order: number;
}

/** A technology as ranking sees it. */
export interface RankedTechnologyFacts {
  ref: string;
  title: string;
  /** w(t) */
  weight: number;
  /** Ids of the talks covering it, ascending */
  talkIds: Int32Array;
  /** Parallel to `talkIds`: 1 when curated, 0 when detected */
  curated: Uint8Array;
}

/** The talks and technologies to rank, numbered 0..n-1. */
export interface RankingCorpus {
  talks: readonly RankedTalkFacts[];
  technologies: readonly RankedTechnologyFacts[];
}

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
export const MAX_EVIDENCE = 5;
