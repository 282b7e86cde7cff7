import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { RelatedEntityUsageReason } from '@conference-learnings/plugin-conference-learnings-common';
import { TechnologyUsage } from './inferTechnologyUsages';
import { TechnologyLookup } from './technologyLookup';

/** What the evidence reads of a Resource or API an entity is related to. @public */
export interface RelatedEntitySummary {
  /** Full lower-case ref */
  ref: string;
  name: string;
  /** `spec.type` */
  type?: string;
  tags: string[];
  /** An AsyncAPI document's server protocols and binding names, lower case */
  protocols?: string[];
}

/** API types that name a technology by themselves. */
const API_TYPE_TECHNOLOGIES: Record<string, string> = {
  grpc: 'gRPC',
  graphql: 'GraphQL',
};

/** AsyncAPI protocols (and binding names) that name a technology. */
const PROTOCOL_TECHNOLOGIES: Record<string, string> = {
  kafka: 'Kafka',
  'kafka-secure': 'Kafka',
  nats: 'NATS',
  pulsar: 'Pulsar',
  redis: 'Redis',
};

type Relation = RelatedEntityUsageReason['relation'];

function refsOf(
  entity: Entity,
  field: string,
  defaultKind: string | undefined,
): CompoundEntityRef[] {
  const values = entity.spec?.[field];
  if (!Array.isArray(values)) return [];
  return values.flatMap(value => {
    if (typeof value !== 'string') return [];
    try {
      return [
        parseEntityRef(value, {
          defaultKind,
          defaultNamespace: entity.metadata.namespace ?? 'default',
        }),
      ];
    } catch {
      return [];
    }
  });
}

/** What of a depended-on Resource names technologies: its type (or a word of it), tags, name. */
function resourceEvidence(
  resource: RelatedEntitySummary,
  lookup: TechnologyLookup,
): [string, string][] {
  const found: [string, string][] = [];
  if (resource.type) {
    const words = [resource.type, ...resource.type.split(/[-_.\s/]+/)];
    const ref = words.map(word => lookup.resolve(word)).find(Boolean);
    if (ref) found.push([ref, `type ${resource.type}`]);
  }
  for (const tag of resource.tags) {
    const ref = lookup.resolve(tag);
    if (ref) found.push([ref, `tag ${tag}`]);
  }
  const byName = lookup.resolve(resource.name);
  if (byName) found.push([byName, `name ${resource.name}`]);
  return found;
}

/** What of a provided or consumed API names technologies: its type, or its protocols. */
function apiEvidence(
  api: RelatedEntitySummary,
  lookup: TechnologyLookup,
): [string, string][] {
  const found: [string, string][] = [];
  const type = api.type?.toLocaleLowerCase('en-US') ?? '';
  const byType = API_TYPE_TECHNOLOGIES[type];
  const typeRef = byType && lookup.resolve(byType);
  if (typeRef) found.push([typeRef, `type ${api.type}`]);
  for (const protocol of api.protocols ?? []) {
    const technology = PROTOCOL_TECHNOLOGIES[protocol];
    const ref = technology && lookup.resolve(technology);
    if (ref) found.push([ref, `${api.type ?? 'API'} protocol ${protocol}`]);
  }
  return found;
}

/**
 * The technologies an entity's related entities say it uses: each Resource it
 * depends on (`spec.dependsOn`) by its type, tags and name (`kafka-topic` →
 * Kafka), and each API it provides or consumes by its type (`grpc` → gRPC,
 * `graphql` → GraphQL) or its AsyncAPI protocols (`kafka` → Kafka). Related
 * entities `related` does not know (not indexed yet) give nothing.
 * @public
 */
export function relatedEntityUsages(
  entity: Entity,
  related: (ref: string) => RelatedEntitySummary | undefined,
  lookup: TechnologyLookup,
): TechnologyUsage[] {
  const usages = new Map<string, RelatedEntityUsageReason[]>();
  const visit = (
    relation: Relation,
    refs: CompoundEntityRef[],
    kind: 'resource' | 'api',
  ) => {
    for (const ref of refs) {
      if (ref.kind.toLocaleLowerCase('en-US') !== kind) continue;
      const full = stringifyEntityRef(ref).toLocaleLowerCase('en-US');
      const summary = related(full);
      if (!summary) continue;
      const evidence =
        kind === 'resource'
          ? resourceEvidence(summary, lookup)
          : apiEvidence(summary, lookup);
      for (const [technologyRef, detail] of evidence) {
        const reasons = usages.get(technologyRef) ?? [];
        reasons.push({
          type: 'relatedEntity',
          relation,
          entityRef: full,
          detail,
        });
        usages.set(technologyRef, reasons);
      }
    }
  };
  visit('dependsOn', refsOf(entity, 'dependsOn', undefined), 'resource');
  visit('providesApi', refsOf(entity, 'providesApis', 'api'), 'api');
  visit('consumesApi', refsOf(entity, 'consumesApis', 'api'), 'api');
  return [...usages].map(([technologyRef, reasons]) => ({
    technologyRef,
    reasons,
  }));
}
