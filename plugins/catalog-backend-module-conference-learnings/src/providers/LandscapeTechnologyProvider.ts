import { Config } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import {
  landscapeTechnologies,
  technologyToEntity,
} from '@conference-learnings/plugin-conference-learnings-common';
import {
  ProviderDependencies,
  providerOptionsFromConfig,
} from './providerOptionsFromConfig';
import {
  SourceEntityProvider,
  SourceEntityProviderOptions,
} from './SourceEntityProvider';

/** Which landscape items become Technology entities. */
export interface LandscapeFilter {
  /** Only the CNCF's own projects (graduated, incubating, sandbox, archived). */
  onlyCncfProjects?: boolean;
  /** Only items of these categories, e.g. `Provisioning`. */
  categories?: string[];
}

/**
 * Ingests the technologies of a CNCF `landscape.yml` as Technology entities: every
 * item outside "CNCF Members" and "Special", one per project, named by its slug
 * (`Open Policy Agent (OPA)` → `open-policy-agent-opa`).
 * @public
 */
export class LandscapeTechnologyProvider extends SourceEntityProvider {
  static fromConfig(
    id: string,
    config: Config,
    deps: ProviderDependencies,
  ): LandscapeTechnologyProvider {
    return new LandscapeTechnologyProvider(
      providerOptionsFromConfig(id, config, deps),
      {
        onlyCncfProjects: config.getOptionalBoolean('onlyCncfProjects'),
        categories: config.getOptionalStringArray('categories'),
      },
    );
  }

  constructor(
    options: SourceEntityProviderOptions,
    private readonly filter: LandscapeFilter = {},
  ) {
    super('landscape', options);
  }

  protected toEntities(
    content: string,
    annotations: Record<string, string>,
  ): Entity[] {
    const { onlyCncfProjects, categories } = this.filter;
    return landscapeTechnologies(content)
      .filter(t => !onlyCncfProjects || t.maturity)
      .filter(t => !categories || categories.includes(t.category))
      .map(t =>
        technologyToEntity(
          {
            name: t.name,
            description: t.description,
            category: t.category,
            subcategory: t.subcategory,
            maturity: t.maturity,
            homepage: t.homepageUrl,
            repository: t.repoUrl,
            aliases: t.aliases,
          },
          { annotations },
        ),
      );
  }
}
