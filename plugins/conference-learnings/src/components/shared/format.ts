import { parseEntityRef } from '@backstage/catalog-model';
import {
  TalkSpeaker,
  TalkSummary,
} from '@conference-learnings/plugin-conference-learnings-common';

function validDate(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return isNaN(date.getTime()) ? undefined : date;
}

/** `12 Mar 2024`, in the reader's locale and time zone. */
export function formatDate(iso: string | undefined): string | undefined {
  return validDate(iso)?.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** `12 Mar 2024, 14:30`, in the reader's locale and time zone. */
export function formatDateTime(iso: string | undefined): string | undefined {
  return validDate(iso)?.toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/** `14:30`, in the reader's locale and time zone. */
export function formatTime(iso: string | undefined): string | undefined {
  return validDate(iso)?.toLocaleTimeString(undefined, { timeStyle: 'short' });
}

/** `Ana Example (Acme), Bo Example`. */
export function formatSpeakers(speakers: TalkSpeaker[] | undefined): string {
  return (speakers ?? [])
    .map(s => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name))
    .join(', ');
}

/** The name part of an entity ref, for when nothing better is known. */
export function refName(ref: string): string {
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
}

/** Conference title (or name) of a talk. */
function conferenceLabel(talk: TalkSummary): string {
  return talk.conferenceTitle ?? refName(talk.conferenceRef);
}

/** `KubeCon EU 2024 · 20 Mar 2024 · Ana Example (Acme)` */
export function talkByline(talk: TalkSummary): string {
  return [
    conferenceLabel(talk),
    formatDate(talk.startsAt) ?? (talk.year ? String(talk.year) : undefined),
    formatSpeakers(talk.speakers),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** `1 learning`, `3 learnings`. */
export function plural(count: number, singular: string, pluralForm?: string) {
  return `${count.toLocaleString()} ${
    count === 1 ? singular : pluralForm ?? `${singular}s`
  }`;
}

/** Case-insensitive comparison of entity refs. */
export function sameRef(a: string | undefined, b: string | undefined) {
  return (
    !!a && !!b && a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US')
  );
}

/** Targets of an entity's relations of one type. */
export function relationTargets(
  entity: { relations?: { type: string; targetRef: string }[] },
  type: string,
): string[] {
  return (entity.relations ?? [])
    .filter(r => r.type === type)
    .map(r => r.targetRef);
}

/** Compares strings alphabetically, with `last` (e.g. "Other") after everything else. */
export function alphabeticalWithLast(last: string) {
  return (a: string, b: string): number => {
    if (a === b) return 0;
    if (a === last) return 1;
    if (b === last) return -1;
    return a.localeCompare(b);
  };
}

/**
 * What went wrong, in the server's words when it said (the cause of a
 * `ResponseError`), else the error's own message.
 */
export function errorMessage(error: unknown): string {
  const cause = (error as { cause?: { message?: unknown } })?.cause;
  if (typeof cause?.message === 'string' && cause.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}
