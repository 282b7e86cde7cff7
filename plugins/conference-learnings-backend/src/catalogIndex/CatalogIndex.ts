import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  TalkSummary,
  TECHNOLOGY_USING_KINDS,
  TechnologyEntity,
} from '@conference-learnings/plugin-conference-learnings-common';
import {
  createTechnologyLookup,
  technologyLookupEntry,
  TechnologyLookup,
} from '@conference-learnings/plugin-conference-learnings-node';
import { EntityUsage, entityUsage } from '../ranking/aggregateInterests';
import { RankingCorpus } from '../ranking/corpus';
import { focusFactor, talkPrior, technologyWeight } from '../ranking/formula';
import { summarizeTalk } from '../talks/summarizeTalk';
import { FacetDimension } from './FacetDimension';
import { IndexedEntity, indexEntity } from './indexedEntity';
import { SearchField, TextSearchIndex } from './textSearch';

/** The catalog entities an index is built from. */
export interface CatalogIndexInput {
  /** Talk entities, complete */
  talks: Entity[];
  /** Technology entities, complete */
  technologies: Entity[];
  /** Conference entities, complete */
  conferences: Entity[];
  /** Components, APIs, Resources, Systems, Domains, Groups and Users; the fields of `INDEXED_ENTITY_FIELDS` suffice */
  entities: Entity[];
}

/** A talk, numbered 0..n-1. */
export interface IndexedTalk {
  id: number;
  /** Full lower-case ref */
  ref: string;
  summary: TalkSummary;
  /** Covered technologies, curated first */
  technologyIds: number[];
  /** Parallel to `technologyIds`: whether each is curated */
  curated: boolean[];
  /** 1/√|C(T)| */
  focus: number;
  /** prior(T) */
  prior: number;
  /** When it took place, in ms since the epoch */
  time?: number;
  /** Position in {@link CatalogIndex.talksByTime}: 0 is the newest; breaks ties */
  order: number;
  /** Value ids in the facet dimensions of {@link CatalogIndex.facets}; -1 when absent */
  facetIds: { conference: number; year: number; type: number; track: number };
}

/** A technology, numbered 0..n-1; also those talks or entities refer to without a Technology entity. */
export interface IndexedTechnology {
  id: number;
  ref: string;
  title: string;
  /** The Technology entity, when it is in the catalog */
  entity?: TechnologyEntity;
  /** The entity as the entity routes read it, indexed once per build */
  indexed?: IndexedEntity;
  /** Ids of the talks covering it, ascending */
  talkIds: Int32Array;
  /** Parallel to `talkIds`: 1 when curated, 0 when detected */
  curated: Uint8Array;
  curatedTalkCount: number;
  /** Refs of the Components, APIs, Resources and Systems using it */
  userRefs: string[];
  /** w(t) */
  weight: number;
  /** Normalised name, title and aliases, for `GET /technologies?q=` */
  searchText: string;
}

const USING_KINDS = new Set(TECHNOLOGY_USING_KINDS);

function keyOf(ref: string): string {
  return ref.toLocaleLowerCase('en-US');
}

/** Case, spacing and punctuation do not matter. */
export function normaliseName(text: string): string {
  return text.toLocaleLowerCase('en-US').replace(/[^\p{L}\p{N}+#]/gu, '');
}

function add(map: Map<string, Set<string>>, key: string, value: string) {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(value);
}

/**
 * An immutable, in-memory index of what the ranking and the listings need from
 * the catalog: talks, technologies (with per-technology talk lists, users and
 * weights), which entities use which technology and why (as the catalog module
 * recorded it), ownership and parts, and a text search index over talks. Built
 * in one pass over the entities; the {@link CatalogIndexProvider} rebuilds it on
 * a schedule and swaps it atomically.
 */
export class CatalogIndex implements RankingCorpus {
  readonly talks: IndexedTalk[] = [];
  readonly technologies: IndexedTechnology[] = [];
  /** Talk ids, newest first, then by title */
  talksByTime = new Int32Array(0);
  /** The facet dimensions of `GET /talks`; technologies are a fourth, by technology id */
  readonly facets = {
    conference: new FacetDimension(),
    year: new FacetDimension(),
    type: new FacetDimension(),
    track: new FacetDimension(),
  };
  /** Technology id → position in title order */
  technologyLabelRank = new Int32Array(0);
  search: TextSearchIndex;
  readonly lookup: TechnologyLookup;

  private readonly talkIdByRef = new Map<string, number>();
  private readonly technologyIdByRef = new Map<string, number>();
  private readonly entities = new Map<string, IndexedEntity>();
  /** {@link CatalogIndex.usagesOf}, computed once per entity */
  private readonly usagesByEntity = new WeakMap<IndexedEntity, EntityUsage[]>();
  private readonly conferenceTitles = new Map<string, string>();
  private readonly ownedBy = new Map<string, Set<string>>();
  private readonly partsOf = new Map<string, Set<string>>();
  /** Technology id → its talks, while building */
  private readonly talkLists: { ids: number[]; curated: number[] }[] = [];

  static build(input: CatalogIndexInput): CatalogIndex {
    return new CatalogIndex(input);
  }

  private constructor(input: CatalogIndexInput) {
    const technologyEntities = input.technologies as TechnologyEntity[];
    this.lookup = createTechnologyLookup(
      technologyEntities.map(technologyLookupEntry),
    );
    for (const entity of technologyEntities) {
      this.technologyId(stringifyEntityRef(entity), entity);
    }
    this.addTalks(input.talks, input.conferences);
    const usingEntities = this.addEntities(input.entities);
    this.weighTechnologies(usingEntities);
    this.talksByTime = Int32Array.from(this.talks.map(t => t.id)).sort((a, b) =>
      this.compareByTime(this.talks[a], this.talks[b]),
    );
    this.talksByTime.forEach((talkId, order) => {
      this.talks[talkId].order = order;
    });
    for (const dimension of Object.values(this.facets)) dimension.seal();
    this.technologyLabelRank = new Int32Array(this.technologies.length);
    [...this.technologies]
      .sort(
        (a, b) => a.title.localeCompare(b.title) || (a.ref < b.ref ? -1 : 1),
      )
      .forEach((technology, rank) => {
        this.technologyLabelRank[technology.id] = rank;
      });
    this.search = TextSearchIndex.build(
      this.talks.map(talk => this.searchFields(talk)),
    );
  }

  private addTalks(talks: Entity[], conferenceEntities: Entity[]) {
    const conferences = new Map<
      string,
      { title?: string; startDate?: string }
    >();
    for (const entity of conferenceEntities) {
      const ref = stringifyEntityRef(entity);
      const title = entity.metadata.title ?? entity.metadata.name;
      const startDate = entity.spec?.startDate;
      conferences.set(ref, {
        title,
        startDate: typeof startDate === 'string' ? startDate : undefined,
      });
      this.conferenceTitles.set(ref, title);
    }
    let newest: number | undefined;
    for (const entity of talks) {
      const ref = stringifyEntityRef(entity);
      if (this.talkIdByRef.has(ref)) continue;
      let talk: ReturnType<typeof summarizeTalk>;
      try {
        talk = summarizeTalk(entity, { conferences, lookup: this.lookup });
      } catch {
        // `spec.conference` is no ref: the catalog module rejects such talks; skip stale ones
        continue;
      }
      const { summary, time } = talk;
      const curatedCount = summary.curatedTechnologyRefs?.length ?? 0;
      const technologyIds = summary.technologyRefs.map(t =>
        this.technologyId(t),
      );
      const id = this.talks.length;
      this.talks.push({
        id,
        ref,
        summary,
        technologyIds,
        curated: technologyIds.map((_, i) => i < curatedCount),
        focus: focusFactor(technologyIds.length),
        prior: 1,
        time,
        order: 0,
        facetIds: this.facetIdsOf(summary),
      });
      this.talkIdByRef.set(ref, id);
      technologyIds.forEach((technologyId, i) => {
        this.talkLists[technologyId].ids.push(id);
        this.talkLists[technologyId].curated.push(i < curatedCount ? 1 : 0);
      });
      if (time !== undefined && (newest === undefined || time > newest)) {
        newest = time;
      }
    }
    for (const talk of this.talks) {
      talk.prior = talkPrior(talk.time, talk.summary.type, newest);
    }
  }

  private facetIdsOf(summary: TalkSummary): IndexedTalk['facetIds'] {
    const { conference, year, type, track } = this.facets;
    return {
      conference: conference.add(
        summary.conferenceRef,
        summary.conferenceRef,
        summary.conferenceTitle,
      ),
      year:
        summary.year === undefined
          ? -1
          : year.add(String(summary.year), String(summary.year)),
      type: summary.type ? type.add(summary.type, summary.type) : -1,
      track: summary.track
        ? track.add(summary.track.toLocaleLowerCase('en-US'), summary.track)
        : -1,
    };
  }

  /** Adds the entities; returns how many are of a kind that uses technologies. */
  private addEntities(entities: Entity[]): number {
    let usingEntities = 0;
    for (const entity of entities) {
      const indexed = indexEntity(entity);
      const { ref, related } = indexed;
      this.entities.set(ref, indexed);
      if (USING_KINDS.has(indexed.kind)) {
        usingEntities++;
        for (const technologyRef of indexed.usages.keys()) {
          this.technologies[this.technologyId(technologyRef)].userRefs.push(
            ref,
          );
        }
      }
      for (const owner of related.ownedBy) add(this.ownedBy, owner, ref);
      for (const owned of related.ownerOf) add(this.ownedBy, ref, owned);
      for (const parent of related.partOf) add(this.partsOf, parent, ref);
      for (const part of related.hasPart) add(this.partsOf, ref, part);
    }
    return usingEntities;
  }

  private weighTechnologies(usingEntities: number) {
    for (const technology of this.technologies) {
      const list = this.talkLists[technology.id];
      technology.talkIds = Int32Array.from(list.ids);
      technology.curated = Uint8Array.from(list.curated);
      technology.curatedTalkCount = list.curated.reduce((a, b) => a + b, 0);
      technology.weight = technologyWeight({
        talks: this.talks.length,
        talksCovering: list.ids.length,
        entities: usingEntities,
        entitiesUsing: technology.userRefs.length,
      });
    }
    this.talkLists.length = 0;
  }

  private searchFields(talk: IndexedTalk): SearchField[] {
    const { summary } = talk;
    return [
      { text: summary.title, weight: 3 },
      { text: summary.speakers.map(s => s.name).join(' '), weight: 2 },
      {
        text: talk.technologyIds
          .map(id => this.technologies[id].title)
          .join(' '),
        weight: 1.5,
      },
      { text: summary.track, weight: 1 },
      {
        text: summary.speakers.map(s => s.affiliation ?? '').join(' '),
        weight: 1,
      },
      { text: summary.description, weight: 1 },
    ];
  }

  private technologyId(ref: string, entity?: TechnologyEntity): number {
    const key = keyOf(ref);
    const existing = this.technologyIdByRef.get(key);
    if (existing !== undefined) return existing;
    const id = this.technologies.length;
    const name = key.slice(key.indexOf('/') + 1);
    const title = entity?.metadata.title ?? entity?.metadata.name ?? name;
    this.technologies.push({
      id,
      ref: key,
      title,
      entity,
      indexed: entity && indexEntity(entity),
      talkIds: new Int32Array(0),
      curated: new Uint8Array(0),
      curatedTalkCount: 0,
      userRefs: [],
      weight: 0,
      searchText: [name, title, ...(entity?.spec?.aliases ?? [])]
        .map(normaliseName)
        .join('\n'),
    });
    this.talkLists.push({ ids: [], curated: [] });
    this.technologyIdByRef.set(key, id);
    return id;
  }

  /** Orders talks newest first, then by title and ref. */
  private compareByTime(a: IndexedTalk, b: IndexedTalk): number {
    return (
      (b.time ?? -Infinity) - (a.time ?? -Infinity) ||
      a.summary.title.localeCompare(b.summary.title) ||
      (a.ref < b.ref ? -1 : 1)
    );
  }

  getTalk(ref: string): IndexedTalk | undefined {
    const id = this.talkIdByRef.get(keyOf(ref));
    return id === undefined ? undefined : this.talks[id];
  }

  getTechnology(ref: string): IndexedTechnology | undefined {
    const id = this.technologyIdByRef.get(keyOf(ref));
    return id === undefined ? undefined : this.technologies[id];
  }

  getEntity(ref: string): IndexedEntity | undefined {
    return this.entities.get(keyOf(ref));
  }

  /** Whether an entity of any kind was in the catalog at the last refresh. */
  hasEntity(ref: string): boolean {
    const key = keyOf(ref);
    return (
      this.entities.has(key) ||
      this.talkIdByRef.has(key) ||
      this.getTechnology(key)?.entity !== undefined
    );
  }

  conferenceTitle(ref: string): string | undefined {
    return this.conferenceTitles.get(keyOf(ref));
  }

  /** Entities owned by an owner (ownedBy/ownerOf relations). */
  ownedEntities(ownerRef: string): string[] {
    return [...(this.ownedBy.get(keyOf(ownerRef)) ?? [])];
  }

  /** Parts of a System or Domain (partOf/hasPart relations). */
  parts(parentRef: string): string[] {
    return [...(this.partsOf.get(keyOf(parentRef)) ?? [])];
  }

  /**
   * The technologies an entity uses, with u(E, t) and the recorded reasons; a
   * technology no talk and no Technology entity knows cannot match a talk and is
   * left out.
   */
  usagesOf(entity: IndexedEntity): EntityUsage[] {
    // Once per entity and build: Groups, Users and Systems read their members' on every request.
    let usages = this.usagesByEntity.get(entity);
    if (!usages) {
      usages = [];
      for (const [ref, reasons] of entity.usages) {
        const id = this.technologyIdByRef.get(ref);
        if (id !== undefined) usages.push(entityUsage(id, reasons));
      }
      this.usagesByEntity.set(entity, usages);
    }
    return usages;
  }
}
