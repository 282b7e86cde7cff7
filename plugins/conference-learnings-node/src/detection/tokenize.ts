import * as fnv from './fnv1a';

/**
 * FNV-1a, read from its module once. Transpiled to CommonJS (the benchmarks,
 * tests and `backstage-cli package start`), each call of an imported function
 * goes through a getter, which kept V8 from inlining it in the scan of
 * {@link tokenize}: matching the 880 talks of KubeCon EU 2026 took 18 ms
 * instead of 11 ms.
 */
const { fnv1a, FNV1A_OFFSET_BASIS } = fnv;

/**
 * The word tokens of a text: maximal runs of letters and digits, plus the
 * forms `C++`, `C#` and `.NET` that technology names use. Links are skipped.
 *
 * For speed, tokens are not turned into strings while scanning: each gets a
 * 32-bit hash of its lowercased text, which is what the dictionary is keyed
 * by; {@link Tokens.key} makes the string when a hash is found.
 */
export interface Tokens {
  /** Offset of each token's first character. */
  starts: Int32Array;
  /** Offset after each token's last character. */
  ends: Int32Array;
  /** Hash of each token's lowercased text, see {@link hashKey}. */
  hashes: Int32Array;
  /** Offsets of the last lowercase-to-capital step inside tokens (`MultiKueue`), by token index. */
  capitalSteps: Map<number, number>;
  /** The lowercased text of token `index`. */
  key(index: number): string;
}

/** Hashes are cut to 30 bits, which V8 stores unboxed. */
const SMALL_INTEGER = 0x3fffffff;
const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

/** Lowercase code of a non-ASCII character if it is a letter or digit, else -1. */
function nonAsciiCode(text: string, index: number): number {
  const char = text[index];
  return NON_ASCII_WORD.test(char) ? char.toLowerCase().charCodeAt(0) : -1;
}

/** Lowercase code of a token character, or -1 if the character is no token character. */
function wordCode(text: string, index: number): number {
  const c = text.charCodeAt(index);
  if (c >= 97 && c <= 122) return c; // a-z
  if (c >= 65 && c <= 90) return c + 32; // A-Z
  if (c >= 48 && c <= 57) return c; // 0-9
  return c < 128 || Number.isNaN(c) ? -1 : nonAsciiCode(text, index);
}

/** The hash that {@link tokenize} gives a token with this (lowercased) text. */
export function hashKey(key: string): number {
  let hash = FNV1A_OFFSET_BASIS;
  for (let i = 0; i < key.length; i++) hash = fnv1a(hash, key.charCodeAt(i));
  return hash & SMALL_INTEGER;
}

/** The hash of the lowercased text from `start` to `end`, as {@link tokenize} hashes tokens. */
export function hashRange(text: string, start: number, end: number): number {
  let hash = FNV1A_OFFSET_BASIS;
  for (let i = start; i < end; i++) {
    const code = wordCode(text, i);
    hash = fnv1a(hash, code < 0 ? text.charCodeAt(i) : code);
  }
  return hash & SMALL_INTEGER;
}

/** Whether the text from `start` to `end`, lowercased, is `key`; without making a string. */
export function rangeEquals(
  text: string,
  start: number,
  end: number,
  key: string,
): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) {
    const code = wordCode(text, start + i);
    if ((code < 0 ? text.charCodeAt(start + i) : code) !== key.charCodeAt(i))
      return false;
  }
  return true;
}

/** Whether a link starts at a token starting with `code` (lowercase `h` or `w`). */
function isUrlStart(text: string, index: number, code: number): boolean {
  if (code === 104 /* h */) {
    const colon = text.charCodeAt(index + 4) === 58 ? 4 : 5;
    return (
      text.startsWith('://', index + colon) &&
      /^https?$/i.test(text.slice(index, index + colon))
    );
  }
  return (
    code === 119 /* w */ &&
    text.charCodeAt(index + 3) === 46 &&
    text.slice(index, index + 4).toLowerCase() === 'www.'
  );
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** Buffers that {@link tokenize} fills, reused from call to call. */
let buffers = {
  starts: new Int32Array(1024),
  ends: new Int32Array(1024),
  hashes: new Int32Array(1024),
};

/**
 * Splits a text into word tokens in one pass, keeping their offsets into the
 * text. The tokens are valid until the next call: their arrays are reused.
 */
export function tokenize(text: string): Tokens {
  const length = text.length;
  const capacity = (length >> 1) + 2; // a token and a separator take 2 characters
  if (buffers.starts.length < capacity) {
    buffers = {
      starts: new Int32Array(capacity * 2),
      ends: new Int32Array(capacity * 2),
      hashes: new Int32Array(capacity * 2),
    };
  }
  const { starts, ends, hashes } = buffers;
  const capitalSteps = new Map<number, number>();
  let count = 0;
  let i = 0;
  while (i < length) {
    let raw = text.charCodeAt(i);
    let code = raw;
    if (raw >= 97 && raw <= 122) code = raw; // a-z
    else if (raw >= 65 && raw <= 90) code = raw + 32; // A-Z
    else if (raw < 48 || raw > 57) {
      code = raw < 128 ? -1 : nonAsciiCode(text, i);
      if (code < 0) {
        i++;
        continue;
      }
    }
    if ((code === 104 || code === 119) && isUrlStart(text, i, code)) {
      while (i < length && !isSpace(text.charCodeAt(i))) i++;
      continue;
    }
    let start = i;
    let hash = FNV1A_OFFSET_BASIS;
    // `.NET`: a dot glued to the word but not to a word before it
    if (
      start > 0 &&
      text.charCodeAt(start - 1) === 46 &&
      (start < 2 || wordCode(text, start - 2) < 0)
    ) {
      start--;
      hash = fnv1a(hash, 46);
    }
    let step = -1;
    for (;;) {
      hash = fnv1a(hash, code);
      if (++i >= length) break;
      raw = text.charCodeAt(i);
      if (raw >= 97 && raw <= 122) code = raw;
      else if (raw >= 65 && raw <= 90) {
        code = raw + 32;
        const previous = text.charCodeAt(i - 1);
        if (previous >= 97 && previous <= 122) step = i;
      } else if (raw >= 48 && raw <= 57) code = raw;
      else {
        code = raw < 128 ? -1 : nonAsciiCode(text, i);
        if (code < 0) break;
      }
    }
    // `C++`, `C#`, `F#`: a single letter followed by + or #
    if (i - start === 1) {
      for (
        let c = text.charCodeAt(i);
        c === 43 || c === 35;
        c = text.charCodeAt(++i)
      ) {
        hash = fnv1a(hash, c);
      }
    }
    if (step >= 0) capitalSteps.set(count, step);
    starts[count] = start;
    ends[count] = i;
    hashes[count++] = hash & SMALL_INTEGER;
  }
  const key = (index: number) =>
    text.slice(starts[index], ends[index]).toLowerCase();
  return {
    starts: starts.subarray(0, count),
    ends: ends.subarray(0, count),
    hashes: hashes.subarray(0, count),
    capitalSteps,
    key,
  };
}

const NAME_TOKEN =
  /(?<![\p{L}\p{N}])\.[\p{L}\p{N}]+|(?<![\p{L}\p{N}])[\p{L}\p{N}][+#]+|[\p{L}\p{N}]+/gu;

/**
 * The lowercased tokens of a technology name, exactly as {@link tokenize}
 * splits text. A separate function, so that {@link tokenize} only ever sees
 * the texts it matches and stays fast.
 */
export function nameTokens(name: string): string[] {
  return (name.match(NAME_TOKEN) ?? []).map(token => token.toLowerCase());
}
