import { LRUCache } from 'lru-cache';
import { CatalogIndex } from '../catalogIndex/CatalogIndex';
import { IndexedEntity } from '../catalogIndex/indexedEntity';
import { LinkRecord } from '../database/ConferenceLearningsStore';

/** Pages kept; a page of 20 ranked talks is about 20 KB of JSON. */
const MAX_PAGES = 2000;

interface CachedPage {
  entity: IndexedEntity;
  /** The ids of the links the page was computed with (links are never edited) */
  links: string;
  json: Buffer;
}

/**
 * The JSON of ranked entity-talk pages, kept while what they were computed from
 * is unchanged: the same index build (pages are kept per build, and go with
 * it), the same indexed entity and the same links (read from the database on
 * every request, so a link made through any backend shows at once). An entity
 * read fresh from the catalog is a new object, so its pages are never served
 * from here. Ranking and serialising are most of a tab request's own work; the
 * rest is what the catalog's entity read does too.
 */
export class EntityTalksCache {
  private readonly byIndex = new WeakMap<
    CatalogIndex,
    LRUCache<string, CachedPage>
  >();

  /** The page's JSON in UTF-8, computed by `compute` unless an identical one is kept. */
  json(
    key: {
      entityRef: string;
      offset: number;
      limit: number;
      abstracts: boolean;
    },
    inputs: { index: CatalogIndex; entity: IndexedEntity; links: LinkRecord[] },
    compute: () => string,
  ): Buffer {
    let pages = this.byIndex.get(inputs.index);
    if (!pages) {
      pages = new LRUCache({ max: MAX_PAGES });
      this.byIndex.set(inputs.index, pages);
    }
    const cacheKey = `${key.entityRef} ${key.offset} ${key.limit} ${key.abstracts}`;
    const links = inputs.links.map(link => link.id).join(' ');
    const cached = pages.get(cacheKey);
    if (cached && cached.entity === inputs.entity && cached.links === links) {
      return cached.json;
    }
    const json = Buffer.from(compute());
    pages.set(cacheKey, { entity: inputs.entity, links, json });
    return json;
  }
}
