/**
 * How a technology name is split into the names matched in texts.
 */

/** A name under which a technology can be referred to. */
export interface NameVariant {
  text: string;
  /**
   * How it relates to the full name: `name` for the name itself; `part` for a
   * part the name spells out (an abbreviation in parentheses, one side of
   * `A/B`); `derived` for a shortening (a vendor prefix or a generic suffix dropped).
   */
  kind: 'name' | 'part' | 'derived';
  /** For a shortening that dropped a vendor prefix: that prefix, e.g. `Apache`. */
  prefix?: string;
  /** The prefix is the name of the parent project, e.g. `Volcano` of `Volcano Kthena`. */
  parent?: boolean;
  /** For an abbreviation in parentheses: the name it abbreviates, e.g. `Open Policy Agent`. */
  longName?: string;
}

/** Parenthesised qualifiers that only say where the landscape lists an item. */
const QUALIFIER = /\s*\((?:wasm|member)\)\s*/gi;
const PARENTHESIS = /^(.*?)\s*\(([^()]*)\)\s*(.*)$/;
const FORMERLY = /^(?:formerly|previously|aka)\s+/i;

/**
 * Words that, before a product name, name its vendor or foundation; the rest
 * alone is also the product's name (`Apache Flink` → `Flink`).
 */
const VENDOR_PREFIXES = [
  'apache',
  'eclipse',
  'project',
  'grafana',
  'red hat',
  'netflix',
  'amazon',
  'aws',
  'azure',
  'google',
  'google cloud',
  'alibaba cloud',
  'ibm',
  'ibm cloud',
  'oracle',
  'vmware',
  'kubeflow',
  'sidero',
  'chef',
  'hashicorp',
  'nvidia',
  'microsoft',
  'cloudflare',
  'fermyon',
];

/** Generic last words that the short form of a name leaves out (`Talos Linux` → `Talos`). */
const GENERIC_SUFFIXES = [
  'project',
  'runtime',
  'linux',
  'community',
  'ci',
  'db',
  'io',
  'framework',
];

/** The name without landscape qualifiers such as `(Wasm)` or `(member)`. */
export function baseName(name: string): string {
  return name.replace(QUALIFIER, ' ').replace(/\s+/g, ' ').trim();
}

/** A name reduced to lowercase letters and digits, for comparing spellings. */
export function compactName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, '');
}

function words(name: string): string[] {
  return name.split(/[\s\-_.]+/).filter(Boolean);
}

/**
 * Shortenings of a name without parentheses: without a vendor prefix
 * (`Grafana Loki` → `Loki`, or `Volcano Kthena` → `Kthena` when `volcano` is
 * another technology's name), without a vendor suffix (`KubeDB by AppsCode`)
 * or without a generic last word (`Talos Linux` → `Talos`).
 */
export function shortenings(
  name: string,
  isTechnologyName: (word: string) => boolean = () => false,
): NameVariant[] {
  const out: NameVariant[] = [];
  const lower = name.toLowerCase();
  const firstWord = lower.split(/\s+/)[0];
  for (const prefix of VENDOR_PREFIXES) {
    if (lower.startsWith(`${prefix} `) && lower.length > prefix.length + 1) {
      out.push({
        text: name.slice(prefix.length + 1),
        kind: 'derived',
        prefix: name.slice(0, prefix.length),
      });
    }
  }
  if (
    isTechnologyName(firstWord) &&
    !VENDOR_PREFIXES.includes(firstWord) &&
    lower.length > firstWord.length + 1
  ) {
    const prefix = name.slice(0, firstWord.length);
    out.push({
      text: name.slice(firstWord.length + 1),
      kind: 'derived',
      prefix,
      parent: true,
    });
  }
  const by = name.split(/\s+by\s+/i);
  if (by.length === 2 && by[0]) out.push({ text: by[0], kind: 'derived' });
  const parts = words(name);
  const last = parts[parts.length - 1]?.toLowerCase();
  if (parts.length > 1 && last && GENERIC_SUFFIXES.includes(last)) {
    const text = name
      .slice(0, lower.lastIndexOf(last))
      .replace(/[\s\-_.]+$/, '');
    out.push({ text, kind: 'derived' });
  } else if (parts.length === 1 && /^[a-z]{4,}db$/i.test(name)) {
    out.push({ text: name.slice(0, -2), kind: 'derived' });
  }
  return out.filter(v => v.text.trim().length > 1);
}

/**
 * The names under which a technology with this full name can be referred to,
 * e.g. `Open Policy Agent (OPA)` → `Open Policy Agent (OPA)`, `Open Policy Agent`, `OPA`;
 * `Citrix ADC (formerly NetScaler ADC)` → … `Citrix ADC`, `NetScaler ADC`;
 * `Apache Flink` → … `Flink` (derived). See {@link shortenings} for `isTechnologyName`.
 */
export function nameVariants(
  fullName: string,
  isTechnologyName?: (word: string) => boolean,
): NameVariant[] {
  const seen = new Set<string>();
  const out: NameVariant[] = [];
  const add = (variant: NameVariant) => {
    const text = variant.text.trim();
    const key = compactName(text);
    if (!key || seen.has(key)) return;
    seen.add(key);
    out.push({ ...variant, text });
  };
  const base = baseName(fullName);
  add({ text: base, kind: 'name' });
  const paren = PARENTHESIS.exec(base);
  const outside = paren ? `${paren[1]} ${paren[3]}`.trim() : base;
  add({ text: outside, kind: 'name' });
  for (const part of outside.split('/')) add({ text: part, kind: 'part' });
  if (paren) {
    const inside = paren[2].replace(FORMERLY, '');
    for (const part of inside.split('/')) {
      add({ text: part, kind: 'part', longName: outside });
    }
  }
  for (const variant of out.filter(v => !v.text.includes('('))) {
    for (const short of shortenings(variant.text, isTechnologyName)) add(short);
  }
  return out;
}
