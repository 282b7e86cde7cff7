import {
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
} from '@backstage/catalog-model';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
} from '@backstage/plugin-catalog-node';
import {
  isTalkEntity,
  RELATION_COVERS_TECHNOLOGY,
  RELATION_TECHNOLOGY_COVERED_BY,
} from '@conference-learnings/plugin-conference-learnings-common';
import {
  resolveCuratedTechnology,
  talkTextForDetection,
} from '@conference-learnings/plugin-conference-learnings-node';
import { TechnologyCatalog } from '../technologies/TechnologyIndex';
import { emitRelationPair } from './emitRelationPair';

/**
 * Emits `coversTechnology`/`technologyCoveredBy` for every Talk: for the
 * technologies its `spec.technologies` names (curated; refs, names or aliases)
 * and for those the detection engine finds in its title and abstract.
 *
 * Names resolve through the catalog's Technology entities as last indexed; a name
 * no Technology claims yet becomes the ref of the entity its name would get
 * (`Open Policy Agent` → `technology:<namespace>/open-policy-agent`). Detection
 * only knows indexed technologies, so a talk ingested before its technologies
 * gets those relations on a later processing cycle.
 *
 * @public
 */
export class TalkTechnologyProcessor implements CatalogProcessor {
  constructor(private readonly technologies: () => TechnologyCatalog) {}

  getProcessorName(): string {
    return 'TalkTechnologyProcessor';
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (!isTalkEntity(entity)) {
      return entity;
    }
    const talk = getCompoundEntityRef(entity);
    const { lookup, matcher } = this.technologies();
    const refs = new Set(
      (entity.spec.technologies ?? []).map(value =>
        resolveCuratedTechnology(value, talk.namespace, lookup),
      ),
    );
    const text = talkTextForDetection(
      entity.metadata.title,
      entity.metadata.description,
    );
    for (const match of matcher.match(text)) {
      refs.add(match.ref);
    }

    for (const technology of [...refs].map(ref => parseEntityRef(ref))) {
      emitRelationPair(emit, {
        source: talk,
        type: RELATION_COVERS_TECHNOLOGY,
        target: technology,
        inverseType: RELATION_TECHNOLOGY_COVERED_BY,
      });
    }
    return entity;
  }
}
