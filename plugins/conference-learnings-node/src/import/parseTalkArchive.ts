import { InputError } from '@backstage/errors';
import { buildImport, DatedTalk, isRecord, parseJson } from './buildImport';
import { normaliseDateTime } from './dates';
import { cleanDescription, cleanLine } from './html';
import { normaliseTalkType } from './talkType';
import { ScheduleImport } from './types';
import { httpUrl } from '@conference-learnings/plugin-conference-learnings-common';

const FORMAT = 'Talk archive';

function recordToTalk(record: Record<string, unknown>): DatedTalk | undefined {
  const title = cleanLine(record.title);
  if (!title) {
    return undefined;
  }
  const schedule = httpUrl(record.sched_url);
  const abstract =
    typeof record.abstract === 'string'
      ? record.abstract.replace(/ {2,}/g, '\n\n')
      : undefined;
  return {
    date: normaliseDateTime(cleanLine(record.date))?.date,
    talk: {
      sourceId: schedule ?? cleanLine(record.file) ?? title,
      title,
      description: cleanDescription(abstract),
      speakers: [],
      type: normaliseTalkType([], title),
      video: httpUrl(record.youtube_url),
      schedule,
    },
  };
}

/**
 * Parses an archive of talks from many conferences, such as the Cloud Native Security
 * Talks collection: an object with a `talks` array, or a bare array, of talks with
 * `title`, `event`, `date`, `abstract`, `sched_url` and `youtube_url`. Talks are grouped by `event` into one schedule per
 * conference, in the order the events first appear, each dated by its talks. Runs of
 * spaces in abstracts, where the archive lost its line breaks, become paragraph breaks.
 * The archive has no speaker list, so titles keep the speakers appended to them.
 * Talks without a title or an event are skipped; the first schedule's `skipped` says
 * how many.
 *
 * @throws InputError when the text is not such JSON or holds no talk.
 * @public
 */
export function parseTalkArchive(text: string): ScheduleImport[] {
  const data = parseJson(FORMAT, text);
  const talks = isRecord(data) ? data.talks : data;
  if (!Array.isArray(talks)) {
    throw new InputError(
      `${FORMAT}: expected an array of talks or an object with "talks"`,
    );
  }
  const byEvent = new Map<string, DatedTalk[]>();
  let untitled = 0;
  for (const record of talks) {
    const event = isRecord(record) ? cleanLine(record.event) : undefined;
    const talk = isRecord(record) ? recordToTalk(record) : undefined;
    if (event && talk) {
      byEvent.set(event, [...(byEvent.get(event) ?? []), talk]);
    } else {
      untitled += 1;
    }
  }
  if (byEvent.size === 0) {
    throw new InputError(`${FORMAT}: no talks with a title and an event found`);
  }
  const schedules = [...byEvent].map(([event, eventTalks]) =>
    buildImport(FORMAT, { title: event }, eventTalks),
  );
  if (untitled > 0) {
    const first = schedules[0];
    first.skipped = [
      `${FORMAT}: skipped ${untitled} of ${talks.length} ${
        talks.length === 1 ? 'entry' : 'entries'
      } without a title or an event`,
      ...(first.skipped ?? []),
    ];
  }
  return schedules;
}
