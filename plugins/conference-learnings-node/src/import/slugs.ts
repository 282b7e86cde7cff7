import { fnv1a, FNV1A_OFFSET_BASIS } from '../detection/fnv1a';

/** Length of {@link shortHash}'s digest. */
export const HASH_LENGTH = 8;

/** FNV-1a, 32 bits, as 8 hex digits: short, stable across runs and runtimes. */
export function shortHash(text: string): string {
  let hash = FNV1A_OFFSET_BASIS;
  for (let i = 0; i < text.length; i++) {
    hash = fnv1a(hash, text.charCodeAt(i));
  }
  return (hash >>> 0).toString(16).padStart(HASH_LENGTH, '0');
}

/** Lower-case ASCII letters and digits joined by single dashes. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-US')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug cut to `max` characters, at a dash when one is in its second half. */
export function cutSlug(slug: string, max: number): string {
  if (slug.length <= max) {
    return slug;
  }
  const cut = slug.slice(0, max);
  const dash = cut.lastIndexOf('-');
  return (dash > max / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}

/** Conference names leave room for talk names, `<conference>-<title slug>`, within 63 characters. */
export const MAX_CONFERENCE_NAME_LENGTH = 40;

/**
 * The Conference entity name for a conference title: its slug, e.g.
 * `KubeCon + CloudNativeCon Europe 2024` → `kubecon-cloudnativecon-europe-2024`.
 * A slug longer than 40 characters is cut and ends with a hash of the title, so
 * that titles differing only at their end still get different names.
 * @public
 */
export function conferenceEntityName(title: string): string {
  const slug = slugify(title);
  if (slug.length <= MAX_CONFERENCE_NAME_LENGTH) {
    return slug || `conference-${shortHash(title)}`;
  }
  const budget = MAX_CONFERENCE_NAME_LENGTH - HASH_LENGTH - 1;
  return `${cutSlug(slug, budget)}-${shortHash(title)}`;
}
