import { InputError } from '@backstage/errors';
import { withDerivedDates } from './dates';
import { ImportedConference, ImportedTalk, ScheduleImport } from './types';

/** A talk together with its local calendar day, which dates the conference. */
export interface DatedTalk {
  talk: ImportedTalk;
  date?: string;
}

/**
 * Parses JSON, turning a syntax error or an empty file into an `InputError` that names
 * the format. A leading UTF-8 byte order mark, as some editors write, is skipped.
 */
export function parseJson(format: string, text: string): unknown {
  if (!text.trim()) {
    throw new InputError(`${format}: the file is empty`);
  }
  try {
    return JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text);
  } catch (error) {
    throw new InputError(
      `${format}: not valid JSON (${(error as Error).message})`,
    );
  }
}

/** Whether the value is a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Drops properties whose value is `undefined`. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as T;
}

/** The array, or `undefined` when it is empty. */
export function nonEmpty<T>(values: T[]): T[] | undefined {
  return values.length > 0 ? values : undefined;
}

const entries = (count: number) => (count === 1 ? 'entry' : 'entries');

/**
 * Assembles a schedule: drops talks listed twice under the same source id, dates the
 * conference by its talks where the source does not, and throws an `InputError` naming
 * the format when no talk is left. What it drops (entries that gave no talk, given as
 * `undefined`, and repeated talks) is listed in `skipped`, so that no entry is dropped
 * silently.
 */
export function buildImport(
  format: string,
  conference: ImportedConference,
  talks: Array<DatedTalk | undefined>,
): ScheduleImport {
  const seen = new Set<string>();
  let repeated = 0;
  const unique = talks.filter((dated): dated is DatedTalk => {
    if (!dated) {
      return false;
    }
    if (seen.has(dated.talk.sourceId)) {
      repeated += 1;
      return false;
    }
    seen.add(dated.talk.sourceId);
    return true;
  });
  if (unique.length === 0) {
    throw new InputError(`${format}: no talks with a title found`);
  }
  const untitled = talks.length - unique.length - repeated;
  const skipped = [
    untitled > 0 &&
      `${format}: skipped ${untitled} of ${talks.length} ${entries(
        talks.length,
      )} without a title, or inactive`,
    repeated > 0 &&
      `${format}: skipped ${repeated} ${entries(
        repeated,
      )} repeating the source id of an earlier talk`,
  ].filter((message): message is string => !!message);
  return {
    conference: compact(
      withDerivedDates(
        conference,
        unique.map(d => d.date),
      ),
    ),
    talks: unique.map(d => compact(d.talk)),
    ...(skipped.length > 0 ? { skipped } : {}),
  };
}
