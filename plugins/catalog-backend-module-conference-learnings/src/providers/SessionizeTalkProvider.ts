import { Config } from '@backstage/config';
import {
  parseSessionize,
  ScheduleParseOptions,
} from '@conference-learnings/plugin-conference-learnings-common';
import {
  ProviderDependencies,
  providerOptionsFromConfig,
} from './providerOptionsFromConfig';
import { ScheduleTarget, ScheduleTalkProvider } from './ScheduleTalkProvider';
import { SourceEntityProviderOptions } from './SourceEntityProvider';

/**
 * Ingests a Sessionize event's `view/All` JSON as one Conference and its Talks:
 * speakers resolved by id, categories as track and level, recordings as videos.
 * @public
 */
export class SessionizeTalkProvider extends ScheduleTalkProvider {
  static fromConfig(
    id: string,
    config: Config,
    deps: ProviderDependencies,
  ): SessionizeTalkProvider {
    return new SessionizeTalkProvider(
      providerOptionsFromConfig(id, config, deps),
      ScheduleTalkProvider.targetFromConfig(config),
    );
  }

  constructor(options: SourceEntityProviderOptions, target: ScheduleTarget) {
    super('sessionize', options, target);
  }

  protected parse(content: string, options: ScheduleParseOptions) {
    return parseSessionize(content, options);
  }
}
