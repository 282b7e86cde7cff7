import {
  FacetCount,
  TalkFacets,
  TalkSummary,
} from '@conference-learnings/plugin-conference-learnings-common';
import { CatalogIndex, IndexedTalk } from './CatalogIndex';
import { FacetDimension } from './FacetDimension';

/** Filters of `GET /talks`, already validated and normalised (full refs, lower-case tracks). */
export interface TalkFilters {
  q?: string;
  technology?: string[];
  conference?: string[];
  year?: number[];
  type?: string[];
  track?: string[];
}

/** At most this many values per facet are returned (plus the selected ones). */
const MAX_FACET_VALUES = 50;

type Dimension = 'conference' | 'year' | 'type' | 'track';
const DIMENSIONS: Dimension[] = ['conference', 'year', 'type', 'track'];
/** Bit of each filter in a talk's failure mask. */
const BIT = { conference: 1, year: 2, type: 4, track: 8, technology: 16 };

/** Facets of the whole catalog, computed once per index. */
const allTalkFacets = new WeakMap<CatalogIndex, TalkFacets>();

/**
 * Filters, orders and pages talks, and counts facets, entirely in the index.
 *
 * The text query narrows the candidates through the inverted index; every other
 * filter is a lookup in a flag array indexed by the talk's precomputed value id.
 * Facet counts are disjunctive: a talk counts for a value of facet F when it
 * passes every filter except F's own. Results are ordered by text score, then
 * date, when `q` is given, else newest first. Without any filter the answer is a
 * slice of the precomputed order and the facets of the whole catalog.
 */
export function queryTalks(
  index: CatalogIndex,
  filters: TalkFilters,
  page: { limit: number; offset: number },
): { items: TalkSummary[]; totalCount: number; facets: TalkFacets } {
  const unfiltered =
    !filters.q &&
    !filters.technology &&
    !filters.conference &&
    !filters.year &&
    !filters.type &&
    !filters.track;
  if (unfiltered) {
    let facets = allTalkFacets.get(index);
    if (!facets) {
      facets = countFacets(index, index.talksByTime, filters).facets;
      allTalkFacets.set(index, facets);
    }
    return {
      items: [
        ...index.talksByTime.subarray(page.offset, page.offset + page.limit),
      ].map(id => index.talks[id].summary),
      totalCount: index.talks.length,
      facets,
    };
  }

  const text = filters.q ? index.search.search(filters.q) : undefined;
  const candidates = text ? text.ids : index.talksByTime;
  const { matches, facets } = countFacets(index, candidates, filters);
  if (text) {
    const score = new Float64Array(index.talks.length);
    text.ids.forEach((id, i) => {
      score[id] = text.scores[i];
    });
    matches.sort((a, b) => score[b.id] - score[a.id] || a.order - b.order);
  }
  return {
    items: matches
      .slice(page.offset, page.offset + page.limit)
      .map(talk => talk.summary),
    totalCount: matches.length,
    facets,
  };
}

function countFacets(
  index: CatalogIndex,
  candidates: Int32Array,
  filters: TalkFilters,
): { matches: IndexedTalk[]; facets: TalkFacets } {
  const selectedKeys: Record<Dimension, string[] | undefined> = {
    conference: filters.conference,
    year: filters.year?.map(String),
    type: filters.type,
    track: filters.track,
  };
  // Per dimension: flags of the selected value ids (undefined = no filter).
  const flags = {} as Record<Dimension, Uint8Array | undefined>;
  for (const dimension of DIMENSIONS) {
    const keys = selectedKeys[dimension];
    if (!keys) continue;
    const set = new Uint8Array(index.facets[dimension].values.length);
    for (const key of keys) {
      const id = index.facets[dimension].ids.get(key);
      if (id !== undefined) set[id] = 1;
    }
    flags[dimension] = set;
  }
  let technologyFlags: Uint8Array | undefined;
  if (filters.technology) {
    technologyFlags = new Uint8Array(index.technologies.length);
    for (const ref of filters.technology) {
      const technology = index.getTechnology(ref);
      if (technology) technologyFlags[technology.id] = 1;
    }
  }

  const counts = {
    conference: new Int32Array(index.facets.conference.values.length),
    year: new Int32Array(index.facets.year.values.length),
    type: new Int32Array(index.facets.type.values.length),
    track: new Int32Array(index.facets.track.values.length),
  };
  const technologyCounts = new Int32Array(index.technologies.length);
  const matches: IndexedTalk[] = [];

  for (let i = 0; i < candidates.length; i++) {
    const talk = index.talks[candidates[i]];
    const ids = talk.facetIds;
    let mask = 0;
    for (const dimension of DIMENSIONS) {
      const set = flags[dimension];
      if (set && (ids[dimension] < 0 || !set[ids[dimension]])) {
        mask |= BIT[dimension];
      }
    }
    if (technologyFlags) {
      let covers = false;
      for (const id of talk.technologyIds) {
        if (technologyFlags[id]) {
          covers = true;
          break;
        }
      }
      if (!covers) mask |= BIT.technology;
    }
    if (mask === 0) matches.push(talk);
    // A talk counts for a facet when it fails no filter but possibly that facet's own.
    if ((mask & (mask - 1)) !== 0) continue;
    for (const dimension of DIMENSIONS) {
      if ((mask & ~BIT[dimension]) === 0 && ids[dimension] >= 0) {
        counts[dimension][ids[dimension]]++;
      }
    }
    if ((mask & ~BIT.technology) === 0) {
      for (const id of talk.technologyIds) technologyCounts[id]++;
    }
  }

  const facets = {} as TalkFacets;
  for (const dimension of DIMENSIONS) {
    facets[dimension] = topValues(
      counts[dimension],
      index.facets[dimension],
      selectedKeys[dimension] ?? [],
      key =>
        dimension === 'conference'
          ? { value: key, label: index.conferenceTitle(key), count: 0 }
          : { value: key, count: 0 },
    );
  }
  facets.technology = topTechnologies(
    index,
    technologyCounts,
    filters.technology ?? [],
  );
  return { matches, facets };
}

/** Ids with a count, most counted first, then by label; at most MAX_FACET_VALUES. */
function rankIds(counts: Int32Array, labelRank: Int32Array): number[] {
  const ids: number[] = [];
  for (let id = 0; id < counts.length; id++) if (counts[id] > 0) ids.push(id);
  ids.sort((a, b) => counts[b] - counts[a] || labelRank[a] - labelRank[b]);
  return ids.slice(0, MAX_FACET_VALUES);
}

function topValues(
  counts: Int32Array,
  dimension: FacetDimension,
  selected: string[],
  unknown: (key: string) => FacetCount,
): FacetCount[] {
  const ids = rankIds(counts, dimension.labelRank);
  const shown = new Set(ids);
  for (const key of selected) {
    const id = dimension.ids.get(key);
    if (id !== undefined && !shown.has(id)) {
      ids.push(id);
      shown.add(id);
    }
  }
  const result = ids.map(
    (id): FacetCount => ({
      value: dimension.values[id],
      label: dimension.labels[id],
      count: counts[id],
    }),
  );
  for (const key of selected) {
    if (!dimension.ids.has(key)) result.push(unknown(key));
  }
  return result;
}

function topTechnologies(
  index: CatalogIndex,
  counts: Int32Array,
  selected: string[],
): FacetCount[] {
  const ids = rankIds(counts, index.technologyLabelRank);
  const shown = new Set(ids);
  const extra: FacetCount[] = [];
  for (const ref of selected) {
    const technology = index.getTechnology(ref);
    if (!technology) extra.push({ value: ref, count: 0 });
    else if (!shown.has(technology.id)) {
      ids.push(technology.id);
      shown.add(technology.id);
    }
  }
  return [
    ...ids.map(id => {
      const technology = index.technologies[id];
      return {
        value: technology.ref,
        label:
          technology.title !== technology.ref ? technology.title : undefined,
        count: counts[id],
      };
    }),
    ...extra,
  ];
}
