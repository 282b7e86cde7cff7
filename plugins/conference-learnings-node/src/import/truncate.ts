/** The schemas' limit of one-line text fields such as titles. */
export const MAX_TEXT_LENGTH = 1000;

/** Where importers cut abstracts and other descriptions. */
export const MAX_DESCRIPTION_LENGTH = 20000;

/** Cuts text to `max` characters, ending it with `…` and never halving a character. */
export function truncate(text: string, max: number): string;
export function truncate(
  text: string | undefined,
  max: number,
): string | undefined;
export function truncate(text: string | undefined, max: number) {
  if (text === undefined || text.length <= max) {
    return text;
  }
  let end = max - 1;
  if (/[\ud800-\udbff]/.test(text[end - 1])) {
    end -= 1;
  }
  return `${text.slice(0, end)}…`;
}
