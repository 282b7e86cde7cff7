import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { RelatedEntitySummary } from '@conference-learnings/plugin-conference-learnings-node';
import { parse } from 'yaml';

/** AsyncAPI definitions larger than this are not searched for protocols. */
const MAX_DEFINITION_CHARACTERS = 512 * 1024;

/** The server protocols and binding names of an AsyncAPI document, lower case. */
export function asyncApiProtocols(definition: unknown): string[] {
  if (typeof definition !== 'string') return [];
  if (definition.length > MAX_DEFINITION_CHARACTERS) return [];
  let document: any;
  try {
    document = parse(definition, { maxAliasCount: 100 });
  } catch {
    return [];
  }
  const found = new Set<string>();
  const servers = document?.servers;
  if (servers && typeof servers === 'object') {
    for (const server of Object.values<any>(servers)) {
      if (typeof server?.protocol === 'string') {
        found.add(server.protocol.toLocaleLowerCase('en-US'));
      }
    }
  }
  const channels = document?.channels;
  if (channels && typeof channels === 'object') {
    for (const channel of Object.values<any>(channels)) {
      for (const name of Object.keys(channel?.bindings ?? {})) {
        found.add(name.toLocaleLowerCase('en-US'));
      }
    }
  }
  return [...found];
}

function summarise(entity: Entity): RelatedEntitySummary {
  const type = entity.spec?.type;
  return {
    ref: stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
    name: entity.metadata.name,
    type: typeof type === 'string' ? type : undefined,
    tags: entity.metadata.tags ?? [],
    ...(type === 'asyncapi'
      ? { protocols: asyncApiProtocols(entity.spec?.definition) }
      : {}),
  };
}

/**
 * What the evidence from the catalog graph reads of Resources and APIs (type,
 * name, tags, AsyncAPI protocols), refreshed in the background with the
 * technology index so processors never query the catalog per entity. An entity
 * processed before a related entity is indexed gets that evidence on a later
 * processing cycle.
 */
export class RelatedEntityIndex {
  private byRef = new Map<string, RelatedEntitySummary>();

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
    },
  ) {}

  get(ref: string): RelatedEntitySummary | undefined {
    return this.byRef.get(ref);
  }

  async refresh(): Promise<void> {
    const { catalog, auth } = this.deps;
    const credentials = await auth.getOwnServiceCredentials();
    const byRef = new Map<string, RelatedEntitySummary>();
    for await (const page of catalog.streamEntities(
      {
        filter: { kind: ['Resource', 'API'] },
        fields: [
          'kind',
          'metadata.namespace',
          'metadata.name',
          'metadata.tags',
          'spec.type',
          'spec.definition',
        ],
        pageSize: 500,
      },
      { credentials },
    )) {
      for (const entity of page) {
        const summary = summarise(entity);
        byRef.set(summary.ref, summary);
      }
    }
    this.byRef = byRef;
  }
}
