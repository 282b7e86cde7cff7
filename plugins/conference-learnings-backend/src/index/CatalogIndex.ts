import {
  Entity,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  createTechnologyLookup,
  technologyLookupEntry,
  EntityTechnologyUsageReason,
  inferTechnologyUsages,
  RELATION_USES_TECHNOLOGY,
  TalkSummary,
  TECHNOLOGY_USING_KINDS,
  TechnologyEntity,
  TechnologyLookup,
  TechnologySummary,
} from '@conference-learnings/plugin-conference-learnings-common';
import {
  focusFactor,
  talkPrior,
  technologyWeight,
  usageStrength,
} from '../ranking/formula';
import { summarizeTalk } from '../service/toTalkSummary';
import { SearchField, TextSearchIndex } from './textSearch';

/** The catalog entities an index is built from. */
export interface CatalogIndexInput {
  /** Talk entities, complete */
  talks: Entity[];
  /** Technology entities, complete */
  technologies: Entity[];
  /** Conference entities, complete */
  conferences: Entity[];
  /**
   * Components, APIs, Resources, Systems, Domains, Groups and Users; kind,
   * metadata (namespace, name, tags, annotations) and relations suffice.
   */
  entities: Entity[];
}

/** How an index reads the catalog. */
export interface CatalogIndexOptions {
  /**
   * More annotations meaning an entity uses a technology, as the catalog module's
   * `conferenceLearnings.inference.annotations`, so the reasons match its relations.
   */
  extraAnnotations?: Record<string, string>;
}

/** One technology an entity uses, and why. */
export interface EntityUsage {
  technologyId: number;
  reasons: EntityTechnologyUsageReason[];
  /** u(E, t), see `ranking/formula.ts` */
  strength: number;
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

/**
 * The distinct values of one facet of talks, numbered, with their labels and
 * the position of each in label order (for stable, cheap sorting).
 */
export class FacetDimension {
  /** Value → id */
  readonly ids = new Map<string, number>();
  /** Id → value, as the API returns it (full refs, years, types, tracks as first written) */
  readonly values: string[] = [];
  /** Id → human label, when it differs from the value */
  readonly labels: (string | undefined)[] = [];
  /** Id → position in label order */
  labelRank = new Int32Array(0);

  /** The id of a value (keyed case-insensitively), adding it if new. */
  add(key: string, value: string, label?: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(key, id);
      this.values.push(value);
      this.labels.push(label && label !== value ? label : undefined);
    }
    return id;
  }

  seal() {
    const byLabel = this.values
      .map((value, id) => ({ id, label: this.labels[id] ?? value }))
      .sort((a, b) => a.label.localeCompare(b.label));
    this.labelRank = new Int32Array(this.values.length);
    byLabel.forEach(({ id }, rank) => {
      this.labelRank[id] = rank;
    });
  }
}

/** A technology, numbered 0..n-1; also those talks or entities refer to without a Technology entity. */
export interface IndexedTechnology {
  id: number;
  ref: string;
  title: string;
  /** The Technology entity, when it is in the catalog */
  entity?: TechnologyEntity;
  /** Ids of the talks covering it, ascending */
  talkIds: Int32Array;
  /** Parallel to `talkIds`: 1 when curated, 0 when detected */
  curated: Uint8Array;
  curatedTalkCount: number;
  /** Components, APIs, Resources and Systems using it */
  entityCount: number;
  /** w(t) */
  weight: number;
  /** Normalised name, title and aliases, for `GET /technologies?q=` */
  searchText: string;
}

/** An entity other than a talk, technology or conference. */
export interface IndexedEntity {
  ref: string;
  kind: string;
  /** For Components, APIs, Resources and Systems */
  usages: EntityUsage[];
}

const USING_KINDS = new Set(TECHNOLOGY_USING_KINDS);

function keyOf(ref: string): string {
  return ref.toLocaleLowerCase('en-US');
}

/** Case, spacing and punctuation do not matter. */
export function normaliseName(text: string): string {
  return text.toLocaleLowerCase('en-US').replace(/[^\p{L}\p{N}+#]/gu, '');
}

function pushTo(map: Map<string, Set<string>>, key: string, value: string) {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(value);
}

function relationTargets(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(r => r.type === type)
    .map(r => keyOf(r.targetRef));
}

/**
 * An immutable, in-memory index of what the ranking and the listings need from
 * the catalog: talks, technologies (with per-technology talk lists and weights),
 * which entities use which technology and why, ownership and parts, and a text
 * search index over talks. Built in one pass over the entities (about
 * 1 s for 20,000 talks on a 2-core VM); the {@link CatalogIndexProvider} rebuilds it on a
 * schedule and swaps it atomically.
 */
export class CatalogIndex {
  readonly talks: IndexedTalk[] = [];
  readonly technologies: IndexedTechnology[] = [];
  /** Talk ids, newest first, then by title */
  readonly talksByTime: Int32Array;
  /** The facet dimensions of `GET /talks`; technologies are a fourth, by technology id */
  readonly facets = {
    conference: new FacetDimension(),
    year: new FacetDimension(),
    type: new FacetDimension(),
    track: new FacetDimension(),
  };
  /** Technology id → position in title order */
  technologyLabelRank = new Int32Array(0);
  readonly search: TextSearchIndex;
  readonly lookup: TechnologyLookup;

  private readonly talkIdByRef = new Map<string, number>();
  private readonly technologyIdByRef = new Map<string, number>();
  private readonly entities = new Map<string, IndexedEntity>();
  private readonly conferenceTitles = new Map<string, string>();
  private readonly ownedBy = new Map<string, Set<string>>();
  private readonly partsOf = new Map<string, Set<string>>();
  private readonly extraAnnotations: Record<string, string>;

  static build(
    input: CatalogIndexInput,
    options: CatalogIndexOptions = {},
  ): CatalogIndex {
    return new CatalogIndex(input, options);
  }

  private constructor(input: CatalogIndexInput, options: CatalogIndexOptions) {
    this.extraAnnotations = options.extraAnnotations ?? {};

    // Technologies in the catalog, and the lookup the catalog processor uses.
    const technologyEntities = input.technologies as TechnologyEntity[];
    this.lookup = createTechnologyLookup(
      technologyEntities.map(technologyLookupEntry),
    );
    const talkLists: { ids: number[]; curated: number[] }[] = [];
    for (const entity of technologyEntities) {
      this.technologyId(stringifyEntityRef(entity), talkLists, entity);
    }

    const conferences = new Map<
      string,
      { title?: string; startDate?: string }
    >();
    for (const entity of input.conferences) {
      const ref = stringifyEntityRef(entity);
      const title = entity.metadata.title ?? entity.metadata.name;
      conferences.set(ref, {
        title,
        startDate: (entity.spec as { startDate?: string } | undefined)
          ?.startDate,
      });
      this.conferenceTitles.set(ref, title);
    }

    // Talks, and the talks of every technology.
    let newest: number | undefined;
    for (const entity of input.talks) {
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
        this.technologyId(t, talkLists),
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
        facetIds: {
          conference: this.facets.conference.add(
            summary.conferenceRef,
            summary.conferenceRef,
            summary.conferenceTitle,
          ),
          year:
            summary.year === undefined
              ? -1
              : this.facets.year.add(
                  String(summary.year),
                  String(summary.year),
                ),
          type: summary.type
            ? this.facets.type.add(summary.type, summary.type)
            : -1,
          track: summary.track
            ? this.facets.track.add(
                summary.track.toLocaleLowerCase('en-US'),
                summary.track,
              )
            : -1,
        },
      });
      this.talkIdByRef.set(ref, id);
      technologyIds.forEach((technologyId, i) => {
        talkLists[technologyId].ids.push(id);
        talkLists[technologyId].curated.push(i < curatedCount ? 1 : 0);
      });
      if (time !== undefined && (newest === undefined || time > newest)) {
        newest = time;
      }
    }
    for (const talk of this.talks) {
      talk.prior = talkPrior(talk.time, talk.summary.type, newest);
    }

    // Other entities: usages, ownership, parts.
    const entitiesUsing = new Map<number, number>();
    let usingEntityCount = 0;
    for (const entity of input.entities) {
      const ref = stringifyEntityRef(entity);
      const kind = entity.kind.toLocaleLowerCase('en-US');
      const usages = USING_KINDS.has(kind)
        ? this.computeUsages(entity, talkLists)
        : [];
      if (USING_KINDS.has(kind)) {
        usingEntityCount++;
        for (const usage of usages) {
          entitiesUsing.set(
            usage.technologyId,
            (entitiesUsing.get(usage.technologyId) ?? 0) + 1,
          );
        }
      }
      this.entities.set(ref, { ref, kind, usages });
      for (const owner of relationTargets(entity, RELATION_OWNED_BY)) {
        pushTo(this.ownedBy, owner, ref);
      }
      for (const owned of relationTargets(entity, RELATION_OWNER_OF)) {
        pushTo(this.ownedBy, ref, owned);
      }
      for (const parent of relationTargets(entity, RELATION_PART_OF)) {
        pushTo(this.partsOf, parent, ref);
      }
      for (const part of relationTargets(entity, RELATION_HAS_PART)) {
        pushTo(this.partsOf, ref, part);
      }
    }

    // Per-technology talk lists and weights.
    for (const technology of this.technologies) {
      const list = talkLists[technology.id];
      technology.talkIds = Int32Array.from(list.ids);
      technology.curated = Uint8Array.from(list.curated);
      technology.curatedTalkCount = list.curated.reduce((a, b) => a + b, 0);
      technology.entityCount = entitiesUsing.get(technology.id) ?? 0;
      technology.weight = technologyWeight({
        talks: this.talks.length,
        talksCovering: list.ids.length,
        entities: usingEntityCount,
        entitiesUsing: technology.entityCount,
      });
    }

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
      this.talks.map((talk): SearchField[] => [
        { text: talk.summary.title, weight: 3 },
        {
          text: talk.summary.speakers.map(s => s.name).join(' '),
          weight: 2,
        },
        {
          text: talk.technologyIds
            .map(id => this.technologies[id].title)
            .join(' '),
          weight: 1.5,
        },
        { text: talk.summary.track, weight: 1 },
        {
          text: talk.summary.speakers.map(s => s.affiliation ?? '').join(' '),
          weight: 1,
        },
        { text: talk.summary.description, weight: 1 },
      ]),
    );
  }

  private technologyId(
    ref: string,
    talkLists: { ids: number[]; curated: number[] }[],
    entity?: TechnologyEntity,
  ): number {
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
      talkIds: new Int32Array(0),
      curated: new Uint8Array(0),
      curatedTalkCount: 0,
      entityCount: 0,
      weight: 0,
      searchText: [name, title, ...(entity?.spec?.aliases ?? [])]
        .map(normaliseName)
        .join('\n'),
    });
    talkLists.push({ ids: [], curated: [] });
    this.technologyIdByRef.set(key, id);
    return id;
  }

  private computeUsages(
    entity: Entity,
    talkLists?: { ids: number[]; curated: number[] }[],
  ): EntityUsage[] {
    const reasons = new Map<string, EntityTechnologyUsageReason[]>();
    for (const usage of inferTechnologyUsages(
      entity,
      this.lookup,
      this.extraAnnotations,
    )) {
      reasons.set(keyOf(usage.technologyRef), [...usage.reasons]);
    }
    for (const target of relationTargets(entity, RELATION_USES_TECHNOLOGY)) {
      if (!reasons.has(target)) reasons.set(target, [{ type: 'relation' }]);
    }
    const usages: EntityUsage[] = [];
    for (const [ref, why] of reasons) {
      const technologyId = talkLists
        ? this.technologyId(ref, talkLists)
        : this.technologyIdByRef.get(ref);
      // A technology no talk and no Technology entity knows cannot match a talk.
      if (technologyId === undefined) continue;
      usages.push({ technologyId, reasons: why, strength: usageStrength(why) });
    }
    return usages;
  }

  /**
   * Orders talks newest first, then by title and ref (used once, at build time;
   * afterwards `IndexedTalk.order` says the same).
   */
  compareByTime(a: IndexedTalk, b: IndexedTalk): number {
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
   * Technologies a (possibly fresher) entity uses and why: its `usesTechnology`
   * relations, explained by the same inference the catalog processor runs.
   */
  usagesOf(entity: Entity): EntityUsage[] {
    const kind = entity.kind.toLocaleLowerCase('en-US');
    return USING_KINDS.has(kind) ? this.computeUsages(entity) : [];
  }

  /** Counts for a technology, as `GET /technologies` reports them. */
  toTechnologySummary(technology: IndexedTechnology): TechnologySummary {
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
      entityCount: technology.entityCount,
    };
  }
}
