import { DEFAULT_SCHEMA, load, Type } from 'js-yaml';

/** Deeper nesting than this is no manifest a person wrote; it is refused before parsing. */
const MAX_YAML_NESTING = 64;

/**
 * Compose's merge tags (`!reset`, `!override`) on any kind of node, read as
 * the plain value they tag.
 */
const COMPOSE_TAGS = ['!reset', '!override'].flatMap(tag =>
  (['scalar', 'sequence', 'mapping'] as const).map(
    kind => new Type(tag, { kind, construct: (data: unknown) => data }),
  ),
);
const MANIFEST_SCHEMA = DEFAULT_SCHEMA.extend(COMPOSE_TAGS);

/**
 * How deep a YAML text nests, by indentation of block lines and by brackets of
 * flow collections: a linear scan, so that hostile input is refused before the
 * (recursive) parser sees it.
 */
function nestingOf(text: string): number {
  let deepest = 0;
  const indents: number[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let at = start;
    while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
    if (at < end && text[at] !== '#' && text[at] !== '\r') {
      const indent = at - start;
      while (indents.length && indents[indents.length - 1] >= indent) {
        indents.pop();
      }
      indents.push(indent);
      deepest = Math.max(deepest, indents.length);
      let brackets = 0;
      for (; at < end; at++) {
        const char = text.charCodeAt(at);
        if (char === 91 || char === 123) {
          // [ or {
          brackets++;
          deepest = Math.max(deepest, indents.length + brackets);
        } else if ((char === 93 || char === 125) && brackets > 0) {
          // ] or }
          brackets--;
        }
      }
    }
    start = end + 1;
  }
  return deepest;
}

/**
 * One YAML document, parsed for reading manifests with js-yaml (about ten
 * times faster than `yaml` on our Compose files, `scripts/repository/benchmark.ts`):
 * an alias is the same object as its anchor, never a copy (no "billion
 * laughs"), nesting is bounded, a repeated key keeps its last value, and
 * Compose's `!reset`/`!override` read as plain values. Throws on anything
 * else, such as an unknown tag.
 */
export function parseYamlDocument(text: string): unknown {
  const nesting = nestingOf(text);
  if (nesting > MAX_YAML_NESTING) {
    throw new Error(`nested ${nesting} levels deep`);
  }
  return load(text, { schema: MANIFEST_SCHEMA, json: true });
}
