import {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import {
  CONFERENCE_KIND,
  CONFERENCE_TALK_DOCUMENT_TYPE,
  ConferenceTalkDocument,
  RELATION_COVERS_TECHNOLOGY,
  TALK_KIND,
  TalkEntity,
} from '@conference-learnings/plugin-conference-learnings-common';
import { Readable } from 'node:stream';
import { LearningsReader } from './LearningsReader';

/** Abstracts longer than this are truncated before indexing. */
const MAX_TEXT_LENGTH = 50_000;

/** Titles of the conferences and technologies talks refer to, and the conferences' years. */
interface ReferencedEntities {
  titles: Map<string, string>;
  years: Map<string, number>;
}

/** @public */
export interface ConferenceTalkCollatorFactoryOptions {
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  /** The learnings whose text is indexed with their talks. */
  learnings: LearningsReader;
  /** Talks read from the catalog per request; default 500. */
  batchSize?: number;
  /** Path of a talk's page in the app; default `/catalog/:namespace/talk/:name`. */
  locationTemplate?: string;
}

/**
 * Streams every Talk of the catalog into the search index as a `conference-talk`
 * document, page by page with the backend's own credentials, so the whole
 * catalog is never held in memory. A document's text is the talk's abstract, its
 * speakers' names and the text of its learnings, so a takeaway finds its talk.
 * Documents carry the talk's entity ref as `authorization.resourceRef`, so search
 * results respect catalog read permissions. A failing catalog or backend call
 * fails the run: the search engine then keeps the index of the previous run.
 *
 * @public
 */
export class ConferenceTalkCollatorFactory implements DocumentCollatorFactory {
  readonly type = CONFERENCE_TALK_DOCUMENT_TYPE;
  readonly visibilityPermission = catalogEntityReadPermission;

  private readonly batchSize: number;
  private readonly locationTemplate: string;

  constructor(private readonly options: ConferenceTalkCollatorFactoryOptions) {
    this.batchSize = options.batchSize ?? 500;
    this.locationTemplate =
      options.locationTemplate ?? '/catalog/:namespace/talk/:name';
  }

  async getCollator(): Promise<Readable> {
    return Readable.from(this.collate());
  }

  private async *collate(): AsyncGenerator<ConferenceTalkDocument> {
    const { catalog, auth } = this.options;
    const credentials = await auth.getOwnServiceCredentials();
    const learnings = await this.options.learnings.readLearnings();
    const referenced: ReferencedEntities = {
      titles: new Map(),
      years: new Map(),
    };
    let cursor: string | undefined;
    let count = 0;
    do {
      const page = await catalog.queryEntities(
        cursor
          ? { cursor, limit: this.batchSize }
          : { filter: { kind: TALK_KIND }, limit: this.batchSize },
        { credentials },
      );
      await this.resolveTitles(
        page.items as TalkEntity[],
        referenced,
        credentials,
      );
      for (const talk of page.items as TalkEntity[]) {
        yield this.toDocument(talk, referenced, learnings);
        count++;
      }
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    this.options.logger.info(`Collated ${count} conference talks`);
  }

  /**
   * Looks up the titles of the conferences and technologies a page refers to, and
   * the conferences' years, once each.
   */
  private async resolveTitles(
    talks: TalkEntity[],
    { titles, years }: ReferencedEntities,
    credentials: BackstageCredentials,
  ) {
    const wanted = new Set<string>();
    for (const talk of talks) {
      wanted.add(conferenceRef(talk));
      for (const ref of technologyRefs(talk)) wanted.add(ref);
    }
    const missing = [...wanted].filter(ref => !titles.has(ref));
    if (missing.length === 0) return;
    const { items } = await this.options.catalog.getEntitiesByRefs(
      {
        entityRefs: missing,
        fields: [
          'kind',
          'metadata.namespace',
          'metadata.name',
          'metadata.title',
          'spec.startDate',
        ],
      },
      { credentials },
    );
    missing.forEach((ref, i) => {
      const entity: Entity | undefined = items[i];
      titles.set(ref, entity?.metadata.title ?? parseEntityRef(ref).name);
      const startDate = entity?.spec?.startDate;
      if (typeof startDate === 'string') {
        years.set(ref, Number(startDate.slice(0, 4)));
      }
    });
  }

  private toDocument(
    talk: TalkEntity,
    { titles, years }: ReferencedEntities,
    learnings: Map<string, string[]>,
  ): ConferenceTalkDocument {
    const ref = getCompoundEntityRef(talk);
    const entityRef = stringifyEntityRef(ref);
    const speakers = (talk.spec.speakers ?? []).map(s => s.name);
    const startsAt = talk.spec.startsAt
      ? new Date(talk.spec.startsAt)
      : undefined;
    // learnings first: a huge abstract must not push them out of the indexed text
    const text = [
      ...(learnings.get(entityRef) ?? []),
      speakers.join(', '),
      talk.metadata.description ?? '',
    ]
      .filter(Boolean)
      .join('\n\n')
      .slice(0, MAX_TEXT_LENGTH);
    return {
      title: talk.metadata.title ?? talk.metadata.name,
      text,
      location: this.location(ref),
      entityRef,
      conference: titles.get(conferenceRef(talk)) ?? '',
      year:
        startsAt && !isNaN(startsAt.getTime())
          ? startsAt.getUTCFullYear()
          : years.get(conferenceRef(talk)),
      speakers,
      technologies: technologyRefs(talk).map(r => titles.get(r) ?? r),
      type: talk.spec.type,
      track: talk.spec.track,
      authorization: { resourceRef: entityRef },
    };
  }

  private location(ref: CompoundEntityRef): string {
    return this.locationTemplate
      .replace(':namespace', encodeURIComponent(ref.namespace))
      .replace(':kind', 'talk')
      .replace(':name', encodeURIComponent(ref.name));
  }
}

function conferenceRef(talk: TalkEntity): string {
  return stringifyEntityRef(
    parseEntityRef(talk.spec.conference, {
      defaultKind: CONFERENCE_KIND,
      defaultNamespace: talk.metadata.namespace ?? 'default',
    }),
  );
}

function technologyRefs(talk: TalkEntity): string[] {
  return (talk.relations ?? [])
    .filter(r => r.type === RELATION_COVERS_TECHNOLOGY)
    .map(r => r.targetRef);
}
