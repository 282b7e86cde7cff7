import { BUILTIN_ALIASES } from './builtinAliases';
import {
  GENERIC_NAMES,
  GENERIC_WORDS,
  VENDOR_NAMES,
  WORD_NAMES,
  wordSet,
} from './builtinAmbiguity';
import {
  baseName,
  compactName,
  NameVariant,
  nameVariants,
  shortenings,
} from './names';
import { hashKey, nameTokens, rangeEquals } from './tokenize';
import { TechnologyDescriptor } from './types';

/**
 * How much evidence a name needs: `none` for distinctive names (`Kubernetes`),
 * `word` for ordinary words (`Helm`), `generic` for generic concepts (`Scale`).
 */
export type Ambiguity = 'none' | 'word' | 'generic';

/** One way of writing one technology's name, as stored in the dictionary. */
export interface DictionaryEntry {
  /** Index of the technology in the descriptors. */
  technology: number;
  /** Where a name is shared, only the entries of highest priority count: see {@link PRIORITY}. */
  priority: number;
  ambiguity: Ambiguity;
  /** An abbreviation such as `OPA`: only written in capitals does it count. */
  acronym: boolean;
  /** Also a company name: `at Datadog` is the company. */
  vendor: boolean;
  /** The name is written in lowercase (`kind`, `ko`), so lowercase is its own casing. */
  lowercase: boolean;
  /** Only written with a capital inside (`CheckPoint`) does it count. */
  innerCapital: boolean;
  /** The name in compact form, for the built-in word lists. */
  compact: string;
  /**
   * Hash of a word the text must contain too: the vendor or parent project
   * that a generic shortening leaves out (`Pipelines` of `Kubeflow Pipelines`).
   */
  requires: number | undefined;
}

/** Priorities of names: a technology's own names win over built-in aliases, those over parts and shortenings. */
export const PRIORITY = { name: 4, alias: 3, part: 2, derived: 1 } as const;

/**
 * A node of the token trie: entries for the token sequence ending here, and
 * continuations. Levels are keyed by token hash; `key` tells tokens apart
 * whose hashes collide, and `collision` chains such nodes.
 */
export interface DictionaryNode {
  key: string;
  entries: DictionaryEntry[] | undefined;
  next: DictionaryLevel | undefined;
  collision: DictionaryNode | undefined;
}

// all fields set at once, so that all nodes share one shape and lookups stay fast
const newNode = (key: string): DictionaryNode => ({
  key,
  entries: undefined,
  next: undefined,
  collision: undefined,
});

/** One level of the token trie, by token hash. */
export type DictionaryLevel = Map<number, DictionaryNode>;

/** The node at a level of the trie for the token from `start` to `end` of a text, if any. */
export function lookUp(
  level: DictionaryLevel,
  hash: number,
  text: string,
  start: number,
  end: number,
): DictionaryNode | undefined {
  let node = level.get(hash);
  while (node && !rangeEquals(text, start, end, node.key))
    node = node.collision;
  return node;
}

const WORDS = wordSet(WORD_NAMES);
const GENERIC = wordSet(GENERIC_NAMES);
const VENDORS = wordSet(VENDOR_NAMES);
const GENERIC_PARTS = wordSet(GENERIC_WORDS);
/** Abbreviations of up to three capitals (`OPA`, `EKS`): longer ones are also written in lowercase (`Keda`, `nginx`). */
const ACRONYM = /^[A-Z][A-Z0-9]{1,2}$/;
/** `OpenTelemetry` → `Open`, `Telemetry`: humps of at least two letters. */
const CAMEL_HUMP = /[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|\d+/g;

const ALIASES = new Map<string, string[]>(
  Object.entries(BUILTIN_ALIASES).map(([name, aliases]) => [
    compactName(baseName(name)),
    aliases,
  ]),
);

function ambiguityOf(compact: string, text: string, keys: string[]): Ambiguity {
  if (GENERIC.has(compact)) return 'generic';
  if (WORDS.has(compact)) return 'word';
  if (keys.length === 1 && /^[a-z]{1,2}$/.test(keys[0])) return 'generic';
  return /^[a-z]+$/.test(text) && keys.length === 1 && text.length <= 3
    ? 'word'
    : 'none';
}

const AMBIGUITIES: Ambiguity[] = ['none', 'word', 'generic'];
const maxAmbiguity = (a: Ambiguity, b: Ambiguity): Ambiguity =>
  AMBIGUITIES[Math.max(AMBIGUITIES.indexOf(a), AMBIGUITIES.indexOf(b))];

function camelParts(text: string): string[] | undefined {
  if (!/^[A-Za-z0-9]+$/.test(text)) return undefined;
  const parts = text.match(CAMEL_HUMP) ?? [];
  const ok =
    parts.length > 1 &&
    parts.every(p => p.length >= 2) &&
    (parts[0]?.length ?? 0) >= 3;
  return ok ? parts.map(p => p.toLowerCase()) : undefined;
}

/** The first word of a name that is not a generic word, as a hash. */
function distinctiveWord(name: string): number {
  const keys = nameTokens(name);
  return hashKey(keys.find(k => !GENERIC_PARTS.has(k)) ?? keys[0]);
}

/**
 * The dictionary entry for one name of a technology, or undefined if the name
 * names nothing by itself (a shortening made of generic words only).
 */
function describe(
  technology: number,
  variant: NameVariant,
  priority: number,
  keys: string[],
): DictionaryEntry | undefined {
  const { text } = variant;
  if (!keys.length) return undefined;
  const compact = compactName(text);
  const generic = keys.every(k => GENERIC_PARTS.has(k));
  const derived = variant.kind === 'derived';
  if (derived && generic && (!variant.prefix || variant.parent))
    return undefined;
  let ambiguity = ambiguityOf(compact, text, keys);
  const acronym = ACRONYM.test(text) && ambiguity === 'none';
  let requires: number | undefined;
  if (variant.prefix !== undefined && (generic || variant.parent)) {
    // `Pipelines` is Kubeflow Pipelines only in a text about Kubeflow
    requires = distinctiveWord(variant.prefix);
    ambiguity = maxAmbiguity(ambiguity, 'word');
  } else if (variant.longName && acronym) {
    // `CKS` is CoreWeave Kubernetes Service only where CoreWeave is named
    requires = distinctiveWord(variant.longName);
  }
  if (derived && keys.length === 1 && !/\d|.[A-Z]/.test(text)) {
    // a shortening such as `Influx` or `Tempo` may be a word: written as a name only
    ambiguity = maxAmbiguity(ambiguity, 'word');
  }
  return {
    technology,
    priority,
    ambiguity,
    acronym,
    vendor: VENDORS.has(compact),
    lowercase: text === text.toLowerCase() && /[a-z]/.test(text),
    innerCapital: false,
    compact,
    requires,
  };
}

/** Builds the token trie over all names, aliases and shortenings of the technologies. */
export function buildDictionary(
  technologies: TechnologyDescriptor[],
): DictionaryLevel {
  const root: DictionaryLevel = new Map();

  const child = (level: DictionaryLevel, key: string): DictionaryNode => {
    const hash = hashKey(key);
    let node = level.get(hash);
    if (!node) {
      node = newNode(key);
      level.set(hash, node);
    }
    while (node.key !== key) node = node.collision ??= newNode(key);
    return node;
  };

  const insert = (keys: string[], entry: DictionaryEntry) => {
    let node = child(root, keys[0]);
    for (const key of keys.slice(1))
      node = child((node.next ??= new Map()), key);
    const entries = (node.entries ??= []);
    const same = entries.find(e => e.technology === entry.technology);
    if (same && same.priority >= entry.priority) return;
    const others = entries.filter(e => e !== same);
    const best = Math.max(entry.priority, ...others.map(e => e.priority));
    if (entry.priority < best) return;
    node.entries = [...others.filter(e => e.priority === best), entry];
  };

  const add = (technology: number, variant: NameVariant, priority: number) => {
    const keys = nameTokens(variant.text);
    const entry = describe(technology, variant, priority, keys);
    if (!entry) return;
    insert(keys, entry);
    const kubernetes = keys.indexOf('kubernetes');
    if (keys.length > 1 && kubernetes >= 0) {
      // `OVN-Kubernetes` written `OVN-K8s`
      insert(
        keys.map((k, i) => (i === kubernetes ? 'k8s' : k)),
        entry,
      );
    }
    if (keys.length > 1 && entry.compact === keys.join('')) {
      // `Argo CD` written `ArgoCD`; but joined words may make another word
      // (`Check Point`, `checkpoint`), so then only `CheckPoint` counts
      const distinctive = keys.some(k => k.length <= 2 || /\d/.test(k));
      insert(
        [entry.compact],
        distinctive
          ? entry
          : {
              ...entry,
              ambiguity: maxAmbiguity(entry.ambiguity, 'word'),
              innerCapital: true,
            },
      );
    }
    const humps = keys.length === 1 ? camelParts(variant.text) : undefined;
    if (humps) {
      // `OpenTelemetry` written `Open Telemetry`
      insert(humps, {
        ...entry,
        ambiguity: maxAmbiguity(entry.ambiguity, 'word'),
        acronym: false,
      });
    }
  };

  // single-word names, whose sub-projects may be named without them (`Kthena` of `Volcano Kthena`)
  const singleWordNames = new Set(
    technologies
      .flatMap(t => [t.name, ...(t.aliases ?? [])])
      .filter(n => /^[\p{L}\p{N}]+$/u.test(n))
      .map(n => n.toLowerCase()),
  );
  const isTechnologyName = (word: string) => singleWordNames.has(word);

  technologies.forEach((technology, index) => {
    const aliases = new Set<string>();
    for (const name of [technology.name, ...(technology.aliases ?? [])]) {
      for (const variant of nameVariants(name, isTechnologyName)) {
        add(index, variant, PRIORITY[variant.kind]);
        if (variant.kind !== 'derived') {
          for (const alias of ALIASES.get(compactName(variant.text)) ?? [])
            aliases.add(alias);
        }
      }
    }
    for (const alias of aliases) {
      add(index, { text: alias, kind: 'name' }, PRIORITY.alias);
      for (const short of shortenings(alias))
        add(index, short, PRIORITY.derived);
    }
  });
  return root;
}
