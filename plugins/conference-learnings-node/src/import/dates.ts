import { InputError } from '@backstage/errors';
import { ImportedConference } from './types';

/** A normalised point in time of a talk. */
export interface TalkTime {
  /** ISO 8601 date-time with an offset; absent when the source's zone is unknown. */
  dateTime?: string;
  /** The local calendar day (YYYY-MM-DD). */
  date: string;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  if (!formatters.has(timeZone)) {
    try {
      formatters.set(
        timeZone,
        new Intl.DateTimeFormat('en-US', {
          timeZone,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        }),
      );
    } catch {
      return undefined;
    }
  }
  return formatters.get(timeZone);
}

/** Whether `timeZone` is an IANA time zone that this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  return formatterFor(timeZone) !== undefined;
}

/** Throws an `InputError` naming the format when the `timeZone` option is unknown. */
export function checkTimeZone(format: string, timeZone: string | undefined) {
  if (timeZone !== undefined && !isKnownTimeZone(timeZone)) {
    throw new InputError(
      `${format}: unknown time zone "${timeZone}", expected an IANA name such as Europe/Amsterdam`,
    );
  }
}

function offsetInZone(epochMs: number, formatter: Intl.DateTimeFormat): number {
  const parts = formatter.formatToParts(new Date(epochMs));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find(p => p.type === type)?.value);
  const wallClock = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((wallClock - Math.floor(epochMs / 1000) * 1000) / 60000);
}

function render(
  epochMs: number,
  offsetMinutes: number,
  utc: boolean,
): TalkTime {
  const local = new Date(epochMs + offsetMinutes * 60000);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(
    local.getUTCMonth() + 1,
  )}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(
    local.getUTCSeconds(),
  )}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = utc
    ? 'Z'
    : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return { dateTime: `${date}T${time}${offset}`, date };
}

const DATE_TIME =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Normalises a date-time as schedules write it (`2026-03-24T11:15:00+0100`,
 * `2024-09-10 09:15`, `20260322T070000Z`, `2016-11-09`) to ISO 8601.
 *
 * A time with an offset keeps it, or is rendered in `timeZone` when given. A time without
 * one is taken as local to `timeZone`; without a zone it gets no `dateTime`. A bare date
 * gets no `dateTime` either. Returns `undefined` for anything that is not a valid date.
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
  const wallClock = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour ?? 0),
    Number(minute ?? 0),
    Number(second ?? 0),
  );
  const check = new Date(wallClock);
  if (
    check.getUTCMonth() !== Number(month) - 1 ||
    check.getUTCDate() !== Number(day) ||
    Number(hour ?? 0) > 23 ||
    Number(minute ?? 0) > 59
  ) {
    return undefined;
  }
  const date = `${year}-${month}-${day}`;
  if (hour === undefined) {
    return { date };
  }
  const formatter = timeZone ? formatterFor(timeZone) : undefined;
  if (offset) {
    const [, sign, hh, mm] = /^([+-])(\d{2}):?(\d{2})$/.exec(offset) ?? [];
    const minutes = sign
      ? (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm))
      : 0;
    const epochMs = wallClock - minutes * 60000;
    if (formatter) {
      return render(epochMs, offsetInZone(epochMs, formatter), false);
    }
    return render(epochMs, minutes, !sign);
  }
  if (!formatter) {
    return { date };
  }
  // The offset at the wall-clock time read as UTC is right except within hours of a
  // DST change; a second look at the corrected instant settles those.
  const guess = wallClock - offsetInZone(wallClock, formatter) * 60000;
  const epochMs = wallClock - offsetInZone(guess, formatter) * 60000;
  return render(epochMs, (wallClock - epochMs) / 60000, false);
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
