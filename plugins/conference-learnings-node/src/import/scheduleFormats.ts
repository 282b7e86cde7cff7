import { parseSchedCsv } from './parseSchedCsv';
import { parseSchedIcs } from './parseSchedIcs';
import { parseSchedJson } from './parseSchedJson';
import { parseSessionize } from './parseSessionize';
import { ScheduleImport, ScheduleParseOptions } from './types';

/**
 * The schedule formats, by name, and their parsers: the one table that the
 * catalog module's `sched` and `sessionize` providers and the CLI's
 * `import --from` both read.
 * @public
 */
export const SCHEDULE_FORMATS = {
  /** Sched's JSON session export, or its scraped index */
  'sched-json': parseSchedJson,
  /** Sched's iCalendar feed (`all.ics`) */
  'sched-ics': parseSchedIcs,
  /** Sched's CSV session list */
  'sched-csv': parseSchedCsv,
  /** Sessionize's `view/All` JSON */
  sessionize: parseSessionize,
} as const satisfies Record<
  string,
  (text: string, options: ScheduleParseOptions) => ScheduleImport
>;

/** The name of a schedule format. @public */
export type ScheduleFormat = keyof typeof SCHEDULE_FORMATS;

/** Whether a name is a schedule format. @public */
export function isScheduleFormat(name: string): name is ScheduleFormat {
  return Object.prototype.hasOwnProperty.call(SCHEDULE_FORMATS, name);
}
