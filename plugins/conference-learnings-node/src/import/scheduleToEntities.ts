import {
  DEFAULT_NAMESPACE,
  Entity,
  makeValidator,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  CONFERENCE_KIND,
  CONFERENCE_LEARNINGS_API_VERSION,
  ConferenceEntity,
  TALK_KIND,
  TALK_TYPES,
  TalkSpeaker,
} from '@conference-learnings/plugin-conference-learnings-common';
import { compact, nonEmpty } from './buildImport';
import { normaliseDateTime, withDerivedDates } from './dates';
import { ImportedTalk, ScheduleImport } from './types';
import { httpUrl } from '@conference-learnings/plugin-conference-learnings-common';
import {
  cutSlug,
  HASH_LENGTH,
  MAX_CONFERENCE_NAME_LENGTH,
  shortHash,
  slugify,
} from './slugs';
import { MAX_DESCRIPTION_LENGTH, MAX_TEXT_LENGTH, truncate } from './truncate';

/**
 * Options of {@link scheduleToEntities}.
 * @public
 */
export interface ScheduleToEntitiesOptions {
  /** `metadata.name` of the Conference, a valid entity name of at most 40 characters, such as `kubecon-eu-2026`. */
  conferenceName: string;
  /** Overrides the conference title of the schedule; the default is the schedule's or else `conferenceName`. */
  conferenceTitle?: string;
  /** Namespace of all entities; `default` when absent. */
  namespace?: string;
  /** Annotations set on every entity, such as the location of the source file. */
  annotations?: Record<string, string>;
}

const MAX_NAME_LENGTH = 63;
const MAX_SPEAKERS = 100;

const validator = makeValidator();

/**
 * `<conferenceName>-<slug of title>`, at most 63 characters. Talks whose names would
 * coincide all get a hash of their source id appended, so that a name depends only on
 * the talk and the titles it shares, never on the order of the schedule.
 */
function talkNames(conferenceName: string, talks: ImportedTalk[]): string[] {
  const budget = MAX_NAME_LENGTH - conferenceName.length - 1;
  const slugs = talks.map(talk => slugify(talk.title));
  const plain = slugs.map(slug => cutSlug(slug, budget));
  const counts = new Map<string, number>();
  for (const slug of plain) {
    counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  const names = talks.map((talk, i) => {
    if (plain[i] && counts.get(plain[i]) === 1) {
      return `${conferenceName}-${plain[i]}`;
    }
    const slug = cutSlug(slugs[i], budget - HASH_LENGTH - 1);
    return `${conferenceName}-${slug ? `${slug}-` : ''}${shortHash(
      talk.sourceId,
    )}`;
  });
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate) {
    throw new InputError(
      `Schedule: two talks would both be named ${duplicate}; give them different source ids`,
    );
  }
  return names;
}

/** A valid Backstage tag made of the value, or `undefined`. */
function toTag(value: string): string | undefined {
  const tag = value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-US')
    .replace(/[^a-z0-9:+#]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return validator.isValidTag(tag) ? tag : undefined;
}

/** A speaker as a JSON object, within the schema's limits. */
function toSpeaker(speaker: TalkSpeaker) {
  return compact({
    name: truncate(speaker.name, MAX_TEXT_LENGTH),
    affiliation: truncate(speaker.affiliation, MAX_TEXT_LENGTH),
    url: httpUrl(speaker.url),
  });
}

/**
 * Turns a parsed schedule into catalog entities: one Conference named
 * `options.conferenceName` and one Talk per talk, all of apiVersion
 * `conference-learnings.io/v1alpha1`.
 *
 * Talk names are `<conferenceName>-<slug of the title>`, at most 63 characters, with a
 * short hash of the talk's source id appended only where titles collide: the same
 * schedule always yields the same names. `metadata.title` is the talk's title,
 * `metadata.description` its abstract (cut at 20,000 characters), `metadata.tags` its
 * tags made valid Backstage tags (others dropped), `spec.conference` the Conference's
 * ref. URLs other than http(s) are dropped. The conference's dates are the schedule's or
 * else those of its earliest and latest talk.
 *
 * @throws InputError for an invalid conference name or namespace, or when the
 * conference has no dates and no talk has a start time.
 * @public
 */
export function scheduleToEntities(
  schedule: ScheduleImport,
  options: ScheduleToEntitiesOptions,
): Entity[] {
  const { conferenceName, namespace = DEFAULT_NAMESPACE } = options;
  if (
    !validator.isValidEntityName(conferenceName) ||
    conferenceName.length > MAX_CONFERENCE_NAME_LENGTH
  ) {
    throw new InputError(
      `Schedule: conferenceName "${conferenceName}" must be a valid entity name of at most ${MAX_CONFERENCE_NAME_LENGTH} characters, such as kubecon-eu-2026`,
    );
  }
  if (!validator.isValidNamespace(namespace)) {
    throw new InputError(
      `Schedule: namespace "${namespace}" is not a valid namespace`,
    );
  }
  const talks = schedule.talks.map(talk => ({
    ...talk,
    startsAt: normaliseDateTime(talk.startsAt)?.dateTime,
  }));
  const { title, startDate, endDate, location, url } = withDerivedDates(
    schedule.conference,
    talks.map(talk => talk.startsAt?.slice(0, 10)),
  );
  if (!startDate || !endDate) {
    throw new InputError(
      `Schedule: conference ${conferenceName} has no dates and none of its talks a start time`,
    );
  }
  const annotations =
    options.annotations && Object.keys(options.annotations).length > 0
      ? { ...options.annotations }
      : undefined;

  const conference: ConferenceEntity = {
    apiVersion: CONFERENCE_LEARNINGS_API_VERSION,
    kind: CONFERENCE_KIND,
    metadata: compact({
      name: conferenceName,
      namespace,
      title: truncate(
        options.conferenceTitle ?? title ?? conferenceName,
        MAX_TEXT_LENGTH,
      ),
      annotations,
    }),
    spec: compact({
      startDate,
      endDate,
      location: truncate(location, MAX_TEXT_LENGTH),
      url: httpUrl(url),
    }),
  };

  const names = talkNames(conferenceName, talks);
  const talkEntities = talks.map((talk, i): Entity => {
    const tags = new Set(
      (talk.tags ?? []).map(toTag).filter((t): t is string => !!t),
    );
    return {
      apiVersion: CONFERENCE_LEARNINGS_API_VERSION,
      kind: TALK_KIND,
      metadata: compact({
        name: names[i],
        namespace,
        title: truncate(talk.title, MAX_TEXT_LENGTH),
        description: truncate(talk.description, MAX_DESCRIPTION_LENGTH),
        tags: nonEmpty([...tags]),
        annotations,
      }),
      spec: compact({
        conference: `conference:${namespace}/${conferenceName}`,
        speakers: nonEmpty(talk.speakers.slice(0, MAX_SPEAKERS).map(toSpeaker)),
        startsAt: talk.startsAt,
        type:
          talk.type && TALK_TYPES.includes(talk.type) ? talk.type : undefined,
        track: truncate(talk.track, MAX_TEXT_LENGTH),
        level: truncate(talk.level, MAX_TEXT_LENGTH),
        technologies: nonEmpty([...new Set(talk.technologies ?? [])]),
        video: httpUrl(talk.video),
        slides: httpUrl(talk.slides),
        schedule: httpUrl(talk.schedule),
      }),
    };
  });
  return [conference, ...talkEntities];
}
