import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  parseSchedCsv,
  parseSchedIcs,
  parseSchedJson,
  ScheduleImport,
  ScheduleParseOptions,
} from '@conference-learnings/plugin-conference-learnings-common';
import {
  ProviderDependencies,
  providerOptionsFromConfig,
} from './providerOptionsFromConfig';
import { ScheduleTarget, ScheduleTalkProvider } from './ScheduleTalkProvider';
import { SourceEntityProviderOptions } from './SourceEntityProvider';

const PARSERS: Record<
  string,
  (text: string, options: ScheduleParseOptions) => ScheduleImport
> = {
  json: parseSchedJson,
  ics: parseSchedIcs,
  csv: parseSchedCsv,
};

/** The formats of a Sched event that the provider reads. @public */
export type SchedFormat = 'json' | 'ics' | 'csv';

/**
 * Ingests a Sched event — its JSON session export, its iCalendar feed (`all.ics`)
 * or its CSV session list — as one Conference and its Talks.
 * @public
 */
export class SchedTalkProvider extends ScheduleTalkProvider {
  static fromConfig(
    id: string,
    config: Config,
    deps: ProviderDependencies,
  ): SchedTalkProvider {
    const format = config.getOptionalString('format') ?? 'json';
    if (!(format in PARSERS)) {
      throw new InputError(
        `conferenceLearnings.providers.sched.${id}.format must be one of ${Object.keys(
          PARSERS,
        ).join(', ')}, not "${format}"`,
      );
    }
    return new SchedTalkProvider(
      providerOptionsFromConfig(id, config, deps),
      ScheduleTalkProvider.targetFromConfig(config),
      format as SchedFormat,
    );
  }

  constructor(
    options: SourceEntityProviderOptions,
    target: ScheduleTarget,
    private readonly format: SchedFormat,
  ) {
    super('sched', options, target);
  }

  protected parse(content: string, options: ScheduleParseOptions) {
    return PARSERS[this.format](content, options);
  }
}
