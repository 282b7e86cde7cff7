import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { ScmIntegrations } from '@backstage/integration';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { providersFromConfig } from './providers/providersFromConfig';
import { ConferenceLearningsEntitiesProcessor } from './processors/ConferenceLearningsEntitiesProcessor';
import { TalkTechnologyProcessor } from './processors/TalkTechnologyProcessor';
import { TechnologyUsageProcessor } from './processors/TechnologyUsageProcessor';
import { readRepositoryEvidenceConfig } from './repositories/readRepositoryEvidenceConfig';
import { RepositoryEvidence } from './repositories/RepositoryEvidence';
import { RelatedEntityIndex } from './technologies/RelatedEntityIndex';
import { TechnologyIndex } from './technologies/TechnologyIndex';

/**
 * Adds the Talk, Technology and Conference kinds and their relations to the
 * catalog, infers which technologies Components, Systems, Resources and APIs use
 * (from their annotations and tags, their repositories' manifest files and the
 * Resources and APIs they relate to), and ingests the sources configured under
 * `conferenceLearnings.providers`.
 * @public
 */
export const catalogModuleConferenceLearnings = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'conference-learnings',
  register(env) {
    env.registerInit({
      deps: {
        processing: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        scheduler: coreServices.scheduler,
        urlReader: coreServices.urlReader,
        catalog: catalogServiceRef,
      },
      async init({
        processing,
        config,
        logger,
        auth,
        scheduler,
        urlReader,
        catalog,
      }) {
        const repositories = readRepositoryEvidenceConfig(config);
        const technologies = new TechnologyIndex({
          catalog,
          auth,
          logger,
          repositoryRules: repositories.rules,
        });
        const related = new RelatedEntityIndex({ catalog, auth });
        processing.addProcessor(
          new ConferenceLearningsEntitiesProcessor(),
          new TalkTechnologyProcessor(() => technologies.get()),
          TechnologyUsageProcessor.fromConfig(config, {
            technologies: () => technologies.get(),
            related: ref => related.get(ref),
            repositories: repositories.enabled
              ? new RepositoryEvidence({
                  reader: urlReader,
                  logger,
                  config: repositories,
                })
              : undefined,
            integrations: ScmIntegrations.fromConfig(config),
          }),
        );
        processing.addEntityProvider(
          providersFromConfig(config, { scheduler, urlReader, logger }),
        );
        // Staleness bound of the technology and related-entity indexes: 10 seconds.
        await scheduler.scheduleTask({
          id: 'conference-learnings-technology-index',
          scope: 'local',
          frequency: { seconds: 10 },
          timeout: { minutes: 2 },
          initialDelay: { seconds: 2 },
          fn: async () => {
            // Independent: one failing leaves the other fresh.
            const refreshed = await Promise.allSettled([
              technologies.refresh(),
              related.refresh(),
            ]);
            for (const result of refreshed) {
              if (result.status === 'rejected') throw result.reason;
            }
          },
        });
      },
    });
  },
});
