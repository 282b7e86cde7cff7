import { InputError } from '@backstage/errors';
import { DateTime, FixedOffsetZone, IANAZone, Zone } from 'luxon';
import { ImportedConference } from './types';

/** A normalised point in time of a talk. */
export interface TalkTime {
  /** ISO 8601 date-time with an offset; absent when the source's zone is unknown. */
  dateTime?: string;
  /** The local calendar day (YYYY-MM-DD). */
  date: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Whether `timeZone` is an IANA time zone that this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  return IANAZone.create(timeZone).isValid;
}

/** Throws an `InputError` naming the format when the `timeZone` option is unknown. */
export function checkTimeZone(format: string, timeZone: string | undefined) {
  if (timeZone !== undefined && !isKnownTimeZone(timeZone)) {
    throw new InputError(
      `${format}: unknown time zone "${timeZone}", expected an IANA name such as Europe/Amsterdam`,
    );
  }
}

/** The zone of an offset as schedules write it: `Z`, `+01:00` or `+0100`. */
function offsetZone(offset: string): Zone {
  const [, sign, hours, minutes] =
    /^([+-])(\d{2}):?(\d{2})$/.exec(offset) ?? [];
  return sign
    ? FixedOffsetZone.instance(
        (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)),
      )
    : FixedOffsetZone.utcInstance;
}

/**
 * ISO 8601 with the offset, `Z` only for a time given in UTC: luxon writes `Z`
 * for any zero offset that is not a time zone's, also for a source's `+00:00`.
 */
function render(time: DateTime, utc: boolean): TalkTime {
  const iso = time.toISO({ suppressMilliseconds: true })!;
  return {
    dateTime: utc || !iso.endsWith('Z') ? iso : `${iso.slice(0, -1)}+00:00`,
    date: time.toISODate()!,
  };
}

const DATE_TIME =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Normalises a date-time as schedules write it (`2026-03-24T11:15:00+0100`,
 * `2024-09-10 09:15`, `20260322T070000Z`, `2016-11-09`) to ISO 8601.
 *
 * A time with an offset keeps it, or is rendered in `timeZone` when given. A time without
 * one is taken as local to `timeZone`, by luxon: one that a change to summer time skips
 * is moved forward by the change, one that the change back repeats is the later. Without
 * a zone it gets no `dateTime`. A bare date gets no `dateTime` either. Returns
 * `undefined` for anything that is not a valid date.
 */
export function normaliseDateTime(
  value: unknown,
  timeZone?: string,
): TalkTime | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const match = DATE_TIME.exec(value.trim());
  if (!match) {
    return undefined;
  }
  const [, year, month, day, hour, minute, second, offset] = match;
  const zone =
    timeZone && isKnownTimeZone(timeZone)
      ? IANAZone.create(timeZone)
      : undefined;
  const time = DateTime.fromObject(
    {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      hour: Number(hour ?? 0),
      minute: Number(minute ?? 0),
      second: Number(second ?? 0),
    },
    { zone: offset ? offsetZone(offset) : zone ?? FixedOffsetZone.utcInstance },
  );
  if (!time.isValid) {
    return undefined;
  }
  if (hour === undefined || (!offset && !zone)) {
    return { date: `${year}-${month}-${day}` };
  }
  return zone
    ? render(time.setZone(zone), false)
    : render(time, /^z$/i.test(offset!));
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthNumber(name: string | undefined): number | undefined {
  const index = name
    ? MONTHS.findIndex(m =>
        m.startsWith(name.toLocaleLowerCase('en-US').slice(0, 3)),
      )
    : -1;
  return index >= 0 ? index + 1 : undefined;
}

/**
 * Reads a human date range such as `March 22-27, 2026`, `March 30 - April 2, 2026` or
 * `May 3, 2026` into ISO dates.
 */
export function parseDateRange(
  value: unknown,
): { startDate: string; endDate: string } | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const match =
    /^([A-Za-z]+)\.?\s+(\d{1,2})(?:\s*[-–]\s*(?:([A-Za-z]+)\.?\s+)?(\d{1,2}))?,?\s+(\d{4})$/.exec(
      value.trim(),
    );
  const startMonth = monthNumber(match?.[1]);
  if (!match || !startMonth) {
    return undefined;
  }
  const [, , startDay, endMonthName, endDay, year] = match;
  const endMonth = endMonthName ? monthNumber(endMonthName) : startMonth;
  const startDate = normaliseDateTime(
    `${year}-${pad(startMonth)}-${pad(Number(startDay))}`,
  );
  const endDate = endMonth
    ? normaliseDateTime(
        `${year}-${pad(endMonth)}-${pad(Number(endDay ?? startDay))}`,
      )
    : undefined;
  return startDate && endDate && startDate.date <= endDate.date
    ? { startDate: startDate.date, endDate: endDate.date }
    : undefined;
}

/**
 * Fills a conference's missing start and end dates with the earliest and latest of the
 * given talk dates (YYYY-MM-DD).
 */
export function withDerivedDates(
  conference: ImportedConference,
  dates: Array<string | undefined>,
): ImportedConference {
  const known = dates.filter((d): d is string => !!d).sort();
  return {
    ...conference,
    startDate: conference.startDate ?? known[0],
    endDate: conference.endDate ?? known[known.length - 1],
  };
}
