import {
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
  RELATION_HAS_PART,
  RELATION_PART_OF,
} from '@backstage/catalog-model';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
} from '@backstage/plugin-catalog-node';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  CONFERENCE_KIND,
  isConferenceLearningsEntity,
  isTalkEntity,
  validateConferenceLearningsEntity,
} from '@conference-learnings/plugin-conference-learnings-common';
import { emitRelationPair } from './emitRelationPair';

/**
 * Validates the Talk, Technology and Conference kinds and emits the relations that
 * a Talk declares: `partOf`/`hasPart` with its Conference, so the catalog graph
 * shows it. Which technologies a talk covers is the `TalkTechnologyProcessor`'s.
 *
 * @public
 */
export class ConferenceLearningsEntitiesProcessor implements CatalogProcessor {
  getProcessorName(): string {
    return 'ConferenceLearningsEntitiesProcessor';
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    if (!isConferenceLearningsEntity(entity)) {
      return false;
    }
    validateConferenceLearningsEntity(entity);
    return true;
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
    const defaultNamespace = talk.namespace;

    const conference = parseEntityRef(entity.spec.conference, {
      defaultKind: CONFERENCE_KIND,
      defaultNamespace,
    });
    emitRelationPair(emit, {
      source: talk,
      type: RELATION_PART_OF,
      target: conference,
      inverseType: RELATION_HAS_PART,
    });

    return entity;
  }
}
