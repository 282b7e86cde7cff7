import { InputError } from '@backstage/errors';
import ICAL from 'ical.js';
import { buildImport, DatedTalk } from './buildImport';
import { checkTimeZone, isKnownTimeZone, normaliseDateTime } from './dates';
import { cleanDescription, cleanLine, withoutLeadingSymbols } from './html';
import { normaliseTalkType } from './talkType';
import { ScheduleImport, ScheduleParseOptions } from './types';
import { httpUrl } from '@conference-learnings/plugin-conference-learnings-common';

const FORMAT = 'Sched ICS';

/** A property as jCal (RFC 7265) has it: name, parameters, value type, values. */
type Property = [string, Record<string, unknown>, string, ...unknown[]];
/** A component as jCal has it: name, properties, subcomponents. */
type Component = [string, Property[], Component[]];

/**
 * iCalendar as ical.js reads it, but for two properties: Sched escapes `URL` as
 * text, and `X-WR-CALNAME`, which ical.js leaves as written, is text too.
 */
const DESIGN = {
  ...ICAL.design.icalendar,
  property: {
    ...ICAL.design.icalendar.property,
    url: { defaultType: 'text' },
    'x-wr-calname': { defaultType: 'text' },
  },
};

/**
 * The components of an iCalendar text as jCal: ical.js unfolds its lines
 * (RFC 5545) and unescapes and splits text values. Its line-by-line parser is
 * driven here rather than through `ICAL.parse`, which fails on the whole feed
 * for one bad line or for a component never closed: a line that is no content
 * line, or whose value ical.js cannot read, is skipped, an `END` with nothing
 * open is ignored, each `END` closes the innermost component, whatever it
 * names, and a component still open at the end (a feed cut short) is read as
 * far as it goes.
 */
function readComponents(text: string): Component[] {
  const root: Component[] = [];
  const state = { designSet: DESIGN, stack: [root], component: root };
  ICAL.parse._eachLine(text.replace(/^\ufeff/, ''), (_error, line) => {
    if (state.stack.length === 1 && !/^BEGIN:/i.test(line)) {
      return;
    }
    try {
      ICAL.parse._handleContentLine(
        line,
        state as unknown as Parameters<typeof ICAL.parse._handleContentLine>[1],
      );
    } catch {
      // not a content line: skipped, as calendar clients do
    }
  });
  return root;
}

/** The first value of a component's first property of that (lower-case) name. */
function valueOf(properties: Property[], name: string) {
  const property = properties.find(p => p[0] === name);
  return typeof property?.[3] === 'string' ? property[3] : undefined;
}

/** `DTSTART` or `DTEND`: in its `TZID` when known, else in UTC or floating. */
function eventTime(
  properties: Property[],
  name: string,
  timeZone: string | undefined,
) {
  const property = properties.find(p => p[0] === name);
  const value = property?.[3];
  if (typeof value !== 'string') {
    return undefined;
  }
  const zone = property![1].tzid;
  return normaliseDateTime(
    value,
    typeof zone === 'string' && isKnownTimeZone(zone) && !/Z$/i.test(value)
      ? zone
      : timeZone,
  );
}

function eventToTalk(
  event: Property[],
  timeZone: string | undefined,
): DatedTalk | undefined {
  const rawTitle = cleanLine(valueOf(event, 'summary'));
  if (!rawTitle) {
    return undefined;
  }
  const start = eventTime(event, 'dtstart', timeZone);
  const track = withoutLeadingSymbols(cleanLine(valueOf(event, 'categories')));
  const url = httpUrl(valueOf(event, 'url'));
  return {
    date: start?.date,
    talk: {
      sourceId: valueOf(event, 'uid') ?? url ?? rawTitle,
      title: withoutLeadingSymbols(rawTitle),
      description: cleanDescription(valueOf(event, 'description')),
      speakers: [],
      startsAt: start?.dateTime,
      endsAt: eventTime(event, 'dtend', timeZone)?.dateTime,
      type: normaliseTalkType([track], rawTitle),
      track,
      schedule: url,
    },
  };
}

/**
 * Parses an iCalendar feed (RFC 5545) such as Sched's `/all.ics` with ical.js: folded
 * lines are unfolded and text unescaped; the events of each `VCALENDAR` are read,
 * `DTSTART`/`DTEND` in UTC (`Z`), with a `TZID`, or floating (local to
 * `options.timeZone`); `SUMMARY` → title, `DESCRIPTION` → abstract,
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
  const calendars = readComponents(text).filter(
    ([name]) => name.trim() === 'vcalendar',
  );
  if (calendars.length === 0) {
    throw new InputError(
      `${FORMAT}: expected an iCalendar file starting with BEGIN:VCALENDAR`,
    );
  }
  const properties = calendars.flatMap(
    ([, calendarProperties]) => calendarProperties,
  );
  const prodId = /^-\/\/Sched\.com (.+)\/\/[A-Z]{2}$/i.exec(
    valueOf(properties, 'prodid') ?? '',
  )?.[1];
  return buildImport(
    FORMAT,
    { title: cleanLine(prodId ?? valueOf(properties, 'x-wr-calname')) },
    calendars.flatMap(([, , components]) =>
      components
        .filter(([name]) => name === 'vevent')
        .map(([, event]) => eventToTalk(event, options.timeZone)),
    ),
  );
}
