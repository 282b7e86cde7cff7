import { DatedTalk, isRecord, nonEmpty } from './buildImport';
import { normaliseDateTime, TalkTime } from './dates';
import { cleanDescription, cleanLine, withoutLeadingSymbols } from './html';
import { makeSpeaker, titleWithoutSpeakers, uniqueSpeakers } from './speakers';
import { normaliseTalkType } from './talkType';
import { httpUrl } from '@conference-learnings/plugin-conference-learnings-common';
import { firstHttpUrl } from './urls';

/** Values that Sched events put in a renamed custom field to give the audience level. */
const LEVEL =
  /^(?:any|all(?: levels)?|everyone|beginners?|introductory|novice|basic|intermediate|advanced|expert)$/i;

/**
 * The UTC offset of a Sched session, such as `-07:00`. The API export gives the local
 * wall-clock start (`event_start`) and the instant (`start_time_ts`), from which the
 * offset follows; the CSV export gives no instant.
 */
function sessionOffset(session: Record<string, unknown>): string | undefined {
  const seconds = Number(session.start_time_ts);
  const wallClock = normaliseDateTime(session.event_start);
  if (!session.start_time_ts || !Number.isFinite(seconds) || !wallClock) {
    return undefined;
  }
  const asUtc = Date.parse(
    `${String(session.event_start).trim().replace(' ', 'T')}Z`,
  );
  const offset = Math.round((asUtc - seconds * 1000) / 900000) * 15;
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${offset < 0 ? '-' : '+'}${hours}:${minutes}`;
}

/** A session time, placed by the session's offset or else by the time zone. */
function sessionTime(
  wallClock: unknown,
  offset: string | undefined,
  timeZone: string | undefined,
): TalkTime | undefined {
  return normaliseDateTime(
    typeof wallClock === 'string' && offset
      ? `${wallClock.trim()}${offset}`
      : wallClock,
    timeZone,
  );
}

function list(value: unknown): string[] {
  const items = Array.isArray(value) ? value : String(value ?? '').split(',');
  return items.map(cleanLine).filter((item): item is string => !!item);
}

/**
 * A session of Sched's API (`/api/session/export`, `/api/session/list`) as a talk;
 * `undefined` for an inactive session or one without a name. Speakers are objects
 * (`name`, `company`, `url`) in the JSON export and a comma-separated string of names in
 * the CSV one.
 */
export function schedSessionToTalk(
  session: Record<string, unknown>,
  timeZone: string | undefined,
): DatedTalk | undefined {
  const rawTitle = cleanLine(session.name);
  if (!rawTitle || session.active === 'N') {
    return undefined;
  }
  const speakers = uniqueSpeakers(
    Array.isArray(session.speakers)
      ? session.speakers.map(s =>
          isRecord(s) ? makeSpeaker(s.name, s.company, s.url) : makeSpeaker(s),
        )
      : list(session.speakers).map(name => makeSpeaker(name)),
  );
  const title = withoutLeadingSymbols(
    titleWithoutSpeakers(
      rawTitle,
      speakers.map(s => s.name),
    ),
  );
  const offset = sessionOffset(session);
  const start = sessionTime(session.event_start, offset, timeZone);
  const end = sessionTime(session.event_end, offset, timeZone);
  const track = withoutLeadingSymbols(cleanLine(session.event_type));
  const files = Array.isArray(session.files) ? session.files : [];
  return {
    date: start?.date,
    talk: {
      sourceId: String(session.id ?? session.event_key ?? rawTitle),
      title,
      description: cleanDescription(session.description),
      speakers,
      startsAt: start?.dateTime,
      endsAt: end?.dateTime,
      type: normaliseTalkType(
        [track, cleanLine(session.event_subtype), cleanLine(session.audience)],
        rawTitle,
      ),
      track,
      level: [
        session.experience_level,
        session.level,
        session.company,
        session.audience,
      ]
        .map(cleanLine)
        .find(value => value && LEVEL.test(value)),
      tags: nonEmpty(list(session.tags)),
      video: firstHttpUrl([session.video_stream, session.media_url]),
      slides: firstHttpUrl(files.map(f => (isRecord(f) ? f.path ?? f.url : f))),
      schedule: httpUrl(session.url),
    },
  };
}
