import {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { createHash } from 'node:crypto';
import { ServiceUnavailableError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CONFERENCE_KIND,
  TALK_KIND,
  TECHNOLOGY_KIND,
} from '@conference-learnings/plugin-conference-learnings-common';
import { CatalogIndex, CatalogIndexInput } from './CatalogIndex';
import { INDEXED_ENTITY_FIELDS } from './indexedEntity';

/** The kinds whose full entities the index keeps (talks need their whole spec). */
const FULL_KINDS = [TALK_KIND, TECHNOLOGY_KIND, CONFERENCE_KIND];
/** The kinds of which the index keeps only what ranking and listings need. */
const OTHER_KINDS = [
  'Component',
  'API',
  'Resource',
  'System',
  'Domain',
  'Group',
  'User',
];

/**
 * A fingerprint of entities, whatever their order: a SHA-1 of their sorted refs
 * and etags (the catalog changes an entity's etag whenever the entity or its
 * relations change; an entity without one is fingerprinted whole).
 */
function fingerprint(entities: Entity[]): string {
  const keys = entities.map(
    entity =>
      `${stringifyEntityRef(entity)}@${
        entity.metadata.etag ?? JSON.stringify(entity)
      }`,
  );
  const hash = createHash('sha1');
  for (const key of keys.sort()) hash.update(key).update('\n');
  return hash.digest('hex');
}

/**
 * Holds the current {@link CatalogIndex} and rebuilds it from the catalog: a
 * sweep of `catalog.streamEntities` with the plugin's own service credentials. The plugin calls {@link CatalogIndexProvider.refresh} on a schedule
 * (`conferenceLearnings.index.refreshInterval`, 30 s by default); requests never
 * sweep the catalog. Before the first build completes, {@link CatalogIndexProvider.get}
 * starts one and waits for it.
 */
export class CatalogIndexProvider {
  private index?: CatalogIndex;
  private indexFingerprint?: string;
  private inFlight?: Promise<CatalogIndex>;

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      /** Entities per catalog page, default 500 */
      pageSize?: number;
    },
  ) {}

  /** The current index, building the first one if there is none yet. */
  async get(): Promise<CatalogIndex> {
    if (this.index) return this.index;
    try {
      return await this.refresh();
    } catch (error) {
      throw new ServiceUnavailableError(
        `The catalog index is not built yet: ${(error as Error).message}`,
      );
    }
  }

  /**
   * Reads the catalog and rebuilds the index unless nothing changed; concurrent
   * calls share one refresh.
   */
  refresh(): Promise<CatalogIndex> {
    if (!this.inFlight) {
      this.inFlight = this.build().finally(() => {
        this.inFlight = undefined;
      });
    }
    return this.inFlight;
  }

  private async build(): Promise<CatalogIndex> {
    const started = Date.now();
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const input: CatalogIndexInput = {
      talks: [],
      technologies: [],
      conferences: [],
      entities: [],
    };
    for (const entity of await this.readAll(FULL_KINDS, credentials)) {
      const kind = entity.kind.toLocaleLowerCase('en-US');
      if (kind === 'talk') input.talks.push(entity);
      else if (kind === 'technology') input.technologies.push(entity);
      else input.conferences.push(entity);
    }
    input.entities = await this.readAll(
      OTHER_KINDS,
      credentials,
      INDEXED_ENTITY_FIELDS,
    );
    // Building takes about a second of CPU for 20,000 talks: skip it when
    // nothing changed since the last build.
    const signature = fingerprint([
      ...input.talks,
      ...input.technologies,
      ...input.conferences,
      ...input.entities,
    ]);
    if (this.index && signature === this.indexFingerprint) {
      this.deps.logger.debug(
        `Catalog unchanged; kept the index (checked in ${
          Date.now() - started
        } ms)`,
      );
      return this.index;
    }
    const index = CatalogIndex.build(input);
    this.index = index;
    this.indexFingerprint = signature;
    this.deps.logger.info(
      `Indexed ${index.talks.length} talks, ${
        input.technologies.length
      } technologies and ${input.entities.length} other entities in ${
        Date.now() - started
      } ms`,
    );
    return index;
  }

  private async readAll(
    kinds: string[],
    credentials: BackstageCredentials,
    fields?: string[],
  ): Promise<Entity[]> {
    const entities: Entity[] = [];
    for await (const page of this.deps.catalog.streamEntities(
      { filter: { kind: kinds }, fields, pageSize: this.deps.pageSize ?? 500 },
      { credentials },
    )) {
      entities.push(...page);
    }
    return entities;
  }
}
