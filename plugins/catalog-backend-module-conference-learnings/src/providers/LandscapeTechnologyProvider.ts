import { Config } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import {
  LandscapeFilter,
  parseLandscape,
  technologyToEntity,
} from '@conference-learnings/plugin-conference-learnings-node';
import {
  SourceEntityProvider,
  SourceEntityProviderOptions,
} from './SourceEntityProvider';

/**
 * Ingests the technologies of a CNCF `landscape.yml` as Technology entities: every
 * item outside "CNCF Members" and "Special", one per project, named by its slug
 * (`Open Policy Agent (OPA)` → `open-policy-agent-opa`).
 * @public
 */
export class LandscapeTechnologyProvider extends SourceEntityProvider {
  /** A `landscape` provider: `onlyCncfProjects` and `categories` filter the items. */
  static fromConfig(
    this: void,
    options: SourceEntityProviderOptions,
    config: Config,
  ): LandscapeTechnologyProvider {
    return new LandscapeTechnologyProvider(options, {
      onlyCncfProjects: config.getOptionalBoolean('onlyCncfProjects'),
      categories: config.getOptionalStringArray('categories'),
    });
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
    return parseLandscape(content, this.filter).map(technology =>
      technologyToEntity(technology, { annotations }),
    );
  }
}
