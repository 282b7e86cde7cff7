import { Config } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { parseCuratedTalks } from '@conference-learnings/plugin-conference-learnings-node';
import {
  ProviderDependencies,
  providerOptionsFromConfig,
} from './providerOptionsFromConfig';
import {
  SourceEntityProvider,
  SourceEntityProviderOptions,
} from './SourceEntityProvider';

/**
 * Ingests a file (or URL) in the curated talks format — `conferences` with their
 * `talks`, and `technologies` — as Conference, Talk and Technology entities.
 * @public
 */
export class CuratedTalksProvider extends SourceEntityProvider {
  static fromConfig(
    this: void,
    id: string,
    config: Config,
    deps: ProviderDependencies,
  ): CuratedTalksProvider {
    return new CuratedTalksProvider(
      providerOptionsFromConfig(id, config, deps),
    );
  }

  constructor(options: SourceEntityProviderOptions) {
    super('file', options);
  }

  protected toEntities(
    content: string,
    annotations: Record<string, string>,
  ): Entity[] {
    return parseCuratedTalks(content, {
      namespace: this.options.namespace,
      annotations,
    });
  }
}
