import { Config } from '@backstage/config';
import { CuratedTalksProvider } from './CuratedTalksProvider';
import { LandscapeTechnologyProvider } from './LandscapeTechnologyProvider';
import { ProviderDependencies } from './providerOptionsFromConfig';
import { ScheduleTalkProvider } from './ScheduleTalkProvider';
import { SourceEntityProvider } from './SourceEntityProvider';
import { TalkArchiveProvider } from './TalkArchiveProvider';

/** Each provider type under `conferenceLearnings.providers`, and how to make one from its config. */
const PROVIDER_TYPES: Record<
  string,
  (
    id: string,
    config: Config,
    deps: ProviderDependencies,
  ) => SourceEntityProvider
> = {
  landscape: LandscapeTechnologyProvider.fromConfig,
  sched: ScheduleTalkProvider.schedFromConfig,
  sessionize: ScheduleTalkProvider.sessionizeFromConfig,
  file: CuratedTalksProvider.fromConfig,
  archive: TalkArchiveProvider.fromConfig,
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
    return (instances?.keys() ?? []).map(id =>
      fromConfig(id, instances!.getConfig(id), deps),
    );
  });
}
