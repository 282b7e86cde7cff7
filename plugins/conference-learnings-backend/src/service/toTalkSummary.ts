import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  CONFERENCE_KIND,
  RELATION_COVERS_TECHNOLOGY,
  TalkEntity,
  resolveCuratedTechnology,
  TalkSummary,
  TechnologyLookup,
} from '@conference-learnings/plugin-conference-learnings-common';

/** What the index knows beyond the talk entity itself. */
export interface TalkSummaryContext {
  conference?: { title?: string; startDate?: string };
  /** Resolves the names and aliases in `spec.technologies` */
  lookup?: TechnologyLookup;
}

/** The full ref of a talk's conference. */
export function conferenceRefOf(talk: TalkEntity): string {
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
export function talkTechnologies(
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
export function talkTime(
  talk: TalkEntity,
  conferenceStartDate?: string,
): number | undefined {
  for (const value of [talk.spec?.startsAt, conferenceStartDate]) {
    const time = value ? Date.parse(value) : NaN;
    if (!Number.isNaN(time)) return time;
  }
  return undefined;
}

/** Maps a Talk entity from the catalog to the shape the API returns. */
export function toTalkSummary(
  entity: Entity,
  context: TalkSummaryContext = {},
): TalkSummary {
  const talk = entity as TalkEntity;
  const { metadata, spec } = talk;
  const { curated, detected } = talkTechnologies(talk, context.lookup);
  const time = talkTime(talk, context.conference?.startDate);
  const summary: TalkSummary = {
    entityRef: stringifyEntityRef(talk),
    title: metadata.title ?? metadata.name,
    description: metadata.description,
    conferenceRef: conferenceRefOf(talk),
    conferenceTitle: context.conference?.title,
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
  for (const key of Object.keys(summary) as (keyof TalkSummary)[]) {
    if (summary[key] === undefined) delete summary[key];
  }
  return summary;
}
