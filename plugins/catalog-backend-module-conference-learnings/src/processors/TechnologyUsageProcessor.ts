import {
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
} from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import {
  RELATION_TECHNOLOGY_USED_BY,
  RELATION_USES_TECHNOLOGY,
  TECHNOLOGY_USING_KINDS,
} from '@conference-learnings/plugin-conference-learnings-common';
import {
  INFERENCE_ANNOTATIONS_CONFIG_KEY,
  inferTechnologyUsages,
  parseInferenceAnnotations,
  recordTechnologyUsages,
  TechnologyLookup,
} from '@conference-learnings/plugin-conference-learnings-node';

/**
 * Infers which technologies Components, Systems, Resources and APIs use, from the
 * `conference-learnings.io/technologies` annotation, tags and well-known plugin
 * annotations (see `inferTechnologyUsages`); emits `usesTechnology` and
 * `technologyUsedBy` for each, and records every usage with its reasons on the
 * entity (`conference-learnings.io/technology-usages`), so the backend serves
 * the reasons without working them out again.
 *
 * @public
 */
export class TechnologyUsageProcessor implements CatalogProcessor {
  static fromConfig(
    config: Config,
    options: { technologies: () => TechnologyLookup },
  ) {
    const extraAnnotations = parseInferenceAnnotations(
      config.getOptional(INFERENCE_ANNOTATIONS_CONFIG_KEY),
    );
    return new TechnologyUsageProcessor(options.technologies, extraAnnotations);
  }

  constructor(
    private readonly technologies: () => TechnologyLookup,
    private readonly extraAnnotations: Record<string, string> = {},
  ) {}

  getProcessorName(): string {
    return 'TechnologyUsageProcessor';
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    if (
      !TECHNOLOGY_USING_KINDS.includes(entity.kind.toLocaleLowerCase('en-US'))
    ) {
      return entity;
    }
    const source = getCompoundEntityRef(entity);
    const usages = inferTechnologyUsages(
      entity,
      this.technologies(),
      this.extraAnnotations,
    );
    for (const { technologyRef } of usages) {
      const target = parseEntityRef(technologyRef);
      emit(
        processingResult.relation({
          source,
          type: RELATION_USES_TECHNOLOGY,
          target,
        }),
      );
      emit(
        processingResult.relation({
          source: target,
          type: RELATION_TECHNOLOGY_USED_BY,
          target: source,
        }),
      );
    }
    return recordTechnologyUsages(entity, usages);
  }
}
