import { TalkType } from '@conference-learnings/plugin-conference-learnings-common';

const KINDS: Array<[TalkType, RegExp]> = [
  ['keynote', /\bkeynotes?\b/i],
  ['lightning', /\blightning talks?\b|^lightning$/i],
  ['tutorial', /\btutorials?\b/i],
  ['workshop', /\b(?:workshops?|contribfest|hands-on labs?)\b/i],
  ['panel', /\bpanels?\b/i],
];

/** Schedule categories that are no talks: breaks, registration, posters … */
const NOT_A_TALK =
  /\b(?:breaks?|lunch|coffee|registration|badge|cloakroom|posters?|reception|meals?)\b/i;

/** A title, or a part of it between `:` and `|`, that announces a break. */
const BREAK_TITLE =
  /(?:^|[:|])\s*(?:(?:mini|coffee|lunch)\s+)?(?:breaks?|lunch|badge pick-up|cloakroom)\s*(?:$|[:|])/i;

/**
 * The kind of a talk from the source's own type, format or track (checked first, in
 * the order given) and else from its title: `Keynote Sessions` → keynote,
 * `Lightning Talks` → lightning, `Tutorials` → tutorial, `Contribfest` → workshop,
 * `Panel` in the title → panel, breaks and registration → other, anything else →
 * session.
 */
export function normaliseTalkType(
  categories: Array<string | undefined>,
  title: string,
): TalkType {
  const labels = categories.filter((c): c is string => !!c);
  for (const label of labels) {
    const kind = KINDS.find(([, pattern]) => pattern.test(label));
    if (kind) {
      return kind[0];
    }
    if (NOT_A_TALK.test(label)) {
      return 'other';
    }
  }
  if (BREAK_TITLE.test(title)) {
    return 'other';
  }
  return KINDS.find(([, pattern]) => pattern.test(title))?.[0] ?? 'session';
}
