import { LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import {
  CONFERENCE_TALK_DOCUMENT_TYPE,
  ConferenceLearningsApi,
  ConferenceTalkDocument,
  MAX_PAGE_LIMIT,
  TalkSummary,
} from '@conference-learnings/plugin-conference-learnings-common';
import { Readable } from 'node:stream';

/** Abstracts longer than this are truncated before indexing. */
const MAX_TEXT_LENGTH = 50_000;

/** @public */
export interface ConferenceTalkCollatorFactoryOptions {
  /** The Conference Learnings API, called with the search plugin's own credentials. */
  client: ConferenceLearningsApi;
  logger: LoggerService;
  /** Talks read per request, 1 to 100; default 100. */
  batchSize?: number;
  /** Path of a talk's page in the app; default `/catalog/:namespace/:kind/:name`. */
  locationTemplate?: string;
}

/**
 * Streams every talk into the search index as a `conference-talk` document. It
 * is a client of the Conference Learnings backend: it pages `GET /talks` (the
 * summaries the backend computes: conference title, year, technologies) and
 * reads the learnings (`GET /learnings`) and technology titles
 * (`GET /technologies`) once per run, so no talk is held twice in memory and
 * nothing is derived here again. A document's text is the talk's learnings,
 * speakers and abstract, so a takeaway finds its talk. Documents carry the
 * talk's ref as `authorization.resourceRef`, so search results respect catalog
 * read permissions. A failing backend call fails the run: the search engine
 * then keeps the index of the previous run.
 *
 * @public
 */
export class ConferenceTalkCollatorFactory implements DocumentCollatorFactory {
  readonly type = CONFERENCE_TALK_DOCUMENT_TYPE;
  readonly visibilityPermission = catalogEntityReadPermission;
  private readonly batchSize: number;
  private readonly locationTemplate: string;

  constructor(private readonly options: ConferenceTalkCollatorFactoryOptions) {
    this.batchSize = options.batchSize ?? MAX_PAGE_LIMIT;
    this.locationTemplate =
      options.locationTemplate ?? '/catalog/:namespace/:kind/:name';
  }

  async getCollator(): Promise<Readable> {
    return Readable.from(this.collate());
  }

  private async *collate(): AsyncGenerator<ConferenceTalkDocument> {
    const { client, logger } = this.options;
    const [learnings, technologyTitles] = await Promise.all([
      this.readLearnings(),
      this.readTechnologyTitles(),
    ]);
    let count = 0;
    for await (const talk of everyItem(this.batchSize, page =>
      client.listTalks(page),
    )) {
      yield this.toDocument(talk, technologyTitles, learnings);
      count++;
    }
    logger.info(`Collated ${count} conference talks`);
  }

  /** The text of every learning, by the full ref of its talk. */
  private async readLearnings(): Promise<Map<string, string[]>> {
    const byTalk = new Map<string, string[]>();
    for await (const learning of everyItem(MAX_PAGE_LIMIT, page =>
      this.options.client.listLearnings(page),
    )) {
      byTalk.set(learning.talkRef, [
        ...(byTalk.get(learning.talkRef) ?? []),
        learning.body,
      ]);
    }
    return byTalk;
  }

  /** The title of every technology in the catalog, by full ref. */
  private async readTechnologyTitles(): Promise<Map<string, string>> {
    const titles = new Map<string, string>();
    for await (const technology of everyItem(MAX_PAGE_LIMIT, page =>
      this.options.client.listTechnologies(page),
    )) {
      titles.set(technology.entityRef, technology.title);
    }
    return titles;
  }

  private toDocument(
    talk: TalkSummary,
    technologyTitles: Map<string, string>,
    learnings: Map<string, string[]>,
  ): ConferenceTalkDocument {
    const speakers = talk.speakers.map(s => s.name);
    // learnings first: a huge abstract must not push them out of the indexed text
    const text = [
      ...(learnings.get(talk.entityRef) ?? []),
      speakers.join(', '),
      talk.description ?? '',
    ]
      .filter(Boolean)
      .join('\n\n')
      .slice(0, MAX_TEXT_LENGTH);
    return {
      title: talk.title,
      text,
      location: this.location(talk.entityRef),
      entityRef: talk.entityRef,
      conference:
        talk.conferenceTitle ?? parseEntityRef(talk.conferenceRef).name,
      year: talk.year,
      speakers,
      technologies: talk.technologyRefs.map(
        ref => technologyTitles.get(ref) ?? parseEntityRef(ref).name,
      ),
      type: talk.type,
      track: talk.track,
      authorization: { resourceRef: talk.entityRef },
    };
  }

  private location(entityRef: string): string {
    const { kind, namespace, name } = parseEntityRef(entityRef);
    return this.locationTemplate
      .replace(':namespace', encodeURIComponent(namespace))
      .replace(':kind', encodeURIComponent(kind))
      .replace(':name', encodeURIComponent(name));
  }
}

/** Every item of a paged list of the API, page after page. */
async function* everyItem<T>(
  limit: number,
  readPage: (page: {
    limit: number;
    offset: number;
  }) => Promise<{ items: T[]; totalCount: number }>,
): AsyncGenerator<T> {
  for (let offset = 0; ; offset += limit) {
    const page = await readPage({ limit, offset });
    yield* page.items;
    if (!page.items.length || offset + limit >= page.totalCount) return;
  }
}
