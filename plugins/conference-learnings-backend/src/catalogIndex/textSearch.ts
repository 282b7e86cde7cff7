/**
 * Splits text into search tokens: Unicode letters and digits, lower-cased, with
 * diacritics removed (`Kubernetes-Operatoren` → `kubernetes`, `operatoren`).
 */
export function tokenize(text: string): string[] {
  // Most text is ASCII: skip the Unicode normalisation then.
  const folded = /^\p{ASCII}*$/u.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLocaleLowerCase('en-US');
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A field of a document and how much a match in it counts. */
export interface SearchField {
  text: string | undefined;
  weight: number;
}

/** Query terms of at least this length also match longer tokens they start. */
const MIN_PREFIX_LENGTH = 3;
/** At most this many tokens are expanded from one prefix. */
const MAX_PREFIX_EXPANSION = 256;
/** A prefix match counts this much of an exact one. */
const PREFIX_FACTOR = 0.8;

/**
 * An inverted index (token → ids of the documents containing it, with the largest
 * field weight the token has in each) over a fixed set of documents, numbered
 * 0..n-1. A query matches the documents that contain every query term (AND);
 * terms of 3+ characters also match tokens they are a prefix of, so `kube argo`
 * finds "Argo CD on Kubernetes". Scores add the weights of the matched terms.
 */
export class TextSearchIndex {
  private readonly tokens: string[];
  private readonly postings: Map<
    string,
    { ids: Int32Array; weights: Float32Array }
  >;

  private readonly documentCount: number;

  static build(documents: SearchField[][]): TextSearchIndex {
    // Token → [id, weight, id, weight, …]; documents come in id order, so every
    // list is sorted by id as it grows.
    const lists = new Map<string, number[]>();
    const best = new Map<string, number>();
    documents.forEach((fields, id) => {
      best.clear();
      for (const { text, weight } of fields) {
        if (!text) continue;
        for (const token of tokenize(text)) {
          if ((best.get(token) ?? 0) < weight) best.set(token, weight);
        }
      }
      for (const [token, weight] of best) {
        let list = lists.get(token);
        if (!list) {
          list = [];
          lists.set(token, list);
        }
        list.push(id, weight);
      }
    });
    const postings = new Map<
      string,
      { ids: Int32Array; weights: Float32Array }
    >();
    for (const [token, list] of lists) {
      const ids = new Int32Array(list.length / 2);
      const weights = new Float32Array(list.length / 2);
      for (let i = 0; i < ids.length; i++) {
        ids[i] = list[2 * i];
        weights[i] = list[2 * i + 1];
      }
      postings.set(token, { ids, weights });
    }
    return new TextSearchIndex(postings, documents.length);
  }

  private constructor(
    postings: Map<string, { ids: Int32Array; weights: Float32Array }>,
    documentCount: number,
  ) {
    this.postings = postings;
    this.documentCount = documentCount;
    this.tokens = [...postings.keys()].sort();
  }

  /** Index of the first token that is not less than `prefix`. */
  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tokens[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The best weight of each document for one term (0 = no match), and the matching ids. */
  private matchTerm(term: string): { scores: Float32Array; ids: number[] } {
    const scores = new Float32Array(this.documentCount);
    const ids: number[] = [];
    const add = (token: string, factor: number) => {
      const posting = this.postings.get(token);
      if (!posting) return;
      const { ids: docs, weights } = posting;
      for (let i = 0; i < docs.length; i++) {
        const score = weights[i] * factor;
        const doc = docs[i];
        if (scores[doc] === 0) ids.push(doc);
        if (scores[doc] < score) scores[doc] = score;
      }
    };
    add(term, 1);
    if (term.length >= MIN_PREFIX_LENGTH) {
      let expanded = 0;
      for (
        let i = this.lowerBound(term);
        i < this.tokens.length &&
        this.tokens[i].startsWith(term) &&
        expanded < MAX_PREFIX_EXPANSION;
        i++
      ) {
        if (this.tokens[i] !== term) {
          add(this.tokens[i], PREFIX_FACTOR);
          expanded++;
        }
      }
    }
    return { scores, ids };
  }

  /**
   * Documents matching every term of `query`, with their scores (parallel
   * arrays); `undefined` when the query has no terms (so it filters nothing).
   */
  search(query: string): { ids: Int32Array; scores: Float64Array } | undefined {
    const terms = [...new Set(tokenize(query))];
    if (terms.length === 0) return undefined;
    const perTerm = terms
      .map(term => this.matchTerm(term))
      .sort((a, b) => a.ids.length - b.ids.length);
    const [smallest, ...rest] = perTerm;
    const ids: number[] = [];
    const scores: number[] = [];
    for (const id of smallest.ids) {
      let total = smallest.scores[id];
      let matchesAll = true;
      for (const other of rest) {
        const s = other.scores[id];
        if (s === 0) {
          matchesAll = false;
          break;
        }
        total += s;
      }
      if (matchesAll) {
        ids.push(id);
        scores.push(total);
      }
    }
    return { ids: Int32Array.from(ids), scores: Float64Array.from(scores) };
  }
}
