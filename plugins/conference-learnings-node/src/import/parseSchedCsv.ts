import { InputError } from '@backstage/errors';
import { buildImport } from './buildImport';
import { checkTimeZone } from './dates';
import { schedSessionToTalk } from './schedSession';
import { ScheduleImport, ScheduleParseOptions } from './types';

const FORMAT = 'Sched CSV';

/**
 * Splits CSV text (RFC 4180) into rows of fields: fields in double quotes may hold
 * commas, line breaks and doubled quotes (`""`); rows end with CRLF or LF.
 */
function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\ufeff/, '');
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') {
        i++;
      }
      rows.push([...row, field]);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (quoted) {
    throw new InputError(`${FORMAT}: a quoted field is not closed`);
  }
  if (field || row.length > 0) {
    rows.push([...row, field]);
  }
  return rows.filter(r => r.some(value => value.trim()));
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
