import {
  EntityTechnologyUsageReason,
  EvidenceScope,
  TalkTechnologySource,
} from '@conference-learnings/plugin-conference-learnings-common';

/**
 * The ranking formula of `GET /entities/{kind}/{namespace}/{name}/talks`.
 *
 * For an entity E and a talk T:
 *
 * ```
 * score(T, E) = LINK_SCORE · [T is linked to E]
 *             + relevance(T, E) · prior(T)
 *
 * relevance(T, E) = Σ over technologies t that E uses and T covers of
 *                     w(t) · u(E, t) · c(T, t)  /  √|C(T)|
 *
 * w(t)     = ln(1 + N_T / n_T(t)) · s(t)                      specificity
 * s(t)     = ln(1 + N_E / n_E(t)) / ln(1 + N_E)               spread, in (0, 1]
 * prior(T) = 1 + RECENCY_WEIGHT · 2^(−age(T) / HALF_LIFE) + TYPE_WEIGHT · k(type(T))
 * ```
 *
 * - N_T: talks in the catalog; n_T(t): talks covering t (curated or detected).
 *   A technology that every talk covers weighs ln 2 ≈ 0.69, one covered by a
 *   single talk of 20,000 weighs ln 20,001 ≈ 9.9 — so an Argo talk beats a generic
 *   Kubernetes talk for a service that uses both.
 * - N_E: Components, APIs, Resources and Systems in the catalog; n_E(t): those
 *   that use t (at least 1). A technology every entity uses is scaled down to
 *   ln 2 / ln(1 + N_E) of its weight; one used by a single entity keeps it all.
 * - u(E, t), how strongly E uses t: {@link USAGE_STRENGTH} of its strongest
 *   reason (declared 1, plugin annotation 0.9, tag 0.8, relation only 0.8). For a
 *   System, Domain, Group or User, whose technologies are those of their parts,
 *   it is that times (0.5 + 0.5 · parts using t / parts using any technology).
 * - c(T, t): 1 when the talk's curated `spec.technologies` names t, 0.5 when t
 *   was only detected in its text.
 * - |C(T)|: how many technologies T covers. Dividing by its square root favours
 *   focused talks: a talk about Argo alone beats a survey naming eight
 *   technologies of which Argo is one.
 * - prior(T) breaks near-ties without overturning technology matches: up to +20 %
 *   for recency (age in years relative to the newest talk in the catalog,
 *   half-life 2 years, 0 when the date is unknown) and up to +10 % for the talk
 *   type (workshop and tutorial 1, session 0.8, panel and lightning 0.5, keynote
 *   0.3, other or unknown 0.4): deep dives teach more about a technology than
 *   keynotes and panels.
 * - Explicitly linked talks get LINK_SCORE (1000), more than technology overlap
 *   reaches in practice; the response lists them first in any case.
 *
 * Ties are broken by date (newest first), then title.
 */
export const LINK_SCORE = 1000;
/** See the formula above. */
const RECENCY_WEIGHT = 0.2;
/** See the formula above. */
const TYPE_WEIGHT = 0.1;
/** Half-life of the recency bonus, in years. */
const RECENCY_HALF_LIFE_YEARS = 2;

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/** c(T, t) */
export const COVERAGE_FACTOR: Record<TalkTechnologySource, number> = {
  curated: 1,
  detected: 0.5,
};

/**
 * u(E, t) of a single entity, by its strongest reason; repository evidence by
 * its scope (a dependency of tests or development only is weak evidence).
 */
const USAGE_STRENGTH: Record<
  Exclude<EntityTechnologyUsageReason['type'], 'repository'>,
  number
> & { repository: Record<EvidenceScope, number> } = {
  explicit: 1,
  annotation: 0.9,
  tag: 0.8,
  relation: 0.8,
  repository: { runtime: 0.8, dev: 0.3, test: 0.3 },
  relatedEntity: 0.7,
};

/** k(type) */
const TYPE_FACTOR: Record<string, number> = {
  workshop: 1,
  tutorial: 1,
  session: 0.8,
  panel: 0.5,
  lightning: 0.5,
  keynote: 0.3,
  other: 0.4,
};
const UNKNOWN_TYPE_FACTOR = 0.4;

/** u(E, t) of a single entity. */
export function usageStrength(reasons: EntityTechnologyUsageReason[]): number {
  let strength = 0;
  for (const reason of reasons) {
    strength = Math.max(
      strength,
      reason.type === 'repository'
        ? USAGE_STRENGTH.repository[reason.scope]
        : USAGE_STRENGTH[reason.type] ?? 0,
    );
  }
  return strength;
}

/** u(E, t) of an aggregate, from its parts' strongest usage and share. */
export function aggregateUsageStrength(
  strongest: number,
  partsUsing: number,
  partsUsingAny: number,
): number {
  return strongest * (0.5 + (0.5 * partsUsing) / Math.max(1, partsUsingAny));
}

/** w(t) */
export function technologyWeight(counts: {
  talks: number;
  talksCovering: number;
  entities: number;
  entitiesUsing: number;
}): number {
  const idf = Math.log(1 + counts.talks / Math.max(1, counts.talksCovering));
  const spread =
    counts.entities > 0
      ? Math.log(1 + counts.entities / Math.max(1, counts.entitiesUsing)) /
        Math.log(1 + counts.entities)
      : 1;
  return idf * spread;
}

/** 1/√|C(T)| */
export function focusFactor(technologyCount: number): number {
  return 1 / Math.sqrt(Math.max(1, technologyCount));
}

/** prior(T) */
export function talkPrior(
  time: number | undefined,
  type: string | undefined,
  newestTime: number | undefined,
): number {
  const recency =
    time === undefined || newestTime === undefined
      ? 0
      : Math.pow(
          2,
          -Math.max(0, newestTime - time) / YEAR_MS / RECENCY_HALF_LIFE_YEARS,
        );
  const typeFactor =
    (type ? TYPE_FACTOR[type] : undefined) ?? UNKNOWN_TYPE_FACTOR;
  return 1 + RECENCY_WEIGHT * recency + TYPE_WEIGHT * typeFactor;
}
