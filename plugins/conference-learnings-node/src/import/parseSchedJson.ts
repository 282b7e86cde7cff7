import { InputError } from '@backstage/errors';
import { buildImport, DatedTalk, isRecord, parseJson } from './buildImport';
import { checkTimeZone, normaliseDateTime, parseDateRange } from './dates';
import { cleanDescription, cleanLine, withoutLeadingSymbols } from './html';
import { schedSessionToTalk } from './schedSession';
import {
  affiliationFromJobTitle,
  makeSpeaker,
  titleWithoutSpeakers,
  uniqueSpeakers,
} from './speakers';
import { normaliseTalkType } from './talkType';
import { ScheduleImport, ScheduleParseOptions } from './types';
import { httpUrl } from '@conference-learnings/plugin-conference-learnings-common';
import { firstHttpUrl } from './urls';

const FORMAT = 'Sched JSON';

/** An event of the scraped Sched index, listed under its track. */
function scrapedEventToTalk(
  event: unknown,
  trackName: string,
  timeZone: string | undefined,
): DatedTalk | undefined {
  const rawTitle = isRecord(event) ? cleanLine(event.title) : undefined;
  if (!isRecord(event) || !rawTitle) {
    return undefined;
  }
  const speakers = uniqueSpeakers(
    (Array.isArray(event.speakers) ? event.speakers : []).map(speaker =>
      isRecord(speaker)
        ? makeSpeaker(
            speaker.name,
            affiliationFromJobTitle(cleanLine(speaker.title)),
          )
        : undefined,
    ),
  );
  const title = withoutLeadingSymbols(
    titleWithoutSpeakers(
      rawTitle,
      speakers.map(s => s.name),
    ),
  );
  const track = withoutLeadingSymbols(
    cleanLine(event.type) ?? cleanLine(trackName),
  );
  const start = normaliseDateTime(event.start_date, timeZone);
  const files = Array.isArray(event.files) ? event.files : [];
  return {
    date: start?.date,
    talk: {
      sourceId: httpUrl(event.url) ?? `${trackName}/${rawTitle}`,
      title,
      description: cleanDescription(event.description),
      speakers,
      startsAt: start?.dateTime,
      endsAt: normaliseDateTime(event.end_date, timeZone)?.dateTime,
      type: normaliseTalkType([track], rawTitle),
      track,
      level: cleanLine(event.experience_level),
      slides: firstHttpUrl(
        files.map(file => (isRecord(file) ? file.url : file)),
      ),
      schedule: httpUrl(event.url),
    },
  };
}

function parseScrapedIndex(
  index: Record<string, unknown>,
  timeZone: string | undefined,
): ScheduleImport {
  if (!isRecord(index.types)) {
    throw new InputError(`${FORMAT}: "types" must be an object of tracks`);
  }
  const talks = Object.entries(index.types).flatMap(([trackName, track]) => {
    const events = isRecord(track) ? track.events : undefined;
    return Array.isArray(events)
      ? events.map(event => scrapedEventToTalk(event, trackName, timeZone))
      : [];
  });
  return buildImport(
    FORMAT,
    {
      title: cleanLine(index.conference),
      ...parseDateRange(cleanLine(index.dates)),
      location: cleanLine(index.location),
      url: httpUrl(index.base_url),
    },
    talks,
  );
}

/**
 * Parses a Sched schedule in JSON, in either of two shapes:
 *
 * - the array of sessions of Sched's API, `/api/session/export?format=json`
 *   (`name`, `event_start`, `event_type`, `speakers[].name`, `speakers[].company`,
 *   `video_stream`, `files[].path` …);
 * - the scraped index of a Sched site: `conference`, `dates`, `location`, `base_url`
 *   and `types.<track>.events[]`, each event with `url`, `title`, `description`,
 *   `speakers[]` (`name`, `title`), `start_date`, `type`, `experience_level` and
 *   `files[].url`.
 *
 * Titles lose the speakers appended after a dash, text is decoded and re-paragraphed,
 * only http(s) URLs are kept. Sessions without a title are skipped.
 *
 * @throws InputError when the text is not JSON of either shape or holds no talk.
 * @public
 */
export function parseSchedJson(
  text: string,
  options: ScheduleParseOptions = {},
): ScheduleImport {
  checkTimeZone(FORMAT, options.timeZone);
  const data = parseJson(FORMAT, text);
  if (Array.isArray(data)) {
    return buildImport(
      FORMAT,
      {},
      data.map(session =>
        isRecord(session)
          ? schedSessionToTalk(session, options.timeZone)
          : undefined,
      ),
    );
  }
  if (isRecord(data) && 'types' in data) {
    return parseScrapedIndex(data, options.timeZone);
  }
  throw new InputError(
    `${FORMAT}: expected an array of sessions or an object with "types"`,
  );
}
