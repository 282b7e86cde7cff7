import {
  Entity,
  EntityRelation,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { BuiltinKindsEntityProcessor } from '@backstage/plugin-catalog-backend';
import {
  CatalogProcessorResult,
  parseEntityYaml,
} from '@backstage/plugin-catalog-node';
import {
  ConferenceLearningsEntitiesProcessor,
  TalkTechnologyProcessor,
  technologyCatalogOf,
  TechnologyUsageProcessor,
} from '@conference-learnings/plugin-catalog-backend-module-conference-learnings';
import { technologyLookupEntry } from '@conference-learnings/plugin-conference-learnings-node';
import fs from 'node:fs';
import path from 'node:path';

/** The demo catalog of the repository: /examples/*.yaml. */
export const EXAMPLES_DIR = path.resolve(__dirname, '../../../../examples');

/** Every entity of the demo catalog, as written (no relations). */
export function loadDemoEntities(): Entity[] {
  const entities: Entity[] = [];
  for (const file of fs.readdirSync(EXAMPLES_DIR).sort()) {
    if (!file.endsWith('.yaml')) continue;
    const target = path.join(EXAMPLES_DIR, file);
    for (const result of parseEntityYaml(fs.readFileSync(target), {
      type: 'file',
      target,
    })) {
      if (result.type === 'entity') {
        const entity = result.entity;
        entity.metadata.namespace ??= 'default';
        entities.push(entity);
      } else if (result.type === 'error') {
        throw result.error;
      }
    }
  }
  return entities;
}

/**
 * The demo catalog with the relations the catalog computes, from the catalog's
 * built-in processor and the catalog module's own processors (with every demo
 * technology indexed): ownership, parts, membership, APIs, dependencies, `partOf` a
 * conference, `coversTechnology` (curated and detected) and `usesTechnology`, and
 * the usages with their reasons that the module records on each entity.
 */
export async function loadDemoCatalog(
  options: { extraEntities?: Entity[] } = {},
): Promise<Entity[]> {
  const entities = [...loadDemoEntities(), ...(options.extraEntities ?? [])];
  const technologies = technologyCatalogOf(
    entities.filter(e => e.kind === 'Technology').map(technologyLookupEntry),
  );
  const processors = [
    new BuiltinKindsEntityProcessor(),
    new ConferenceLearningsEntitiesProcessor(),
    new TalkTechnologyProcessor(() => technologies),
    new TechnologyUsageProcessor({ technologies: () => technologies }),
  ];
  const relations = new Map<string, Map<string, EntityRelation>>();
  const emit = (result: CatalogProcessorResult) => {
    if (result.type !== 'relation') return;
    const { source, type, target } = result.relation;
    const sourceRef = stringifyEntityRef(source);
    const targetRef = stringifyEntityRef(target);
    const list = relations.get(sourceRef) ?? new Map();
    list.set(`${type} ${targetRef}`, { type, targetRef });
    relations.set(sourceRef, list);
  };
  const location = { type: 'file', target: EXAMPLES_DIR };
  const processed: Entity[] = [];
  for (const entity of entities) {
    let result = entity;
    for (const processor of processors) {
      result = await processor.postProcessEntity!(result, location, emit);
    }
    processed.push(result);
  }
  return processed.map(entity => ({
    ...entity,
    relations: [...(relations.get(stringifyEntityRef(entity))?.values() ?? [])],
  }));
}

/** One entity of a catalog by ref. */
export function findEntity(entities: Entity[], ref: string): Entity {
  const entity = entities.find(e => stringifyEntityRef(e) === ref);
  if (!entity) throw new Error(`No ${ref} in the test catalog`);
  return entity;
}
