import { TalkSummary } from '@conference-learnings/plugin-conference-learnings-common';
import {
  COVERAGE_FACTOR,
  focusFactor,
  talkPrior,
  technologyWeight,
} from '../ranking/formula';

/*
 * Two rankings to measure the real one against, in tests and in
 * `scripts/benchmark.ts`. Neither is used to serve requests.
 */

/** A talk as the baselines see it. */
export interface BaselineTalk {
  summary: TalkSummary;
  /** ms since the epoch */
  time?: number;
}

/**
 * The obvious ranking: talks sharing the most technologies with the entity first,
 * newest first among equals. It ignores how specific a technology is, whether a
 * talk covers it on purpose or in passing, and how focused the talk is.
 */
export function naiveRankTalks(
  talks: BaselineTalk[],
  technologyRefs: string[],
): string[] {
  const used = new Set(technologyRefs);
  return talks
    .map(talk => ({
      talk,
      overlap: talk.summary.technologyRefs.filter(ref => used.has(ref)).length,
    }))
    .filter(({ overlap }) => overlap > 0)
    .sort(
      (a, b) =>
        b.overlap - a.overlap ||
        (b.talk.time ?? 0) - (a.talk.time ?? 0) ||
        a.talk.summary.title.localeCompare(b.talk.summary.title),
    )
    .map(({ talk }) => talk.summary.entityRef);
}

/**
 * The real formula computed without an index: every request scans all talks to
 * count how many cover each technology, all entities to count users, then scores
 * every talk. Gives the same order as `topTalks` (without links) — the benchmark
 * measures what the index saves.
 */
export function linearScanRankTalks(
  talks: BaselineTalk[],
  usingEntities: { technologyRefs: string[] }[],
  interests: Map<string, number>,
): { ref: string; score: number }[] {
  const talksCovering = new Map<string, number>();
  let newest: number | undefined;
  for (const talk of talks) {
    for (const ref of talk.summary.technologyRefs) {
      talksCovering.set(ref, (talksCovering.get(ref) ?? 0) + 1);
    }
    if (talk.time !== undefined && (newest === undefined || talk.time > newest))
      newest = talk.time;
  }
  const entitiesUsing = new Map<string, number>();
  for (const entity of usingEntities) {
    for (const ref of entity.technologyRefs) {
      entitiesUsing.set(ref, (entitiesUsing.get(ref) ?? 0) + 1);
    }
  }
  const scored: { ref: string; score: number; talk: BaselineTalk }[] = [];
  for (const talk of talks) {
    const curated = new Set(talk.summary.curatedTechnologyRefs ?? []);
    let relevance = 0;
    for (const ref of talk.summary.technologyRefs) {
      const strength = interests.get(ref);
      if (!strength) continue;
      relevance +=
        technologyWeight({
          talks: talks.length,
          talksCovering: talksCovering.get(ref) ?? 0,
          entities: usingEntities.length,
          entitiesUsing: entitiesUsing.get(ref) ?? 0,
        }) *
        strength *
        COVERAGE_FACTOR[curated.has(ref) ? 'curated' : 'detected'];
    }
    if (relevance > 0) {
      scored.push({
        ref: talk.summary.entityRef,
        talk,
        score:
          relevance *
          focusFactor(talk.summary.technologyRefs.length) *
          talkPrior(talk.time, talk.summary.type, newest),
      });
    }
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      (b.talk.time ?? -Infinity) - (a.talk.time ?? -Infinity) ||
      a.talk.summary.title.localeCompare(b.talk.summary.title) ||
      (a.ref < b.ref ? -1 : 1),
  );
  return scored.map(({ ref, score }) => ({ ref, score }));
}
