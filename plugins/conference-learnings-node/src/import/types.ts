import {
  TalkSpeaker,
  TalkType,
} from '@conference-learnings/plugin-conference-learnings-common';

/**
 * The conference a schedule belongs to, as far as the source says.
 * @public
 */
export interface ImportedConference {
  /** Absent when the source does not name the conference (Sessionize, Sched API and CSV exports). */
  title?: string;
  /** ISO 8601 date (YYYY-MM-DD), from the source or else the earliest talk. */
  startDate?: string;
  /** ISO 8601 date (YYYY-MM-DD), from the source or else the latest talk. */
  endDate?: string;
  location?: string;
  /** http(s) only */
  url?: string;
}

/**
 * One talk of a schedule, normalised: decoded, plain text (Markdown kept), speakers
 * split from the title, http(s) URLs only.
 * @public
 */
export interface ImportedTalk {
  /** The source's own stable id of the talk (Sched id or UID, Sessionize id, schedule URL …). */
  sourceId: string;
  title: string;
  description?: string;
  speakers: TalkSpeaker[];
  /** ISO 8601 date-time with an offset or `Z`. */
  startsAt?: string;
  /** ISO 8601 date-time with an offset or `Z`. */
  endsAt?: string;
  type?: TalkType;
  track?: string;
  level?: string;
  tags?: string[];
  /** Technologies the talk covers, as refs, names or aliases (curated sources only). */
  technologies?: string[];
  /** http(s) URL of the recording */
  video?: string;
  /** http(s) URL of the slides */
  slides?: string;
  /** http(s) URL of the talk's page in the schedule */
  schedule?: string;
}

/**
 * A parsed schedule: one conference and its talks.
 * @public
 */
export interface ScheduleImport {
  conference: ImportedConference;
  talks: ImportedTalk[];
  /**
   * What the source holds but the import leaves out, one message each, such as
   * `Sched JSON: skipped 2 of 40 entries without a title, or inactive`; absent when
   * nothing was left out.
   */
  skipped?: string[];
}

/**
 * Options of the parsers whose sources give local times without an offset.
 * @public
 */
export interface ScheduleParseOptions {
  /**
   * IANA time zone of the conference, such as `Europe/Amsterdam`, for times that the
   * source gives without an offset (Sessionize, Sched CSV, floating iCalendar times).
   * Without it such talks get no `startsAt`/`endsAt`; the conference dates are still set.
   * Times that carry an offset or `Z` are rendered in this zone when it is given.
   */
  timeZone?: string;
}
