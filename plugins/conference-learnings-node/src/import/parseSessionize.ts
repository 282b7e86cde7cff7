import { InputError } from '@backstage/errors';
import {
  buildImport,
  DatedTalk,
  isRecord,
  nonEmpty,
  parseJson,
} from './buildImport';
import { checkTimeZone, normaliseDateTime } from './dates';
import { cleanDescription, cleanLine } from './html';
import { makeSpeaker, titleWithoutSpeakers, uniqueSpeakers } from './speakers';
import { normaliseTalkType } from './talkType';
import { ScheduleImport, ScheduleParseOptions } from './types';
import { firstHttpUrl } from './urls';

const FORMAT = 'Sessionize';

type Json = Record<string, unknown>;

const records = (value: unknown): Json[] =>
  Array.isArray(value) ? value.filter(isRecord) : [];

/** What a Sessionize category (by its title) says about a session. */
type CategoryRole = 'track' | 'level' | 'type' | 'tags';

function categoryRole(title: string): CategoryRole | undefined {
  if (/track|stream/i.test(title)) return 'track';
  if (/level|experience/i.test(title)) return 'level';
  if (/format|type|kind/i.test(title)) return 'type';
  if (/tag|topic|technolog|keyword|subject/i.test(title)) return 'tags';
  return undefined;
}

/**
 * Parses a Sessionize `/api/v2/{id}/view/All` response (`sessions`, `speakers`,
 * `categories`, `questions`, `rooms`). Speakers are resolved by id (affiliation from
 * their tag line, URL from their first http(s) link); category items give track, level,
 * type and tags according to their category's title (`Track`, `Level`,
 * `Session format`, `Tags`/`Topics`); `recordingUrl` or else the answer to a video question gives
 * the video, a slides question the slides. Service sessions (breaks) get type `other`.
 * Sessionize gives local times without an offset: pass `options.timeZone` to get
 * `startsAt`. Sessions without a title are skipped.
 *
 * @throws InputError when the text is not the view/All JSON or holds no talk.
 * @public
 */
export function parseSessionize(
  text: string,
  options: ScheduleParseOptions = {},
): ScheduleImport {
  checkTimeZone(FORMAT, options.timeZone);
  const data = parseJson(FORMAT, text);
  if (!isRecord(data) || !Array.isArray(data.sessions)) {
    throw new InputError(
      `${FORMAT}: expected the view/All object with "sessions", "speakers" and "categories"`,
    );
  }
  const speakers = new Map(
    records(data.speakers).map(speaker => [
      String(speaker.id),
      makeSpeaker(
        speaker.fullName ??
          [speaker.firstName, speaker.lastName].filter(Boolean).join(' '),
        speaker.tagLine,
        firstHttpUrl(records(speaker.links).map(link => link.url)),
      ),
    ]),
  );
  const categoryItems = new Map<
    string,
    { role?: CategoryRole; name?: string }
  >();
  for (const category of records(data.categories)) {
    const role = categoryRole(String(category.title ?? ''));
    for (const item of records(category.items)) {
      categoryItems.set(String(item.id), { role, name: cleanLine(item.name) });
    }
  }
  const questions = new Map(
    records(data.questions).map(q => [String(q.id), String(q.question ?? '')]),
  );

  const toTalk = (session: Json): DatedTalk | undefined => {
    const rawTitle = cleanLine(session.title);
    if (!rawTitle) {
      return undefined;
    }
    const sessionSpeakers = uniqueSpeakers(
      (Array.isArray(session.speakers) ? session.speakers : []).map(id =>
        speakers.get(String(id)),
      ),
    );
    const items = (
      Array.isArray(session.categoryItems) ? session.categoryItems : []
    )
      .map(id => categoryItems.get(String(id)))
      .filter(item => item?.name);
    const named = (role: CategoryRole) =>
      items.filter(item => item!.role === role).map(item => item!.name!);
    const answers = (pattern: RegExp) =>
      records(session.questionAnswers)
        .filter(a => pattern.test(questions.get(String(a.questionId)) ?? ''))
        .map(a => a.answerValue);
    const start = normaliseDateTime(session.startsAt, options.timeZone);
    const track = named('track')[0];
    return {
      date: start?.date,
      talk: {
        sourceId: String(session.id ?? rawTitle),
        title: titleWithoutSpeakers(
          rawTitle,
          sessionSpeakers.map(s => s.name),
        ),
        description: cleanDescription(session.description),
        speakers: sessionSpeakers,
        startsAt: start?.dateTime,
        endsAt: normaliseDateTime(session.endsAt, options.timeZone)?.dateTime,
        type: session.isServiceSession
          ? 'other'
          : normaliseTalkType([...named('type'), track], rawTitle),
        track,
        level: named('level')[0],
        tags: nonEmpty(named('tags')),
        video: firstHttpUrl([
          session.recordingUrl,
          ...answers(/video|recording|youtube/i),
        ]),
        slides: firstHttpUrl(answers(/slide|deck|presentation/i)),
      },
    };
  };
  return buildImport(
    FORMAT,
    {},
    data.sessions.map(session =>
      isRecord(session) ? toTalk(session) : undefined,
    ),
  );
}
