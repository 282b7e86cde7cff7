import { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import { LearningChangePolicy } from '../permissions/authorizeLearningChange';

/** The plugin's settings, from `conferenceLearnings` in app-config (see `config.d.ts`). */
export interface PluginConfig {
  refreshInterval: SchedulerServiceTaskScheduleDefinition['frequency'];
  pageSize: number;
  changePolicy: LearningChangePolicy;
}

export function readPluginConfig(config: Config): PluginConfig {
  const index = config.getOptionalConfig('conferenceLearnings.index');
  const refreshInterval = index?.has('refreshInterval')
    ? readDurationFromConfig(index, { key: 'refreshInterval' })
    : { seconds: 30 };
  const pageSize = index?.getOptionalNumber('pageSize') ?? 500;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 10_000) {
    throw new Error(
      'conferenceLearnings.index.pageSize must be an integer from 1 to 10000',
    );
  }
  const changePolicy =
    config.getOptionalString('conferenceLearnings.learnings.changePolicy') ??
    'authors';
  if (changePolicy !== 'authors' && changePolicy !== 'policy') {
    throw new Error(
      "conferenceLearnings.learnings.changePolicy must be 'authors' or 'policy'",
    );
  }
  return { refreshInterval, pageSize, changePolicy };
}
