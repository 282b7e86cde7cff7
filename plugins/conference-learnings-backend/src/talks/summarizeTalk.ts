import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  CONFERENCE_KIND,
  RELATION_COVERS_TECHNOLOGY,
  TalkEntity,
  TalkSummary,
} from '@conference-learnings/plugin-conference-learnings-common';
import {
  resolveCuratedTechnology,
  TechnologyLookup,
} from '@conference-learnings/plugin-conference-learnings-node';

/** What the index knows beyond the talk entity itself. */
export interface TalkSummaryContext {
  /** Title and start date of conferences, by full ref */
  conferences?: ReadonlyMap<string, { title?: string; startDate?: string }>;
  /** Resolves the names and aliases in `spec.technologies` */
  lookup?: TechnologyLookup;
}

/** The full ref of a talk's conference. */
function conferenceRefOf(talk: TalkEntity): string {
  return stringifyEntityRef(
    parseEntityRef(talk.spec.conference, {
      defaultKind: CONFERENCE_KIND,
      defaultNamespace: talk.metadata.namespace ?? 'default',
    }),
  );
}

/**
 * The technologies a talk covers: curated (`spec.technologies`) first, then the
 * detected ones (every other `coversTechnology` relation).
 */
function talkTechnologies(
  talk: TalkEntity,
  lookup?: TechnologyLookup,
): { curated: string[]; detected: string[] } {
  const namespace = talk.metadata.namespace ?? 'default';
  const curated = [
    ...new Set(
      (talk.spec?.technologies ?? [])
        .filter(value => typeof value === 'string' && value.trim())
        .map(value => resolveCuratedTechnology(value, namespace, lookup)),
    ),
  ];
  const curatedSet = new Set(curated);
  const detected = [
    ...new Set(
      (talk.relations ?? [])
        .filter(r => r.type === RELATION_COVERS_TECHNOLOGY)
        .map(r => r.targetRef.toLocaleLowerCase('en-US'))
        .filter(ref => !curatedSet.has(ref)),
    ),
  ];
  return { curated, detected };
}

/** When a talk took place, in ms since the epoch: `startsAt`, else its conference's start date. */
function talkTime(
  talk: TalkEntity,
  conferenceStartDate?: string,
): number | undefined {
  for (const value of [talk.spec?.startsAt, conferenceStartDate]) {
    const time = value ? Date.parse(value) : NaN;
    if (!Number.isNaN(time)) return time;
  }
  return undefined;
}

/**
 * Maps a Talk entity from the catalog to the shape the API returns, and says
 * when the talk took place (ms since the epoch). Throws when `spec.conference`
 * is not an entity ref.
 */
export function summarizeTalk(
  entity: Entity,
  context: TalkSummaryContext = {},
): { summary: TalkSummary; time?: number } {
  const talk = entity as TalkEntity;
  const { metadata, spec } = talk;
  const conferenceRef = conferenceRefOf(talk);
  const conference = context.conferences?.get(conferenceRef);
  const { curated, detected } = talkTechnologies(talk, context.lookup);
  const time = talkTime(talk, conference?.startDate);
  const summary: TalkSummary = {
    entityRef: stringifyEntityRef(talk),
    title: metadata.title ?? metadata.name,
    description: metadata.description,
    conferenceRef,
    conferenceTitle: conference?.title,
    year: time === undefined ? undefined : new Date(time).getUTCFullYear(),
    speakers: spec.speakers ?? [],
    startsAt: spec.startsAt,
    type: spec.type,
    track: spec.track,
    level: spec.level,
    technologyRefs: [...curated, ...detected],
    curatedTechnologyRefs: curated,
    video: spec.video,
    slides: spec.slides,
    schedule: spec.schedule,
  };
  return { summary, time };
}
