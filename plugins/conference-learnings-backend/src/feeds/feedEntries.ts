import { parseEntityRef } from '@backstage/catalog-model';
import { TalkSummary } from '@conference-learnings/plugin-conference-learnings-common';
import { LearningRecord } from '../database/ConferenceLearningsStore';
import { AtomEntry } from './atomFeed';

/** The catalog page of an entity in the app, e.g. `/catalog/default/talk/x`. */
export function catalogPagePath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${encodeURIComponent(namespace)}/${encodeURIComponent(
    kind.toLocaleLowerCase('en-US'),
  )}/${encodeURIComponent(name)}`;
}

/** When a talk is news: its start, else the first day of its year. */
function talkDate(talk: TalkSummary): string {
  if (talk.startsAt) return new Date(talk.startsAt).toISOString();
  return new Date(Date.UTC(talk.year ?? 1970, 0, 1)).toISOString();
}

/** A talk as a feed entry, linking to its page in the app. */
export function talkEntry(talk: TalkSummary, appBaseUrl: string): AtomEntry {
  const conference = talk.conferenceTitle ?? talk.conferenceRef;
  const speakers = talk.speakers.map(speaker => speaker.name).join(', ');
  return {
    id: `urn:conference-learnings:${talk.entityRef}`,
    title: talk.title,
    updated: talkDate(talk),
    link: `${appBaseUrl}${catalogPagePath(talk.entityRef)}`,
    summary: speakers ? `${conference} — ${speakers}` : conference,
    ...(speakers ? { author: speakers } : {}),
  };
}

/** A learning as a feed entry, linking to its talk's page, where it shows. */
export function learningEntry(
  learning: LearningRecord,
  talkTitle: string | undefined,
  appBaseUrl: string,
): AtomEntry {
  return {
    id: `urn:conference-learnings:learning:${learning.id}`,
    title: `Learning on ${talkTitle ?? learning.talkRef}`,
    updated: learning.updatedAt ?? learning.createdAt,
    link: `${appBaseUrl}${catalogPagePath(learning.talkRef)}`,
    summary: learning.body,
    author: learning.createdBy,
  };
}

/** Entries newest first (ids break ties, so the order is stable). */
export function newestFirst(entries: AtomEntry[]): AtomEntry[] {
  return [...entries].sort(
    (a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id),
  );
}
