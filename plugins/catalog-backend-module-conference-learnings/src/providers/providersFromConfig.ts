import { Config } from '@backstage/config';
import { CuratedTalksProvider } from './CuratedTalksProvider';
import { LandscapeTechnologyProvider } from './LandscapeTechnologyProvider';
import {
  ProviderDependencies,
  providerOptionsFromConfig,
} from './providerOptionsFromConfig';
import { ScheduleTalkProvider } from './ScheduleTalkProvider';
import {
  SourceEntityProvider,
  SourceEntityProviderOptions,
} from './SourceEntityProvider';
import { TalkArchiveProvider } from './TalkArchiveProvider';

/**
 * Each provider type under `conferenceLearnings.providers`, and how to make one
 * from the options every provider shares and its instance's config.
 */
const PROVIDER_TYPES: Record<
  string,
  (options: SourceEntityProviderOptions, config: Config) => SourceEntityProvider
> = {
  landscape: LandscapeTechnologyProvider.fromConfig,
  sched: ScheduleTalkProvider.schedFromConfig,
  sessionize: ScheduleTalkProvider.sessionizeFromConfig,
  file: options => new CuratedTalksProvider(options),
  archive: options => new TalkArchiveProvider(options),
};

/**
 * Every provider instance configured under `conferenceLearnings.providers`,
 * e.g. `conferenceLearnings.providers.sched.kubeconEu2026`.
 */
export function providersFromConfig(
  config: Config,
  deps: ProviderDependencies,
): SourceEntityProvider[] {
  const providers = config.getOptionalConfig('conferenceLearnings.providers');
  if (!providers) {
    return [];
  }
  return Object.entries(PROVIDER_TYPES).flatMap(([type, fromConfig]) => {
    const instances = providers.getOptionalConfig(type);
    return (instances?.keys() ?? []).map(id => {
      const instance = instances!.getConfig(id);
      return fromConfig(
        providerOptionsFromConfig(id, instance, deps),
        instance,
      );
    });
  });
}
