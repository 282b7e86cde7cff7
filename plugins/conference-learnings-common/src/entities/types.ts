import { Entity } from '@backstage/catalog-model';
import {
  CONFERENCE_KIND,
  CONFERENCE_LEARNINGS_API_VERSION,
  TALK_KIND,
  TECHNOLOGY_KIND,
} from './constants';

/** The kinds of talk a schedule distinguishes. @public */
export const TALK_TYPES = [
  'keynote',
  'session',
  'panel',
  'lightning',
  'workshop',
  'tutorial',
  'other',
] as const;
/** @public */
export type TalkType = (typeof TALK_TYPES)[number];

/** CNCF maturity levels; absent for technologies outside the CNCF. @public */
export const TECHNOLOGY_MATURITIES = [
  'graduated',
  'incubating',
  'sandbox',
  'archived',
] as const;
/** @public */
export type TechnologyMaturity = (typeof TECHNOLOGY_MATURITIES)[number];

/** A person who gave a talk. @public */
export type TalkSpeaker = {
  name: string;
  affiliation?: string;
  /** http(s) only */
  url?: string;
};

/** A conference talk. @public */
export interface TalkEntity extends Entity {
  apiVersion: typeof CONFERENCE_LEARNINGS_API_VERSION;
  kind: typeof TALK_KIND;
  spec: {
    /** Entity ref of the Conference; the default kind is Conference. */
    conference: string;
    speakers?: TalkSpeaker[];
    /** ISO 8601 date-time. */
    startsAt?: string;
    type?: TalkType;
    track?: string;
    level?: string;
    /** Technologies the talk covers, as refs or names; the default kind is Technology. */
    technologies?: string[];
    /** http(s) URLs */
    video?: string;
    slides?: string;
    schedule?: string;
  };
}

/** A technology, typically an item of the CNCF landscape. @public */
export interface TechnologyEntity extends Entity {
  apiVersion: typeof CONFERENCE_LEARNINGS_API_VERSION;
  kind: typeof TECHNOLOGY_KIND;
  spec: {
    category?: string;
    subcategory?: string;
    maturity?: TechnologyMaturity;
    homepage?: string;
    repository?: string;
    /** Other names, for detection in talk texts and for matching entity tags. */
    aliases?: string[];
  };
}

/** A conference, such as one KubeCon edition. @public */
export interface ConferenceEntity extends Entity {
  apiVersion: typeof CONFERENCE_LEARNINGS_API_VERSION;
  kind: typeof CONFERENCE_KIND;
  spec: {
    /** ISO 8601 date */
    startDate: string;
    /** ISO 8601 date */
    endDate: string;
    location?: string;
    url?: string;
  };
}

function isKind(entity: Entity, kind: string): boolean {
  return (
    entity.apiVersion === CONFERENCE_LEARNINGS_API_VERSION &&
    entity.kind.toLocaleLowerCase('en-US') === kind.toLocaleLowerCase('en-US')
  );
}

/** @public */
export function isTalkEntity(entity: Entity): entity is TalkEntity {
  return isKind(entity, TALK_KIND);
}
/** @public */
export function isTechnologyEntity(entity: Entity): entity is TechnologyEntity {
  return isKind(entity, TECHNOLOGY_KIND);
}
/** @public */
export function isConferenceEntity(entity: Entity): entity is ConferenceEntity {
  return isKind(entity, CONFERENCE_KIND);
}
