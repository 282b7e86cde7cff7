import { TalkSpeaker } from '@conference-learnings/plugin-conference-learnings-common';
import { cleanLine } from './html';
import { httpUrl } from '@conference-learnings/plugin-conference-learnings-common';

/** Words of a name that are long enough to identify it, folded to plain lower case. */
function nameWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-US')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(word => word.length >= 3);
}

/**
 * A dash between title and speakers. Scrapes sometimes lose one of its spaces
 * (`Metal3?- Ádám Rozmán`, `k8gb -Bradley Andersen`); `Kroah-Hartman` has none.
 */
const SEPARATOR = /\s+[-–]\s*|(?<=\S)[-–]\s+/g;

/**
 * Removes the speakers that schedules append to talk titles after a dash, as in
 * `Tutorial: 5 Stages of Kubernetes - Rick Rackow, STACKIT`. The title is cut at the
 * last dash whose remainder names one of the talk's speakers (a word of their name, so
 * that `Greg Kroah-Hartman` matches `Greg Kroah Hartman` and `Bogdan Stancu` matches
 * `Bogdan Nicolae Stancu`). Without such a match the title is returned unchanged.
 */
export function titleWithoutSpeakers(
  title: string,
  speakerNames: string[],
): string {
  const known = new Set(speakerNames.flatMap(nameWords));
  if (known.size === 0) {
    return title;
  }
  const separators = [...title.matchAll(SEPARATOR)].reverse();
  for (const separator of separators) {
    const head = title.slice(0, separator.index).trim();
    const tail = title.slice(separator.index! + separator[0].length);
    if (head && nameWords(tail).some(word => known.has(word))) {
      return head;
    }
  }
  return title;
}

const LEGAL_FORM =
  /^(?:inc|ltd|llc|gmbh|corp|co|plc|ag|s\.?a|b\.?v|limited)\.?$/i;

/**
 * The organisation in a Sched speaker title such as `Senior SRE, STACKIT`: what follows
 * the last comma, kept together with a legal form (`Red Hat, Inc.`). A title without a
 * comma is returned whole.
 */
export function affiliationFromJobTitle(
  jobTitle: string | undefined,
): string | undefined {
  if (!jobTitle) {
    return undefined;
  }
  const parts = jobTitle.split(/,\s+/);
  let affiliation = parts.pop()!;
  while (parts.length > 0 && LEGAL_FORM.test(affiliation)) {
    affiliation = `${parts.pop()}, ${affiliation}`;
  }
  return affiliation;
}

/**
 * A speaker with a cleaned name and affiliation and an http(s) URL, or `undefined`
 * without a name.
 */
export function makeSpeaker(
  name: unknown,
  affiliation?: unknown,
  url?: unknown,
): TalkSpeaker | undefined {
  const cleanName = cleanLine(name);
  if (!cleanName) {
    return undefined;
  }
  const speaker: TalkSpeaker = { name: cleanName };
  const cleanAffiliation = cleanLine(affiliation);
  if (cleanAffiliation && /[\p{L}\p{N}]/u.test(cleanAffiliation)) {
    speaker.affiliation = cleanAffiliation;
  }
  const cleanUrl = httpUrl(url);
  if (cleanUrl) {
    speaker.url = cleanUrl;
  }
  return speaker;
}

/** The speakers without empty entries and without repeating a name. */
export function uniqueSpeakers(
  speakers: Array<TalkSpeaker | undefined>,
): TalkSpeaker[] {
  const seen = new Set<string>();
  return speakers.filter((speaker): speaker is TalkSpeaker => {
    const key = speaker?.name.toLocaleLowerCase('en-US');
    if (!speaker || seen.has(key!)) {
      return false;
    }
    seen.add(key!);
    return true;
  });
}
