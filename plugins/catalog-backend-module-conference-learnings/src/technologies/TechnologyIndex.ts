import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  createTechnologyLookup,
  TECHNOLOGY_KIND,
  TechnologyEntity,
  TechnologyLookup,
  TechnologyLookupEntry,
} from '@conference-learnings/plugin-conference-learnings-common';

/**
 * The names and aliases of every Technology entity, refreshed in the background
 * so processors never query the catalog per entity. Until the first refresh, and
 * for technologies added since the last one, lookups find nothing: entities
 * processed then get their relations on a later processing cycle.
 */
export class TechnologyIndex {
  private lookup: TechnologyLookup = createTechnologyLookup([]);

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
    },
  ) {}

  get(): TechnologyLookup {
    return this.lookup;
  }

  async refresh(): Promise<void> {
    const { catalog, auth, logger } = this.deps;
    const credentials = await auth.getOwnServiceCredentials();
    const entries: TechnologyLookupEntry[] = [];
    let cursor: string | undefined;
    do {
      const page = await catalog.queryEntities(
        cursor
          ? { cursor, limit: 1000 }
          : {
              filter: { kind: TECHNOLOGY_KIND },
              fields: [
                'kind',
                'metadata.namespace',
                'metadata.name',
                'metadata.title',
                'spec.aliases',
              ],
              limit: 1000,
            },
        { credentials },
      );
      for (const entity of page.items as TechnologyEntity[]) {
        entries.push({
          ref: stringifyEntityRef(entity),
          name: entity.metadata.name,
          title: entity.metadata.title,
          aliases: entity.spec?.aliases,
        });
      }
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    this.lookup = createTechnologyLookup(entries);
    logger.debug(`Indexed ${entries.length} technologies`);
  }
}
