import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { MAX_PAGE_LIMIT } from '@conference-learnings/plugin-conference-learnings-common';

/** How the conference talk collator runs, from `search.collators.conferenceTalks`. */
export interface CollatorConfig {
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** Talks read from the backend per request */
  batchSize: number;
  /** Path of a talk's page in the app, with `:namespace`, `:kind` and `:name` */
  locationTemplate: string;
}

const KEY = 'search.collators.conferenceTalks';

const DEFAULTS: CollatorConfig = {
  schedule: {
    frequency: { minutes: 10 },
    timeout: { minutes: 15 },
    initialDelay: { seconds: 3 },
  },
  batchSize: MAX_PAGE_LIMIT,
  locationTemplate: '/catalog/:namespace/:kind/:name',
};

/**
 * Reads `search.collators.conferenceTalks` (see `config.d.ts`), with the
 * defaults for what it leaves out.
 * @throws InputError naming the key whose value is out of range.
 */
export function readCollatorConfig(config: Config): CollatorConfig {
  const collator = config.getOptionalConfig(KEY);
  if (!collator) return DEFAULTS;
  const batchSize =
    collator.getOptionalNumber('batchSize') ?? DEFAULTS.batchSize;
  if (
    !Number.isInteger(batchSize) ||
    batchSize < 1 ||
    batchSize > MAX_PAGE_LIMIT
  ) {
    throw new InputError(
      `${KEY}.batchSize must be an integer from 1 to ${MAX_PAGE_LIMIT}, not ${batchSize}`,
    );
  }
  return {
    schedule: collator.has('schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          collator.getConfig('schedule'),
        )
      : DEFAULTS.schedule,
    batchSize,
    locationTemplate:
      collator.getOptionalString('locationTemplate') ??
      DEFAULTS.locationTemplate,
  };
}
