import {
  TechnologiesPage,
  TechnologySummary,
} from '@conference-learnings/plugin-conference-learnings-common';
import { CatalogIndex, IndexedTechnology, normaliseName } from './CatalogIndex';

/** Filters of `GET /technologies`, validated. */
export interface TechnologyFilters {
  q?: string;
  /** Matches the category or the subcategory, ignoring case */
  category?: string;
  maturity?: string;
}

/**
 * Technology entities of the catalog with how many talks cover them and how
 * many entities use them; most covered first, then by title.
 */
export function queryTechnologies(
  index: CatalogIndex,
  filters: TechnologyFilters,
  page: { limit: number; offset: number },
): TechnologiesPage {
  const q = filters.q ? normaliseName(filters.q) : '';
  const category = filters.category?.toLocaleLowerCase('en-US');
  const matches = index.technologies.filter(technology => {
    if (!technology.entity) return false;
    const spec = technology.entity.spec ?? {};
    if (q && !technology.searchText.includes(q)) return false;
    if (
      category &&
      spec.category?.toLocaleLowerCase('en-US') !== category &&
      spec.subcategory?.toLocaleLowerCase('en-US') !== category
    ) {
      return false;
    }
    if (filters.maturity && spec.maturity !== filters.maturity) return false;
    return true;
  });
  matches.sort(
    (a, b) =>
      b.talkIds.length - a.talkIds.length ||
      a.title.localeCompare(b.title) ||
      (a.ref < b.ref ? -1 : 1),
  );
  return {
    items: matches
      .slice(page.offset, page.offset + page.limit)
      .map(technologySummary),
    totalCount: matches.length,
  };
}

/** Counts for a technology, as `GET /technologies` reports them. */
function technologySummary(technology: IndexedTechnology): TechnologySummary {
  const entity = technology.entity;
  const spec = entity?.spec ?? {};
  return {
    entityRef: technology.ref,
    name: technology.ref.slice(technology.ref.indexOf('/') + 1),
    title: technology.title,
    description: entity?.metadata.description,
    category: spec.category,
    subcategory: spec.subcategory,
    maturity: spec.maturity,
    homepage: spec.homepage,
    repository: spec.repository,
    aliases: spec.aliases ?? [],
    talkCount: technology.talkIds.length,
    curatedTalkCount: technology.curatedTalkCount,
    entityCount: technology.userRefs.length,
  };
}
