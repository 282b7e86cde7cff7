import { Config } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  SCHEDULE_FORMATS,
  ScheduleFormat,
  scheduleToEntities,
} from '@conference-learnings/plugin-conference-learnings-node';
import {
  SourceEntityProvider,
  SourceEntityProviderOptions,
} from './SourceEntityProvider';

/** The Conference a schedule becomes. */
export interface ScheduleTarget {
  /** `metadata.name` of the Conference, e.g. `kubecon-eu-2026`; talks are named after it. */
  conference: string;
  /** Overrides the title the schedule gives, if any. */
  conferenceTitle?: string;
  /** IANA time zone for times given without an offset. */
  timeZone?: string;
  /** Which parser of the shared format table reads the source. */
  format: ScheduleFormat;
}

/** The formats of a Sched event, by the `format` key of a `sched` provider. */
const SCHED_FORMATS: Record<string, ScheduleFormat> = {
  json: 'sched-json',
  ics: 'sched-ics',
  csv: 'sched-csv',
};

/**
 * Ingests one conference's schedule as a Conference and its Talks: a Sched
 * event (`conferenceLearnings.providers.sched`: its JSON session export, its
 * iCalendar feed `all.ics` or its CSV session list) or a Sessionize event
 * (`conferenceLearnings.providers.sessionize`: its `view/All` JSON), parsed by the
 * format table the CLI's `import` uses too.
 */
export class ScheduleTalkProvider extends SourceEntityProvider {
  /** A `sched` provider: `format` is `json` (default), `ics` or `csv`. */
  static schedFromConfig(
    this: void,
    options: SourceEntityProviderOptions,
    config: Config,
  ): ScheduleTalkProvider {
    const format = config.getOptionalString('format') ?? 'json';
    if (!SCHED_FORMATS[format]) {
      const formats = Object.keys(SCHED_FORMATS).join(', ');
      throw new InputError(
        `conferenceLearnings.providers.sched.${options.id}.format must be one of ${formats}, not "${format}"`,
      );
    }
    return new ScheduleTalkProvider(
      'sched',
      options,
      targetFromConfig(config, SCHED_FORMATS[format]),
    );
  }

  /** A `sessionize` provider. */
  static sessionizeFromConfig(
    this: void,
    options: SourceEntityProviderOptions,
    config: Config,
  ): ScheduleTalkProvider {
    return new ScheduleTalkProvider(
      'sessionize',
      options,
      targetFromConfig(config, 'sessionize'),
    );
  }

  constructor(
    type: 'sched' | 'sessionize',
    options: SourceEntityProviderOptions,
    private readonly target: ScheduleTarget,
  ) {
    super(type, options);
  }

  protected toEntities(
    content: string,
    annotations: Record<string, string>,
  ): Entity[] {
    const { conference, conferenceTitle, timeZone, format } = this.target;
    const schedule = SCHEDULE_FORMATS[format](content, { timeZone });
    schedule.skipped?.forEach(message => this.warn(message));
    return scheduleToEntities(schedule, {
      conferenceName: conference,
      conferenceTitle,
      namespace: this.options.namespace,
      annotations,
    });
  }
}

function targetFromConfig(
  config: Config,
  format: ScheduleFormat,
): ScheduleTarget {
  return {
    conference: config.getString('conference'),
    conferenceTitle: config.getOptionalString('conferenceTitle'),
    timeZone: config.getOptionalString('timeZone'),
    format,
  };
}
