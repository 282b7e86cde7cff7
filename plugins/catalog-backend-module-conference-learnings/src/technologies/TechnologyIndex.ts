import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { TECHNOLOGY_KIND } from '@conference-learnings/plugin-conference-learnings-common';
import {
  BUILT_IN_REPOSITORY_RULES,
  createMentionResolver,
  createTechnologyLookup,
  createTechnologyMatcher,
  MentionResolver,
  RepositoryRule,
  TECHNOLOGY_LOOKUP_FIELDS,
  TechnologyLookup,
  technologyLookupEntry,
  TechnologyLookupEntry,
  TechnologyMatcher,
} from '@conference-learnings/plugin-conference-learnings-node';

/** What processors read of the catalog's technologies. @public */
export interface TechnologyCatalog {
  /** Resolves names, aliases, tags and refs to Technology refs. */
  lookup: TechnologyLookup;
  /** Finds the technologies a text covers (the detection engine). */
  matcher: TechnologyMatcher;
  /** Resolves what repositories' manifest files name to technologies. */
  mentions: MentionResolver;
}

/**
 * The lookup, the detection engine and the repository mention resolver (with
 * `repositoryRules`, the built-in ones by default) over the given Technology
 * entities, as the processors read them.
 * @public
 */
export function technologyCatalogOf(
  entries: TechnologyLookupEntry[],
  repositoryRules: readonly RepositoryRule[] = BUILT_IN_REPOSITORY_RULES,
): TechnologyCatalog {
  const lookup = createTechnologyLookup(entries);
  return {
    mentions: createMentionResolver(entries, repositoryRules, lookup),
    lookup,
    matcher: createTechnologyMatcher(
      entries.map(({ ref, name, title, aliases }) => ({
        ref,
        name: title ?? name,
        aliases,
      })),
    ),
  };
}

/**
 * The names and aliases of every Technology entity, refreshed in the background
 * so processors never query the catalog per entity. Until the first refresh, and
 * for technologies added since the last one, lookups and detection find nothing:
 * entities processed then get their relations on a later processing cycle.
 */
export class TechnologyIndex {
  private current: TechnologyCatalog;
  private signature = '';

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      /** The rules of repository evidence, the built-in ones by default */
      repositoryRules?: readonly RepositoryRule[];
    },
  ) {
    this.current = technologyCatalogOf([], deps.repositoryRules);
  }

  get(): TechnologyCatalog {
    return this.current;
  }

  async refresh(): Promise<void> {
    const { catalog, auth, logger } = this.deps;
    const credentials = await auth.getOwnServiceCredentials();
    const entries: TechnologyLookupEntry[] = [];
    for await (const page of catalog.streamEntities(
      {
        filter: { kind: TECHNOLOGY_KIND },
        fields: TECHNOLOGY_LOOKUP_FIELDS,
        pageSize: 1000,
      },
      { credentials },
    )) {
      entries.push(...page.map(technologyLookupEntry));
    }
    const signature = JSON.stringify(entries);
    if (signature !== this.signature) {
      this.current = technologyCatalogOf(entries, this.deps.repositoryRules);
      this.signature = signature;
      logger.debug(`Indexed ${entries.length} technologies`);
    }
  }
}
