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
/** Characters or words that list technologies: `Argo, Flux and Helm`. */
const EVENT_WORDS = wordSet(EVENT_WORDS_AFTER);
const LIST_GAP = /^\s*(?:[,/&+]|\s(?:and|or|vs\.?|versus)\s)\s*$/i;

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
    // distinctive names, and ordinary-word names written as names (`HelmP-4A`)
    const written = text.slice(piece.start, piece.end);
    const asName = written !== written.toLowerCase();
    const entries = node?.entries?.filter(
      e =>
        !e.acronym &&
        (e.ambiguity === 'none' ||
          (e.ambiguity === 'word' && (asName || e.lowercase))),
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
  for (let i = 0; i < hashes.length; ) {
    let last = -1;
    let entries: DictionaryEntry[] | undefined;
    let level: DictionaryLevel | undefined = filter.mayContain(hashes[i])
      ? root
      : undefined;
    if (!level && isCapitalsPlural(text, starts[i], ends[i])) level = root;
    for (let j = i; level && j < hashes.length; j++) {
      if (j > i && !isNameGap(text, ends[j - 1], starts[j])) break;
      const node = lookUp(level, hashes[j], text, starts[j], ends[j]);
      const ending = node
        ? node.entries
        : pluralAbbreviations(level, text, tokens, j);
      if (ending) {
        last = j;
        entries = ending;
      }
      level = node?.next;
    }
    if (entries) {
      found.push({
        first: i,
        last,
        start: starts[i],
        end: ends[last],
        entries,
        verdicts: [],
      });
      i = last + 1;
    } else {
      while (stepped[nextStepped] < i) nextStepped++;
      if (stepped[nextStepped] === i) {
        found.push(...gluedOccurrences(root, text, tokens, i));
      }
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
    const occurrences = findOccurrences(root, filter, text, tokens);
    const context = createContext(
      text,
      tokens,
      new Set(occurrences.map(o => o.last)),
    );
    for (const o of occurrences) {
      if (o.verdicts.length) continue; // glued occurrences are judged already
      o.verdicts = o.entries.map(e => judge(context, o.first, o.last, e));
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
