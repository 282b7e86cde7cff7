import {
  LoggerService,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';
import { SourceEntityProviderOptions } from './SourceEntityProvider';

/** What providers need from the backend. */
export interface ProviderDependencies {
  scheduler: SchedulerService;
  urlReader: UrlReaderService;
  logger: LoggerService;
}

/** Every six hours; a run may take ten minutes. */
export const DEFAULT_PROVIDER_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { hours: 6 },
    timeout: { minutes: 10 },
    initialDelay: { seconds: 5 },
  };

/** Thirty seconds for one read of a source. */
export const DEFAULT_SOURCE_TIMEOUT = { seconds: 30 };

/** The options every provider shares, read from its instance's config. */
export function providerOptionsFromConfig(
  id: string,
  config: Config,
  deps: ProviderDependencies,
): SourceEntityProviderOptions {
  const schedule = config.has('schedule')
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig('schedule'),
      )
    : DEFAULT_PROVIDER_SCHEDULE;
  const timeout = config.has('timeout')
    ? readDurationFromConfig(config, { key: 'timeout' })
    : DEFAULT_SOURCE_TIMEOUT;
  return {
    id,
    source: config.getString('source'),
    namespace: config.getOptionalString('namespace'),
    timeoutMs: durationToMilliseconds(timeout),
    taskRunner: deps.scheduler.createScheduledTaskRunner(schedule),
    urlReader: deps.urlReader,
    logger: deps.logger,
  };
}
