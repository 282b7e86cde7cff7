/**
 * A technology the matcher can detect, typically an item of the CNCF landscape.
 * @public
 */
export interface TechnologyDescriptor {
  /** Entity ref of the Technology entity, e.g. `technology:default/argo`. */
  ref: string;
  /** Display name, e.g. `Argo`; it is always one of the names matched. */
  name: string;
  /** Further names or abbreviations to match, e.g. `['Argo CD', 'ArgoCD']`. */
  aliases?: string[];
}

/**
 * One place in a text where a technology is referred to.
 * @public
 */
export interface TechnologyMention {
  /** The text as written, equal to `text.slice(start, end)`. */
  text: string;
  /** Offset of the first character, in UTF-16 code units. */
  start: number;
  /** Offset after the last character, in UTF-16 code units. */
  end: number;
}

/**
 * A technology that a text covers, with where it is mentioned.
 * @public
 */
export interface TechnologyMatch {
  ref: string;
  name: string;
  /** In text order; never empty. */
  mentions: TechnologyMention[];
}

/**
 * Finds the technologies a text covers.
 * @public
 */
export interface TechnologyMatcher {
  /** Returns one match per technology, in order of first mention. */
  match(text: string): TechnologyMatch[];
}
