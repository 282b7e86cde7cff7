import {
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
} from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  CatalogProcessor,
  CatalogProcessorCache,
  CatalogProcessorEmit,
} from '@backstage/plugin-catalog-node';
import {
  RELATION_TECHNOLOGY_USED_BY,
  RELATION_USES_TECHNOLOGY,
  TECHNOLOGY_USING_KINDS,
} from '@conference-learnings/plugin-conference-learnings-common';
import {
  INFERENCE_ANNOTATIONS_CONFIG_KEY,
  inferTechnologyUsages,
  isRuntimeUsage,
  parseInferenceAnnotations,
  recordTechnologyUsages,
  RelatedEntitySummary,
  relatedEntityUsages,
  TechnologyUsage,
} from '@conference-learnings/plugin-conference-learnings-node';
import { RepositoryEvidence } from '../repositories/RepositoryEvidence';
import { repositoryUsages } from '../repositories/repositoryUsages';
import { TechnologyCatalog } from '../technologies/TechnologyIndex';
import { emitRelationPair } from './emitRelationPair';

/** Where the processor finds evidence besides the entity itself. @public */
export interface TechnologyUsageEvidenceSources {
  /** The technologies, their lookup and the repository mention resolver */
  technologies: () => TechnologyCatalog;
  /** Resources and APIs by lower-case ref, for evidence from the catalog graph */
  related?: (ref: string) => RelatedEntitySummary | undefined;
  /** Repositories' manifest files, for evidence from the repository */
  repositories?: RepositoryEvidence;
  /** To link evidence to the line in the repository's web view */
  integrations?: ScmIntegrationRegistry;
}

/**
 * Infers which technologies Components, Systems, Resources and APIs use, from the
 * `conference-learnings.io/technologies` annotation, tags and well-known plugin
 * annotations (see `inferTechnologyUsages`), the manifest files of the entity's
 * repository, and the Resources and APIs it depends on, provides or consumes;
 * leaves out what the entity mutes (`conference-learnings.io/ignore-technologies`);
 * emits `usesTechnology` and `technologyUsedBy` for each usage it runs on (not
 * for dev- or test-only repository evidence), and records every usage with its
 * reasons on the entity (`conference-learnings.io/technology-usages`), so the
 * backend serves the reasons without working them out again.
 *
 * @public
 */
export class TechnologyUsageProcessor implements CatalogProcessor {
  static fromConfig(config: Config, sources: TechnologyUsageEvidenceSources) {
    const extraAnnotations = parseInferenceAnnotations(
      config.getOptional(INFERENCE_ANNOTATIONS_CONFIG_KEY),
    );
    return new TechnologyUsageProcessor(sources, extraAnnotations);
  }

  constructor(
    private readonly sources: TechnologyUsageEvidenceSources,
    private readonly extraAnnotations: Record<string, string> = {},
  ) {}

  getProcessorName(): string {
    return 'TechnologyUsageProcessor';
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
    cache?: CatalogProcessorCache,
  ): Promise<Entity> {
    if (
      !TECHNOLOGY_USING_KINDS.includes(entity.kind.toLocaleLowerCase('en-US'))
    ) {
      return entity;
    }
    const technologies = this.sources.technologies();
    const usages = inferTechnologyUsages(
      entity,
      technologies.lookup,
      this.extraAnnotations,
      await this.evidence(entity, technologies, cache),
    );
    const source = getCompoundEntityRef(entity);
    for (const usage of usages.filter(isRuntimeUsage)) {
      emitRelationPair(emit, {
        source,
        type: RELATION_USES_TECHNOLOGY,
        target: parseEntityRef(usage.technologyRef),
        inverseType: RELATION_TECHNOLOGY_USED_BY,
      });
    }
    return recordTechnologyUsages(entity, usages);
  }

  /** Evidence from the entity's repository and related entities. */
  private async evidence(
    entity: Entity,
    technologies: TechnologyCatalog,
    cache: CatalogProcessorCache | undefined,
  ): Promise<TechnologyUsage[]> {
    const { related, repositories, integrations } = this.sources;
    const evidence = related
      ? relatedEntityUsages(entity, related, technologies.lookup)
      : [];
    const repository =
      repositories && cache
        ? await repositories.read(entity, cache)
        : undefined;
    if (repository) {
      evidence.push(
        ...repositoryUsages(repository.mentions, {
          resolver: technologies.mentions,
          integrations,
          repositoryUrl: repository.url,
        }),
      );
    }
    return evidence;
  }
}
