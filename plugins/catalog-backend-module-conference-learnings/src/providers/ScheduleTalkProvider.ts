import { Config } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import {
  ScheduleImport,
  ScheduleParseOptions,
  scheduleToEntities,
} from '@conference-learnings/plugin-conference-learnings-common';
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
}

/** A provider of one conference's schedule: the source parsed, then made entities. */
export abstract class ScheduleTalkProvider extends SourceEntityProvider {
  static targetFromConfig(config: Config): ScheduleTarget {
    return {
      conference: config.getString('conference'),
      conferenceTitle: config.getOptionalString('conferenceTitle'),
      timeZone: config.getOptionalString('timeZone'),
    };
  }

  protected constructor(
    type: string,
    options: SourceEntityProviderOptions,
    private readonly target: ScheduleTarget,
  ) {
    super(type, options);
  }

  protected abstract parse(
    content: string,
    options: ScheduleParseOptions,
  ): ScheduleImport;

  protected toEntities(
    content: string,
    annotations: Record<string, string>,
  ): Entity[] {
    const { conference, conferenceTitle, timeZone } = this.target;
    const schedule = this.parse(content, { timeZone });
    schedule.skipped?.forEach(message => this.warn(message));
    return scheduleToEntities(schedule, {
      conferenceName: conference,
      conferenceTitle,
      namespace: this.options.namespace,
      annotations,
    });
  }
}
