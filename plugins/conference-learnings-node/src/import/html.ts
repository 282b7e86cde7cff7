import { decodeHTMLStrict } from 'entities';

/** Elements that end a paragraph, or a line for `br` and list items. */
const BLOCK_ELEMENTS =
  'p|div|section|article|header|footer|blockquote|pre|h[1-6]|ul|ol|table|tr|hr';
const INLINE_ELEMENTS =
  'a|abbr|b|big|code|del|em|font|i|img|ins|kbd|mark|q|s|small|span|strike|strong|sub|sup|td|th|tbody|thead|u|wbr|iframe|center';
const attributes = `(?:\\s[^<>]*)?`;
const BLOCK_TAG = new RegExp(`</?(?:${BLOCK_ELEMENTS})${attributes}/?>`, 'gi');
const LINE_BREAK_TAG = new RegExp(`<br${attributes}/?>`, 'gi');
const LIST_ITEM_TAG = new RegExp(`<li${attributes}>`, 'gi');
const OTHER_TAG = new RegExp(
  `</?(?:${INLINE_ELEMENTS}|li|br)${attributes}/?>`,
  'gi',
);
const ANY_TAG = new RegExp(
  `</?(?:${BLOCK_ELEMENTS}|${INLINE_ELEMENTS}|li|br)${attributes}/?>`,
  'i',
);

/**
 * The HTML without its comments. Scans once, also where an unclosed `<!--` is
 * followed by many more, which a lazy regex would rescan to the end each time.
 */
function withoutComments(html: string): string {
  let text = '';
  let last = 0;
  for (;;) {
    const start = html.indexOf('<!--', last);
    const end = start < 0 ? -1 : html.indexOf('-->', start + 4);
    if (end < 0) {
      return text + html.slice(last);
    }
    text += html.slice(last, start);
    last = end + 3;
  }
}

/**
 * The HTML without its `<script>` and `<style>` elements, content included, in one
 * scan: once an element is not closed, no later one of its kind can be.
 */
function withoutScripts(html: string): string {
  const open = /<(script|style)\b/gi;
  const unclosed = new Set<string>();
  let text = '';
  let last = 0;
  for (let match = open.exec(html); match; match = open.exec(html)) {
    const tag = match[1].toLowerCase();
    if (unclosed.has(tag)) {
      continue;
    }
    const close = new RegExp(`</${tag}\\s*>`, 'gi');
    close.lastIndex = open.lastIndex;
    if (!close.exec(html)) {
      unclosed.add(tag);
      continue;
    }
    text += html.slice(last, match.index);
    last = open.lastIndex = close.lastIndex;
  }
  return text + html.slice(last);
}

/**
 * Turns HTML into plain text: known HTML tags are removed, block elements become
 * paragraph breaks (blank lines), `<br>` a line break and `<li>` a `- ` list item.
 * Character references are decoded by `entities` as the HTML standard says, those
 * with a semicolon only (`&amp;`, `&hellip;`, `&#x2019;`, but not the `&copy` of
 * `?a=1&copy=2`). Anything that is not a known HTML tag, such as Markdown or a
 * `<placeholder>`, is left as it is.
 */
export function htmlToText(html: string): string {
  const text = withoutScripts(withoutComments(html))
    .replace(BLOCK_TAG, '\n\n')
    .replace(LINE_BREAK_TAG, '\n')
    .replace(LIST_ITEM_TAG, '\n- ')
    .replace(OTHER_TAG, '');
  return decodeHTMLStrict(text);
}

/** Zero-width and other invisible characters that schedules carry by accident. */
const INVISIBLE = /[\u200b-\u200f\u2028\u2029\u2060\ufeff\ufffc]/g;

/**
 * Plain text on one line: HTML removed and decoded, whitespace (also non-breaking)
 * collapsed, invisible characters dropped. Returns `undefined` when nothing is left.
 */
export function cleanLine(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') {
    return undefined;
  }
  const text = htmlToText(String(value))
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}

/**
 * Text that must never be re-separated: URLs, e-mail-like tokens and inline code. An
 * e-mail-like token is matched from its start only, so that a long word without `@` is
 * scanned once rather than from each of its characters.
 */
const PROTECTED = /https?:\/\/\S+|`[^`\n]*`|(?<!\S)\S+@\S+/g;

/**
 * Re-inserts the paragraph breaks that scrapers lose between HTML paragraphs, as in
 * `…for Developer Portals.We'll show…`: a sentence end directly followed by a
 * capitalised word (also in Markdown bold) becomes a blank line. Abbreviations (`U.S.`,
 * `e.g.`), versions (`v1.2`), names (`Node.js`, `ASP.NET`, `Slim.AI`) and URLs are left
 * alone.
 */
function separateGluedParagraphs(text: string): string {
  const glued =
    /([\p{L}\p{N})\]"'”’])([.!?…]+)(?=(?:\*\*)?(?:\p{Lu}\p{Ll}|[AI]\s|\p{Lu}{2}))/gu;
  const separate = (part: string) =>
    part.replace(
      glued,
      (match, before: string, end: string, offset: number) => {
        // a few characters suffice for the tests below; slicing the rest, or
        // everything before, at each match would make long texts take quadratic time
        const next = part
          .slice(offset + match.length, offset + match.length + 8)
          .replace(/^\*\*/, '');
        // Upper case on both sides is a name such as ASP.NET, not a sentence end;
        // so is a company's domain such as Slim.AI or Cast.AI.
        if (
          (/^\p{Lu}$/u.test(before) && !/^\p{Lu}\p{Ll}/u.test(next)) ||
          (end === '.' && /^(?:AI|IO|NET|DEV|APP|COM)\b/.test(next))
        ) {
          return match;
        }
        // A single letter before the dot is an abbreviation: U.S.Army, e.g.The
        const word = /\p{L}+$/u.exec(
          part.slice(Math.max(0, offset - 2), offset + 1),
        );
        if (word && word[0].length === 1) {
          return match;
        }
        return `${before}${end}\n\n`;
      },
    );
  let result = '';
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    result += separate(text.slice(last, match.index)) + match[0];
    last = match.index! + match[0].length;
  }
  return result + separate(text.slice(last));
}

/**
 * Normalises a talk abstract: HTML becomes text with paragraph breaks as blank lines
 * (whitespace in HTML is collapsed, as a browser would); plain text and Markdown keep
 * their line breaks and indentation. Entities are decoded, glued paragraphs
 * re-separated, a trailing `...Read More →` cut-off dropped. Returns `undefined` when
 * nothing is left.
 */
export function cleanDescription(value: unknown): string | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const isHtml = ANY_TAG.test(value);
  const plain = isHtml
    ? htmlToText(value.replace(/\s+/g, ' '))
    : decodeHTMLStrict(value);
  const withoutCutOff = plain.replace(
    /(?<!\s)\s*(?:\.{3}|…)\s*Read More\s*→?\s*$/i,
    '…',
  );
  const text = separateGluedParagraphs(withoutCutOff)
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map(line => (isHtml ? line.trim() : line.trimEnd()))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text || undefined;
}

/**
 * The text without the emoji and symbols that decorate it in front (`📚 Tutorials`),
 * unless nothing else is left.
 */
export function withoutLeadingSymbols(text: string): string;
export function withoutLeadingSymbols(
  text: string | undefined,
): string | undefined;
export function withoutLeadingSymbols(text: string | undefined) {
  const stripped = text?.replace(
    /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200d\s]+/u,
    '',
  );
  return stripped || text;
}
