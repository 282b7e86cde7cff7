import { AuthService } from '@backstage/backend-plugin-api';
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

function summarise(entity: Entity, protocols?: string[]): RelatedEntitySummary {
  const type = entity.spec?.type;
  return {
    ref: stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
    name: entity.metadata.name,
    type: typeof type === 'string' ? type : undefined,
    tags: entity.metadata.tags ?? [],
    ...(protocols ? { protocols } : {}),
  };
}

const SUMMARY_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.tags',
  'spec.type',
];

/**
 * What the evidence from the catalog graph reads of Resources and APIs (type,
 * name, tags, AsyncAPI protocols), refreshed in the background with the
 * technology index so processors never query the catalog per entity. Only
 * AsyncAPI definitions are fetched, and each is parsed again only when its
 * entity changed (its etag). An entity processed before a related entity is
 * indexed gets that evidence on a later processing cycle.
 */
export class RelatedEntityIndex {
  private byRef = new Map<string, RelatedEntitySummary>();
  /** AsyncAPI protocols by entity etag, from the last refresh */
  private protocolsByEtag = new Map<string, string[]>();

  constructor(
    private readonly deps: { catalog: CatalogService; auth: AuthService },
  ) {}

  get(ref: string): RelatedEntitySummary | undefined {
    return this.byRef.get(ref);
  }

  async refresh(): Promise<void> {
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const protocolsByEtag = new Map<string, string[]>();
    const protocolsByRef = new Map<string, string[]>();
    for await (const page of this.deps.catalog.streamEntities(
      {
        filter: { kind: 'API', 'spec.type': 'asyncapi' },
        fields: [...SUMMARY_FIELDS, 'metadata.etag', 'spec.definition'],
        pageSize: 100,
      },
      { credentials },
    )) {
      for (const entity of page) {
        const etag = entity.metadata.etag ?? stringifyEntityRef(entity);
        const protocols =
          this.protocolsByEtag.get(etag) ??
          asyncApiProtocols(entity.spec?.definition);
        protocolsByEtag.set(etag, protocols);
        protocolsByRef.set(stringifyEntityRef(entity), protocols);
      }
    }
    const byRef = new Map<string, RelatedEntitySummary>();
    for await (const page of this.deps.catalog.streamEntities(
      {
        filter: { kind: ['Resource', 'API'] },
        fields: SUMMARY_FIELDS,
        pageSize: 500,
      },
      { credentials },
    )) {
      for (const entity of page) {
        const summary = summarise(
          entity,
          protocolsByRef.get(stringifyEntityRef(entity)),
        );
        byRef.set(summary.ref, summary);
      }
    }
    this.byRef = byRef;
    this.protocolsByEtag = protocolsByEtag;
  }
}
