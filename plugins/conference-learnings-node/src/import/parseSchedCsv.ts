import { InputError } from '@backstage/errors';
import { CsvError, parse } from 'csv-parse/sync';
import { buildImport } from './buildImport';
import { checkTimeZone } from './dates';
import { schedSessionToTalk } from './schedSession';
import { ScheduleImport, ScheduleParseOptions } from './types';

const FORMAT = 'Sched CSV';

/**
 * Splits CSV text (RFC 4180) into rows of fields with csv-parse: fields in double
 * quotes may hold commas, line breaks and doubled quotes (`""`); rows end with CRLF,
 * LF or CR, may have fewer or more fields than the header, and are skipped when all
 * their fields are blank. A quote inside a field that does not start with one is
 * kept as it is.
 */
function parseCsvRows(text: string): string[][] {
  try {
    return parse(text, {
      bom: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_records_with_empty_values: true,
    });
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new InputError(`${FORMAT}: a quoted field is not closed`);
    }
    throw new InputError(`${FORMAT}: ${(error as Error).message}`);
  }
}

/**
 * Parses Sched's session list as CSV (`/api/session/list?format=csv`): a header row
 * naming the columns (`name`, `event_start`, `event_end`, `event_type`, `description`,
 * `speakers`, `tags`, `id` …), then one session per row. Sched gives local times without
 * an offset: pass `options.timeZone` to get `startsAt`; the conference dates are set
 * either way. Rows without a name are skipped.
 *
 * @throws InputError when there is no header with a `name` column or no talk.
 * @public
 */
export function parseSchedCsv(
  text: string,
  options: ScheduleParseOptions = {},
): ScheduleImport {
  checkTimeZone(FORMAT, options.timeZone);
  const [header, ...rows] = parseCsvRows(text);
  const columns = header?.map(column => column.trim().toLowerCase()) ?? [];
  if (!columns.includes('name')) {
    throw new InputError(
      `${FORMAT}: expected a header row with a "name" column`,
    );
  }
  return buildImport(
    FORMAT,
    {},
    rows.map(row =>
      schedSessionToTalk(
        Object.fromEntries(columns.map((column, i) => [column, row[i]])),
        options.timeZone,
      ),
    ),
  );
}
