import { InputError } from '@backstage/errors';
import { buildImport, DatedTalk } from './buildImport';
import { checkTimeZone, isKnownTimeZone, normaliseDateTime } from './dates';
import { cleanDescription, cleanLine, withoutLeadingSymbols } from './html';
import { normaliseTalkType } from './talkType';
import { ScheduleImport, ScheduleParseOptions } from './types';
import { httpUrl } from '@conference-learnings/plugin-conference-learnings-common';

const FORMAT = 'Sched ICS';

interface Property {
  params: Record<string, string>;
  value: string;
}

/** Joins folded lines: a line starting with a space or tab continues the previous one. */
function unfold(text: string): string[] {
  return text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]/g, '')
    .split('\n');
}

/** `NAME;PARAM=a;PARAM="b:c":value`; colons inside quoted parameter values are kept. */
function parseContentLine(line: string): [string, Property] | undefined {
  const match =
    /^([A-Za-z0-9-]+)((?:;[^:;=]+=(?:"[^"]*"|[^:;"]*))*):(.*)$/.exec(line);
  if (!match) {
    return undefined;
  }
  const params: Record<string, string> = {};
  for (const param of match[2].matchAll(/;([^:;=]+)=("[^"]*"|[^:;"]*)/g)) {
    params[param[1].toUpperCase()] = param[2].replace(/^"|"$/g, '');
  }
  return [match[1].toUpperCase(), { params, value: match[3] }];
}

/** Undoes RFC 5545 text escaping: `\,` `\;` `\\` and `\n`. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) =>
    char === 'n' || char === 'N' ? '\n' : char,
  );
}

/** Splits a multi-valued text property at the commas that are not escaped. */
function splitValues(value: string): string[] {
  return value.split(/(?<!\\),/).map(unescapeText);
}

/** Where a component's properties are kept: the calendar's and each event's, not an alarm's. */
function propertiesOf(
  component: string,
  calendar: Map<string, Property>,
): Map<string, Property> | undefined {
  if (component === 'VCALENDAR') {
    return calendar;
  }
  return component === 'VEVENT' ? new Map() : undefined;
}

function eventTime(
  property: Property | undefined,
  timeZone: string | undefined,
) {
  if (!property) {
    return undefined;
  }
  const zone = property.params.TZID;
  return normaliseDateTime(
    property.value,
    zone && isKnownTimeZone(zone) && !/Z$/i.test(property.value)
      ? zone
      : timeZone,
  );
}

function eventToTalk(
  event: Map<string, Property>,
  timeZone: string | undefined,
): DatedTalk | undefined {
  const text = (name: string) => {
    const property = event.get(name);
    return property ? unescapeText(property.value) : undefined;
  };
  const rawTitle = cleanLine(text('SUMMARY'));
  if (!rawTitle) {
    return undefined;
  }
  const start = eventTime(event.get('DTSTART'), timeZone);
  const categories = event.get('CATEGORIES');
  const track = withoutLeadingSymbols(
    categories ? cleanLine(splitValues(categories.value)[0]) : undefined,
  );
  const url = httpUrl(text('URL'));
  return {
    date: start?.date,
    talk: {
      sourceId: text('UID') ?? url ?? rawTitle,
      title: withoutLeadingSymbols(rawTitle),
      description: cleanDescription(text('DESCRIPTION')),
      speakers: [],
      startsAt: start?.dateTime,
      endsAt: eventTime(event.get('DTEND'), timeZone)?.dateTime,
      type: normaliseTalkType([track], rawTitle),
      track,
      schedule: url,
    },
  };
}

/**
 * Parses an iCalendar feed (RFC 5545) such as Sched's `/all.ics`: folded lines are
 * unfolded and text unescaped; `DTSTART`/`DTEND` in UTC (`Z`), with a `TZID`, or
 * floating (local to `options.timeZone`); `SUMMARY` → title, `DESCRIPTION` → abstract,
 * the first of `CATEGORIES` → track, `URL` → schedule page, `UID` → source id. The
 * conference is named after Sched's `PRODID` (`-//Sched.com <title>//EN`) or else the
 * calendar's `X-WR-CALNAME`. The feed has no speaker list, so titles keep any
 * speakers appended to them. Events without a summary are skipped.
 *
 * @throws InputError when the text is no calendar or holds no event with a summary.
 * @public
 */
export function parseSchedIcs(
  text: string,
  options: ScheduleParseOptions = {},
): ScheduleImport {
  checkTimeZone(FORMAT, options.timeZone);
  const lines = unfold(text);
  if (!lines.some(line => /^BEGIN:VCALENDAR\s*$/i.test(line))) {
    throw new InputError(
      `${FORMAT}: expected an iCalendar file starting with BEGIN:VCALENDAR`,
    );
  }
  const calendar = new Map<string, Property>();
  const talks: Array<DatedTalk | undefined> = [];
  // The components being read, innermost last.
  const open: Array<{ component: string; properties?: Map<string, Property> }> =
    [];
  for (const line of lines) {
    const parsed = parseContentLine(line);
    if (!parsed) {
      continue;
    }
    const [name, property] = parsed;
    const component = property.value.trim().toUpperCase();
    if (name === 'BEGIN') {
      open.push({ component, properties: propertiesOf(component, calendar) });
    } else if (name === 'END') {
      const closed = open.pop();
      if (closed?.component === 'VEVENT') {
        talks.push(eventToTalk(closed.properties!, options.timeZone));
      }
    } else {
      const properties = open[open.length - 1]?.properties;
      if (properties && !properties.has(name)) {
        properties.set(name, property);
      }
    }
  }
  const prodId = /^-\/\/Sched\.com (.+)\/\/[A-Z]{2}$/i.exec(
    calendar.get('PRODID')?.value ?? '',
  )?.[1];
  const calendarName = calendar.get('X-WR-CALNAME')?.value;
  return buildImport(
    FORMAT,
    { title: cleanLine(unescapeText(prodId ?? calendarName ?? '')) },
    talks,
  );
}
