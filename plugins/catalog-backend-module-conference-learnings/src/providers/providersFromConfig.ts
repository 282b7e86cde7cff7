import { Config } from '@backstage/config';
import { CuratedTalksProvider } from './CuratedTalksProvider';
import { LandscapeTechnologyProvider } from './LandscapeTechnologyProvider';
import { ProviderDependencies } from './providerOptionsFromConfig';
import { SchedTalkProvider } from './SchedTalkProvider';
import { SessionizeTalkProvider } from './SessionizeTalkProvider';
import { SourceEntityProvider } from './SourceEntityProvider';
import { TalkArchiveProvider } from './TalkArchiveProvider';

const PROVIDER_TYPES = {
  landscape: LandscapeTechnologyProvider,
  sched: SchedTalkProvider,
  sessionize: SessionizeTalkProvider,
  file: CuratedTalksProvider,
  archive: TalkArchiveProvider,
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
  return Object.entries(PROVIDER_TYPES).flatMap(([type, Provider]) => {
    const instances = providers.getOptionalConfig(type);
    return (instances?.keys() ?? []).map(id =>
      Provider.fromConfig(id, instances!.getConfig(id), deps),
    );
  });
}
