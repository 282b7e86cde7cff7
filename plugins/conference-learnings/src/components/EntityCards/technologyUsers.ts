import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogApi } from '@backstage/plugin-catalog-react';
import {
  EntityTechnologyUsageReason,
  RELATION_TECHNOLOGY_USED_BY,
} from '@conference-learnings/plugin-conference-learnings-common';
import {
  createTechnologyLookup,
  technologyLookupEntry,
  inferTechnologyUsages,
} from '@conference-learnings/plugin-conference-learnings-node';
import { relationTargets } from '../shared';

/** At most this many using entities are read and shown. */
const MAX_USERS = 200;

/** One entity using some of the technologies, and how it declares each. */
export interface TechnologyUser {
  entity: Entity;
  usages: {
    technologyRef: string;
    technologyTitle: string;
    reasons: EntityTechnologyUsageReason[];
  }[];
}

interface TechnologyUsers {
  users: TechnologyUser[];
  /** How many entities use them, including those not read (beyond {@link MAX_USERS}) */
  totalCount: number;
}

const TECHNOLOGY_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.aliases',
  'relations',
];

const USER_FIELDS = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
  'metadata.tags',
  'spec.type',
  'spec.owner',
];

function key(ref: string) {
  return ref.toLocaleLowerCase('en-US');
}

/**
 * Which catalog entities use the given technologies (`technologyUsedBy`
 * relations) and how: the annotation, tag or well-known plugin annotation,
 * worked out with the same shared inference the catalog processor runs, or
 * "catalog relation" when the relation has another origin.
 */
export async function findTechnologyUsers(
  catalogApi: CatalogApi,
  technologyRefs: string[],
  knownTechnologies: Entity[] = [],
): Promise<TechnologyUsers> {
  const known = new Map(
    knownTechnologies.map(e => [key(stringifyEntityRef(e)), e]),
  );
  const missing = technologyRefs.filter(ref => !known.has(key(ref)));
  if (missing.length) {
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs: missing,
      fields: TECHNOLOGY_FIELDS,
    });
    for (const e of items) if (e) known.set(key(stringifyEntityRef(e)), e);
  }
  const technologies = technologyRefs
    .map(ref => known.get(key(ref)))
    .filter((e): e is Entity => !!e);

  const usedBy = new Map<string, Set<string>>(); // user → technology refs
  for (const technology of technologies) {
    const technologyRef = key(stringifyEntityRef(technology));
    for (const user of relationTargets(
      technology,
      RELATION_TECHNOLOGY_USED_BY,
    )) {
      const set = usedBy.get(key(user)) ?? new Set<string>();
      set.add(technologyRef);
      usedBy.set(key(user), set);
    }
  }
  const userRefs = [...usedBy.keys()].slice(0, MAX_USERS);
  if (userRefs.length === 0) return { users: [], totalCount: 0 };

  const { items } = await catalogApi.getEntitiesByRefs({
    entityRefs: userRefs,
    fields: USER_FIELDS,
  });
  const lookup = createTechnologyLookup(
    technologies.map(e => {
      const entry = technologyLookupEntry(e);
      return { ...entry, ref: key(entry.ref) };
    }),
  );
  const titleOf = (ref: string) => {
    const e = known.get(ref);
    return e?.metadata.title ?? e?.metadata.name ?? parseEntityRef(ref).name;
  };

  const users: TechnologyUser[] = [];
  for (const entity of items) {
    if (!entity) continue;
    const ref = key(stringifyEntityRef(entity));
    const inferred = new Map(
      inferTechnologyUsages(entity, lookup).map(u => [
        key(u.technologyRef),
        u.reasons,
      ]),
    );
    users.push({
      entity,
      usages: [...(usedBy.get(ref) ?? [])].map(technologyRef => ({
        technologyRef,
        technologyTitle: titleOf(technologyRef),
        reasons: inferred.get(technologyRef) ?? [{ type: 'relation' }],
      })),
    });
  }
  users.sort(
    (a, b) =>
      b.usages.length - a.usages.length ||
      (a.entity.metadata.title ?? a.entity.metadata.name).localeCompare(
        b.entity.metadata.title ?? b.entity.metadata.name,
      ),
  );
  return { users, totalCount: usedBy.size };
}
