import {
  EVENT_WORDS_AFTER,
  IDIOMS_AFTER,
  IDIOMS_BEFORE,
  PRODUCT_WORDS_AFTER,
  PRODUCT_WORDS_AFTER_NAME,
  PRODUCT_WORDS_BEFORE,
} from './builtinAmbiguity';
import { DictionaryEntry } from './dictionary';
import { hashKey, Tokens } from './tokenize';

/**
 * Whether a name found in a text refers to the technology: `yes`; `no`; or
 * `listed`, yes only if it is listed together with a technology that is a yes.
 */
export type Verdict = 'yes' | 'no' | 'listed';

/**
 * A set of words, held as the hashes that {@link tokenize} gives them, so that
 * the words around a name are checked without making strings.
 */
function hashSet(words: string): Set<number> {
  return new Set(words.split(/\s+/).filter(Boolean).map(hashKey));
}
const hashSets = (table: Record<string, string>) =>
  new Map(Object.entries(table).map(([name, words]) => [name, hashSet(words)]));

const PRODUCT_AFTER = hashSet(PRODUCT_WORDS_AFTER);
const PRODUCT_BEFORE = hashSet(PRODUCT_WORDS_BEFORE);
const PRODUCT_AFTER_NAME = hashSets(PRODUCT_WORDS_AFTER_NAME);
const IDIOM_BEFORE = hashSets(IDIOMS_BEFORE);
const IDIOM_AFTER = hashSets(IDIOMS_AFTER);
const EVENT_AFTER = hashSet(EVENT_WORDS_AFTER);
const COMPANY_BEFORE = hashSet(
  'at by joined join joining founded hosted sponsored',
);
const COMPANY_AFTER = hashSet('inc labs corp ltd gmbh employees');
const SPONSORING = hashSet('hosted sponsored presented organised organized');
const SPONSOR = hashSet('sponsor sponsors');
const BY = hashKey('by');
const COMMUNITY = hashKey('community');
const S = hashKey('s');
const NONE = -1;

/** Characters that end a sentence or a title. */
const SENTENCE_END = /[.!?\n|]/;
/** Characters that may come between a sentence end and its first word. */
const SENTENCE_LEAD = /[\s"'“‘(\[*•\-–—\p{Extended_Pictographic}\uFE0F]/u;
const LONG_WORD = /\p{L}{4,}/gu;
/** Lines longer than this are paragraphs, not titles. */
const MAX_TITLE_LENGTH = 300;

/** What judging the names found in one text needs, and what it computes once per text. */
export interface Context {
  text: string;
  tokens: Tokens;
  /** Whether the text contains a token with this hash. */
  contains(hash: number): boolean;
  /**
   * Whether the line around an offset is written in title case (`Taking the
   * Helm: …`), where capitals say nothing about names.
   */
  isInTitleCase(offset: number): boolean;
  /** Whether token `index` ends a name found in the text. */
  endsName(index: number): boolean;
}

function isTitleCase(line: string): boolean {
  const words = line.match(LONG_WORD) ?? [];
  const capitalised = words.filter(w => w[0] !== w[0].toLowerCase()).length;
  return words.length >= 3 && capitalised >= 0.7 * words.length;
}

/** Creates the context for judging the names found in a text. */
export function createContext(
  text: string,
  tokens: Tokens,
  names: Array<{ last: number }>,
): Context {
  let titleCase: Map<number, boolean> | undefined;
  let nameEnds: Set<number> | undefined;
  return {
    text,
    tokens,
    endsName: index =>
      (nameEnds ??= new Set(names.map(n => n.last))).has(index),
    contains: hash => tokens.hashes.includes(hash),
    isInTitleCase(offset) {
      const lineStart = text.lastIndexOf('\n', offset) + 1;
      titleCase ??= new Map();
      let result = titleCase.get(lineStart);
      if (result === undefined) {
        const found = text.indexOf('\n', offset);
        const lineEnd = found < 0 ? text.length : found;
        result =
          lineEnd - lineStart <= MAX_TITLE_LENGTH &&
          isTitleCase(text.slice(lineStart, lineEnd));
        titleCase.set(lineStart, result);
      }
      return result;
    },
  };
}

function isSentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && SENTENCE_LEAD.test(text[i])) i--;
  return i < 0 || SENTENCE_END.test(text[i]);
}

/** `OPA`, `CNIs`. */
function isCapitals(text: string): boolean {
  const singular = text.replace(/s$/, '');
  return singular === singular.toUpperCase();
}

function hasUpperCase(text: string): boolean {
  return text !== text.toLowerCase();
}

/** Whether the text between two tokens binds them: one or two spaces or hyphens (`Helm chart`, `Flux-controllers`). */
function isTight(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 45 && c !== 9) return false;
  }
  return true;
}

/** The words around an occurrence of a name, as token hashes (or {@link NONE}). */
interface Surroundings {
  before: number;
  beforeThat: number;
  after: number;
  afterThat: number;
  /** The word after follows without a gap of more than two spaces or hyphens. */
  tightAfter: boolean;
}

function surroundings(
  context: Context,
  first: number,
  last: number,
): Surroundings {
  const { text, tokens } = context;
  const { hashes, starts, ends } = tokens;
  const hasNext = last + 1 < hashes.length;
  return {
    before: first > 0 ? hashes[first - 1] : NONE,
    beforeThat: first > 1 ? hashes[first - 2] : NONE,
    after: hasNext ? hashes[last + 1] : NONE,
    afterThat: last + 2 < hashes.length ? hashes[last + 2] : NONE,
    tightAfter: hasNext && isTight(text, ends[last], starts[last + 1]),
  };
}

/**
 * Whether a name found in a text names something else than the technology:
 * an event (`Kubeflow Day`, `Kubernetes Community Days`), a sponsor (`hosted by Sysdig`, `Sponsor: Tigera`)
 * or, for names that are also companies, the company (`at Datadog`,
 * `Shopify's approach`, `Loris Degioanni, Sysdig`).
 */
function namesSomethingElse(
  context: Context,
  first: number,
  last: number,
  entry: DictionaryEntry,
  around: Surroundings,
): boolean {
  const { before, beforeThat, after, afterThat, tightAfter } = around;
  if (tightAfter && EVENT_AFTER.has(after)) return true;
  if (after === COMMUNITY && EVENT_AFTER.has(afterThat)) return true;
  if (SPONSOR.has(before)) return true;
  if (before === BY && SPONSORING.has(beforeThat)) return true;
  if (!entry.vendor) return false;
  const { text, tokens } = context;
  const { starts, ends } = tokens;
  const affiliation =
    first > 0 &&
    text.slice(ends[first - 1], starts[first]) === ', ' &&
    hasUpperCase(text[starts[first - 1]]) &&
    !context.endsName(first - 1);
  const possessive =
    after === S && /^['’]$/.test(text.slice(ends[last], starts[last + 1]));
  return (
    affiliation ||
    possessive ||
    COMPANY_BEFORE.has(before) ||
    COMPANY_AFTER.has(after)
  );
}

/** Whether the word after a name is a version number: `Helm 4`, `Go 1.22`, `Flux v2`. */
function isVersionAfter(context: Context, last: number): boolean {
  const { text, tokens } = context;
  if (last + 1 >= tokens.starts.length) return false;
  let c = text.charCodeAt(tokens.starts[last + 1]);
  if (c === 118 || c === 86) c = text.charCodeAt(tokens.starts[last + 1] + 1); // v, V
  return c >= 48 && c <= 57;
}

/**
 * Judges one occurrence of a name in a text — of the tokens `first` to
 * `last`, at offsets `start` to `end` — from the name's ambiguity and the
 * words around it.
 */
export function judge(
  context: Context,
  occurrence: { first: number; last: number; start: number; end: number },
  entry: DictionaryEntry,
): Verdict {
  const { text } = context;
  const { first, last, start, end } = occurrence;
  if (entry.requires !== undefined && !context.contains(entry.requires)) {
    return 'no';
  }
  const surface = text.slice(start, end);
  if (entry.acronym && !isCapitals(surface)) return 'no';
  if (entry.innerCapital && !hasUpperCase(surface.slice(1))) return 'no';
  const around = surroundings(context, first, last);
  if (namesSomethingElse(context, first, last, entry, around)) return 'no';
  if (entry.ambiguity === 'none') return 'yes';

  const { before, after, tightAfter } = around;
  const name = entry.compact;
  const productAfter =
    tightAfter &&
    (PRODUCT_AFTER.has(after) ||
      PRODUCT_AFTER_NAME.get(name)?.has(after) ||
      isVersionAfter(context, last));
  if (!productAfter && IDIOM_BEFORE.get(name)?.has(before)) return 'no';
  if (IDIOM_AFTER.get(name)?.has(after)) return 'no';

  const cased = hasUpperCase(surface);
  const ownCase = cased || entry.lowercase;
  const capitalisedAsName =
    cased && !isSentenceInitial(text, start) && !context.isInTitleCase(start);
  if (entry.ambiguity === 'word') {
    if (productAfter || PRODUCT_BEFORE.has(before)) return 'yes';
    if (capitalisedAsName) return 'yes';
    return ownCase ? 'listed' : 'no';
  }
  // generic
  if (productAfter && ownCase) return 'yes';
  return capitalisedAsName || entry.lowercase ? 'listed' : 'no';
}
