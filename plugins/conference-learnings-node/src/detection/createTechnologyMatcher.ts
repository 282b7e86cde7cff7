import { EVENT_WORDS_AFTER, wordSet } from './builtinAmbiguity';
import {
  buildDictionary,
  DictionaryEntry,
  DictionaryLevel,
  lookUp,
} from './dictionary';
import { createContext, judge, Verdict } from './evidence';
import { hashRange, tokenize, Tokens } from './tokenize';
import {
  TechnologyDescriptor,
  TechnologyMatch,
  TechnologyMatcher,
  TechnologyMention,
} from './types';

/** Whether the text between two words may separate the words of one name: `Argo CD`, `cert-manager`, `Node.js`. */
function isNameGap(text: string, from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // space, tab, - . / _
    if (c !== 32 && c !== 9 && c !== 45 && c !== 46 && c !== 47 && c !== 95)
      return false;
  }
  return true;
}
/** Words after a technology's name in an event's name: `ArgoCon`. */
const EVENT_WORDS = wordSet(EVENT_WORDS_AFTER);
/** Characters or words that list technologies: `Argo, Flux and Helm`. */
const LIST_GAP = /^\s*(?:[,/&+]|\s(?:and|or|vs\.?|versus)\s)\s*$/i;

/** A name found in a text, with the technologies it may name and their verdicts. */
interface Occurrence {
  /** Index of the first and last token. */
  first: number;
  last: number;
  /** Offsets in the text: a glued occurrence covers part of its token only. */
  start: number;
  end: number;
  entries: DictionaryEntry[];
  verdicts: Verdict[];
}

/** Whether a word is capitals followed by `s`: `CNIs`. */
function isCapitalsPlural(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end - 1) !== 115 || end - start < 3) return false;
  const last = text.charCodeAt(end - 2);
  return last >= 65 && last <= 90;
}

/** Entries of abbreviations whose plural token `index` is: `CNIs`. */
function pluralAbbreviations(
  level: DictionaryLevel,
  text: string,
  tokens: Tokens,
  index: number,
) {
  const start = tokens.starts[index];
  const end = tokens.ends[index];
  if (!isCapitalsPlural(text, start, end)) return undefined;
  const node = lookUp(
    level,
    hashRange(text, start, end - 1),
    text,
    start,
    end - 1,
  );
  const entries = node?.entries?.filter(e => e.acronym);
  return entries?.length ? entries : undefined;
}

/**
 * A bit set of the hashes of first words of names: most words of a text are
 * not, and this answers that faster than the map.
 */
class FirstWordFilter {
  private static readonly MASK = (1 << 20) - 1;
  private readonly words = new Uint32Array((FirstWordFilter.MASK + 1) >>> 5);

  constructor(hashes: Iterable<number>) {
    for (const hash of hashes) {
      const bit = hash & FirstWordFilter.MASK;
      this.words[bit >>> 5] |= 1 << (bit & 31);
    }
  }

  mayContain(hash: number): boolean {
    const bit = hash & FirstWordFilter.MASK;
    return (this.words[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }
}

/**
 * Distinctive names at either side of a capital step inside a word that is no
 * name itself: paragraphs glued together (`…Grafana` + `Open Source…`) or a
 * prefixed name (`MultiKueue`). Event names (`ArgoCon`) are not the technology.
 */
function gluedOccurrences(
  root: DictionaryLevel,
  text: string,
  tokens: Tokens,
  index: number,
): Occurrence[] {
  const start = tokens.starts[index];
  const end = tokens.ends[index];
  const step = tokens.capitalSteps.get(index)!;
  const pieces = [
    { start, end: step, other: [step, end] },
    { start: step, end, other: [start, step] },
  ];
  const found: Occurrence[] = [];
  for (const piece of pieces) {
    if (piece.end - piece.start < 3) continue;
    const node = lookUp(
      root,
      hashRange(text, piece.start, piece.end),
      text,
      piece.start,
      piece.end,
    );
    const entries = node?.entries?.filter(
      e => e.ambiguity === 'none' && !e.acronym && e.requires === undefined,
    );
    if (
      entries?.length &&
      !EVENT_WORDS.has(text.slice(piece.other[0], piece.other[1]).toLowerCase())
    ) {
      const verdicts = entries.map((): Verdict => 'yes');
      found.push({
        first: index,
        last: index,
        start: piece.start,
        end: piece.end,
        entries,
        verdicts,
      });
    }
  }
  return found;
}

/**
 * The end of token `index` without a capital glued to it by a lost line break
 * or cell border (`HelmP-4A`, `Cloud CustodianP-13A`), or -1.
 */
function ungluedEnd(tokens: Tokens, index: number): number {
  const end = tokens.ends[index];
  return tokens.capitalSteps.get(index) === end - 1 ? end - 1 : -1;
}

/** The longest name starting with token `first`, found from `level` of the trie. */
function longestName(
  level: DictionaryLevel | undefined,
  text: string,
  tokens: Tokens,
  first: number,
): Occurrence | undefined {
  const { hashes, starts, ends } = tokens;
  let found: Occurrence | undefined;
  let current = level;
  for (let j = first; current && j < hashes.length; j++) {
    if (j > first && !isNameGap(text, ends[j - 1], starts[j])) break;
    let end = ends[j];
    let node = lookUp(current, hashes[j], text, starts[j], end);
    if (!node && tokens.capitalSteps.size && ungluedEnd(tokens, j) > 0) {
      end = ungluedEnd(tokens, j);
      node = lookUp(
        current,
        hashRange(text, starts[j], end),
        text,
        starts[j],
        end,
      );
    }
    const entries = node
      ? node.entries
      : pluralAbbreviations(current, text, tokens, j);
    if (entries) {
      found = {
        first,
        last: j,
        start: starts[first],
        end,
        entries,
        verdicts: [],
      };
    }
    if (end !== ends[j]) break; // a glued word ends the name
    current = node?.next;
  }
  return found;
}

/** Finds the longest name at each position, in one pass over the tokens. */
function findOccurrences(
  root: DictionaryLevel,
  filter: FirstWordFilter,
  text: string,
  tokens: Tokens,
): Occurrence[] {
  const { hashes, starts, ends } = tokens;
  const found: Occurrence[] = [];
  const stepped = [...tokens.capitalSteps.keys()]; // ascending
  let nextStepped = 0;
  let stepAt = stepped.length ? stepped[0] : hashes.length;
  for (let i = 0; i < hashes.length; ) {
    while (stepAt < i) {
      nextStepped++;
      stepAt =
        nextStepped < stepped.length ? stepped[nextStepped] : hashes.length;
    }
    const isStepped = stepAt === i;
    const mayStart =
      filter.mayContain(hashes[i]) ||
      isCapitalsPlural(text, starts[i], ends[i]) ||
      (isStepped && ungluedEnd(tokens, i) > 0);
    const name = mayStart ? longestName(root, text, tokens, i) : undefined;
    if (name) {
      found.push(name);
      i = name.last + 1;
    } else {
      if (isStepped) found.push(...gluedOccurrences(root, text, tokens, i));
      i++;
    }
  }
  return found;
}

/** The mentions of one technology in a text, and how many need confirmation. */
interface Seen {
  mentions: TechnologyMention[];
  /** How many mentions are `listed` and not listed with a confirmed technology. */
  listed: number;
  /** The name is an ordinary word. */
  word: boolean;
}

/** Whether occurrence `index` is listed with a confirmed neighbour: `Argo, Flux and Helm`. */
function isListedWithConfirmed(
  text: string,
  occurrences: Occurrence[],
  index: number,
): boolean {
  const o = occurrences[index];
  const before = occurrences[index - 1];
  const after = occurrences[index + 1];
  const listed = (left: Occurrence, right: Occurrence, confirmed: Occurrence) =>
    left.last < right.first &&
    confirmed.verdicts.includes('yes') &&
    LIST_GAP.test(text.slice(left.end, right.start));
  return (
    (before !== undefined && listed(before, o, before)) ||
    (after !== undefined && listed(o, after, after))
  );
}

const CAPITAL_START = /^\p{Lu}/u;
const NOT_A_NAME_LIST = /[.!?](?:\s|$)|[:|]/;
const LOWERCASE_WORD = /(?:^|[\s,;&])(\p{Ll}[\p{L}-]*)/gu;
/** Lowercase words that names and affiliations contain: `University of Oslo`, `Anna van Dijk`. */
const NAME_PARTICLES = new Set(
  'of de van von der den la le du da di dos del y'.split(' '),
);

/**
 * Whether a text is a speaker list: names and affiliations separated by
 * commas (`Ana Silva, Datadog; Bo Li, Upbound`), no sentence or phrase.
 */
function isSpeakerList(text: string): boolean {
  if (!CAPITAL_START.test(text) || !text.includes(', ')) return false;
  if (NOT_A_NAME_LIST.test(text)) return false;
  for (const [, word] of text.matchAll(LOWERCASE_WORD)) {
    if (!NAME_PARTICLES.has(word)) return false;
  }
  return true;
}

/**
 * Where the title line of a text ends with the speakers that Sched appends
 * after the last ` - ` (`… - Ana Silva, Datadog & Bo Li, Upbound`): names and
 * affiliations there are no technologies the talk covers.
 */
function speakerList(text: string): { start: number; end: number } {
  const found = text.indexOf('\n');
  const lineEnd = found < 0 ? text.length : found;
  const dash = text.lastIndexOf(' - ', lineEnd);
  const start = dash + 3;
  if (dash < 0 || lineEnd - start > 300)
    return { start: lineEnd, end: lineEnd };
  return isSpeakerList(text.slice(start, lineEnd))
    ? { start, end: lineEnd }
    : { start: lineEnd, end: lineEnd };
}

/**
 * Creates a matcher that finds, in one pass over a text's tokens, which of the
 * given technologies the text covers: by name, by a built-in or given alias, or
 * by a named part; names that are ordinary words need evidence
 * (see `src/detection/README.md`).
 * @public
 */
export function createTechnologyMatcher(
  technologies: TechnologyDescriptor[],
): TechnologyMatcher {
  const root = buildDictionary(technologies);
  const filter = new FirstWordFilter(root.keys());

  const match = (text: string): TechnologyMatch[] => {
    const tokens = tokenize(text);
    const speakers = speakerList(text);
    let occurrences = findOccurrences(root, filter, text, tokens);
    if (speakers.start < speakers.end) {
      occurrences = occurrences.filter(
        o => o.end <= speakers.start || o.start >= speakers.end,
      );
    }
    const context = createContext(text, tokens, occurrences);
    for (const o of occurrences) {
      if (o.verdicts.length) continue; // glued occurrences are judged already
      o.verdicts = o.entries.map(e => judge(context, o, e));
    }

    const confirmed = new Set<number>();
    const seen = new Map<number, Seen>();
    for (let index = 0; index < occurrences.length; index++) {
      const o = occurrences[index];
      for (let k = 0; k < o.entries.length; k++) {
        const verdict = o.verdicts[k];
        if (verdict === 'no') continue;
        const entry = o.entries[k];
        const tech = entry.technology;
        let record = seen.get(tech);
        if (!record) {
          record = {
            mentions: [],
            listed: 0,
            word: entry.ambiguity === 'word',
          };
          seen.set(tech, record);
        }
        const { start, end } = o;
        if (!record.mentions.some(m => m.start === start)) {
          record.mentions.push({ text: text.slice(start, end), start, end });
        }
        if (
          verdict === 'yes' ||
          isListedWithConfirmed(text, occurrences, index)
        ) {
          confirmed.add(tech);
        } else record.listed++;
      }
    }
    // an ordinary word written as a name twice (`Volcano for Inference` … `Volcano is`) is the name
    for (const [tech, record] of seen)
      if (record.word && record.listed >= 2) confirmed.add(tech);

    return [...confirmed]
      .map(tech => ({
        ref: technologies[tech].ref,
        name: technologies[tech].name,
        mentions: seen.get(tech)!.mentions.sort((a, b) => a.start - b.start),
      }))
      .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  };

  return { match };
}
