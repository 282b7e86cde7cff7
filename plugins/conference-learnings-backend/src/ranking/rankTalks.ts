import {
  TalkTechnologySource,
  TechnologyRelevanceReason,
} from '@conference-learnings/plugin-conference-learnings-common';
import { Interests, RankingCorpus } from './corpus';
import { COVERAGE_FACTOR, LINK_SCORE } from './formula';

/** A talk's place in a ranking. */
export interface ScoredTalk {
  talkId: number;
  score: number;
}

/**
 * Ranks every talk relevant to an entity (see `formula.ts` for the score):
 * explicitly linked talks first, then by descending score, date and title.
 * Returns the first `top` of them (all by default) and how many there are.
 *
 * Only the talks covering one of the entity's technologies are touched: for
 * each technology the entity uses, its precomputed talk list is walked once,
 * accumulating w(t) · u(E, t) · c(T, t) per talk; focus and prior are then
 * applied per candidate. Only the `top` best are sorted, after a linear-time
 * selection, so the cost is the total length of those lists plus
 * `top · log(top)` — not the number of talks in the catalog.
 */
export function topTalks(
  corpus: RankingCorpus,
  interests: Interests,
  linkedTalkIds: Iterable<number> = [],
  top = Infinity,
): { items: ScoredTalk[]; totalCount: number } {
  const relevance = new Float64Array(corpus.talks.length);
  const touched: number[] = [];
  for (const interest of interests.values()) {
    const technology = corpus.technologies[interest.technologyId];
    const base = technology.weight * interest.strength;
    if (!(base > 0)) continue;
    const { talkIds, curated } = technology;
    const curatedTerm = base * COVERAGE_FACTOR.curated;
    const detectedTerm = base * COVERAGE_FACTOR.detected;
    for (let i = 0; i < talkIds.length; i++) {
      const talkId = talkIds[i];
      if (relevance[talkId] === 0) touched.push(talkId);
      relevance[talkId] += curated[i] ? curatedTerm : detectedTerm;
    }
  }

  const linked = new Set(linkedTalkIds);
  const scoreOf = (talkId: number) => {
    const talk = corpus.talks[talkId];
    return relevance[talkId] * talk.focus * talk.prior;
  };
  const byRank = (a: ScoredTalk, b: ScoredTalk) =>
    b.score - a.score ||
    corpus.talks[a.talkId].order - corpus.talks[b.talkId].order;

  const linkedItems: ScoredTalk[] = [...linked]
    .map(talkId => ({
      talkId,
      score: LINK_SCORE + scoreOf(talkId),
    }))
    .sort(byRank);
  const ids = linked.size
    ? touched.filter(talkId => !linked.has(talkId))
    : touched;
  const scores = Float64Array.from(ids, scoreOf);
  const wanted = Math.max(0, top - linkedItems.length);
  return {
    items: [...linkedItems, ...best(ids, scores, wanted, byRank)].slice(0, top),
    totalCount: linkedItems.length + ids.length,
  };
}

/**
 * The `k` first talks in `compare` order: when `k` is small, a threshold score
 * found by quickselect keeps only the talks that can make it, and only those are
 * materialised and sorted.
 */
function best(
  ids: number[],
  scores: Float64Array,
  k: number,
  compare: (a: ScoredTalk, b: ScoredTalk) => number,
): ScoredTalk[] {
  if (k <= 0 || ids.length === 0) return [];
  const threshold =
    k * 4 >= ids.length ? -Infinity : kthLargest(scores.slice(), k);
  const items: ScoredTalk[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (scores[i] >= threshold) {
      items.push({ talkId: ids[i], score: scores[i] });
    }
  }
  return items.sort(compare).slice(0, k);
}

/** The k-th largest value (1-based) of `values`, which it reorders. */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] > pivot) i++;
      while (values[j] < pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target];
}

/**
 * The technology reasons a talk is relevant: each technology the entity uses and
 * the talk covers, with its weight and share of the score, largest first.
 */
export function explainTechnologies(
  corpus: RankingCorpus,
  interests: Interests,
  talkId: number,
): TechnologyRelevanceReason[] {
  const talk = corpus.talks[talkId];
  const reasons: TechnologyRelevanceReason[] = [];
  talk.technologyIds.forEach((technologyId, i) => {
    const interest = interests.get(technologyId);
    if (!interest) return;
    const technology = corpus.technologies[technologyId];
    const coverage: TalkTechnologySource = talk.curated[i]
      ? 'curated'
      : 'detected';
    reasons.push({
      type: 'technology',
      technologyRef: technology.ref,
      technologyTitle: technology.title,
      coverage,
      weight: round(technology.weight),
      contribution: round(
        technology.weight *
          interest.strength *
          COVERAGE_FACTOR[coverage] *
          talk.focus,
      ),
      usedBy: interest.usedBy,
      usedByCount: interest.usedByCount,
    });
  });
  return reasons.sort((a, b) => b.contribution - a.contribution);
}

/** Scores are reported with 4 decimals. */
export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
