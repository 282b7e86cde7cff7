import {
  Learning,
  RankedTalk,
  TalkRelevanceReason,
  TalkSummary,
} from '@conference-learnings/plugin-conference-learnings-common';
import { Zod } from './ActionsOptions';

/*
 * What the actions answer: the API's objects cut down to what an assistant
 * reasons with (no abstracts of whole pages, no nested usage evidence), with
 * their zod schemas, which the actions registry checks every answer against.
 */

/** A talk as an action answers it. */
export function talkOutputSchema(zod: Zod) {
  return zod.object({
    ref: zod.string().describe('Full entity ref of the talk'),
    title: zod.string(),
    conferenceRef: zod.string(),
    conferenceTitle: zod.string().optional(),
    year: zod.number().optional(),
    speakers: zod.array(zod.string()),
    technologyRefs: zod
      .array(zod.string())
      .describe('Technologies the talk covers, curated first'),
    video: zod.string().optional().describe('http(s) URL of the recording'),
    schedule: zod
      .string()
      .optional()
      .describe("http(s) URL of the talk's schedule page"),
  });
}

export function talkOutput(talk: TalkSummary) {
  return {
    ref: talk.entityRef,
    title: talk.title,
    conferenceRef: talk.conferenceRef,
    ...(talk.conferenceTitle ? { conferenceTitle: talk.conferenceTitle } : {}),
    ...(talk.year !== undefined ? { year: talk.year } : {}),
    speakers: talk.speakers.map(speaker => speaker.name),
    technologyRefs: talk.technologyRefs,
    ...(talk.video ? { video: talk.video } : {}),
    ...(talk.schedule ? { schedule: talk.schedule } : {}),
  };
}

function reasonOutputSchema(zod: Zod) {
  return zod.object({
    type: zod.enum(['link', 'technology']),
    text: zod.string().describe('The reason in words'),
    technologyRef: zod.string().optional(),
    linkedBy: zod.string().optional().describe('User ref of who linked it'),
  });
}

function reasonOutput(reason: TalkRelevanceReason) {
  if (reason.type === 'link') {
    return {
      type: reason.type,
      text: `Linked to the entity by ${reason.createdBy}${
        reason.note ? `: ${reason.note}` : ''
      }`,
      linkedBy: reason.createdBy,
    };
  }
  const users = reason.usedBy.map(evidence => evidence.entityRef);
  const more = reason.usedByCount - users.length;
  const usedBy = users.length
    ? `, used by ${users.join(', ')}${more > 0 ? ` and ${more} more` : ''}`
    : '';
  return {
    type: reason.type,
    text: `Covers ${reason.technologyTitle ?? reason.technologyRef} (${
      reason.coverage
    })${usedBy}`,
    technologyRef: reason.technologyRef,
  };
}

/** A talk ranked for an entity, with its score and reasons. */
export function rankedTalkOutputSchema(zod: Zod) {
  return talkOutputSchema(zod).extend({
    score: zod.number().describe('Higher is more relevant'),
    reasons: zod.array(reasonOutputSchema(zod)),
  });
}

export function rankedTalkOutput(ranked: RankedTalk) {
  return {
    ...talkOutput(ranked.talk),
    score: ranked.score,
    reasons: ranked.reasons.map(reasonOutput),
  };
}

/** A learning as an action answers it. */
export function learningOutputSchema(zod: Zod) {
  return zod.object({
    id: zod.string(),
    talkRef: zod.string(),
    body: zod.string().describe('Markdown written by a person'),
    technologyRefs: zod.array(zod.string()),
    createdBy: zod.string(),
    createdAt: zod.string(),
  });
}

export function learningOutput(learning: Learning) {
  return {
    id: learning.id,
    talkRef: learning.talkRef,
    body: learning.body,
    technologyRefs: learning.technologyRefs,
    createdBy: learning.createdBy,
    createdAt: learning.createdAt,
  };
}
