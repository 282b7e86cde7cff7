import { Document, isMap, isScalar, isSeq, LineCounter, Node } from 'yaml';

/** A path into an entity: keys of objects and indexes of arrays. */
export type FieldPath = Array<string | number>;

/**
 * The field that a validation message starts with, e.g. `spec.speakers[0].name` of
 * `spec.speakers[0].name is required`, as a path; `undefined` when the message does
 * not start with one.
 */
export function fieldPathOf(message: string): FieldPath | undefined {
  const match =
    /^([A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*|\[\d+\])*)(?=\s)/.exec(message);
  if (!match) {
    return undefined;
  }
  return [...match[1].matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(part =>
    part[2] !== undefined ? Number(part[2]) : part[1],
  );
}

/** Offset of the document's first node, or of the document itself when it has none. */
function documentStart(doc: Document): number {
  return (doc.contents as Node | null)?.range?.[0] ?? doc.range?.[0] ?? 0;
}

/**
 * The 1-based line of the deepest node on `path` that the document has: the line of
 * the field's key in a mapping, of the item in a sequence; for a field that is missing,
 * the line of its closest parent; the document's first line when none of it exists.
 */
export function lineOfPath(
  doc: Document,
  lineCounter: LineCounter,
  path: FieldPath = [],
): number {
  let node: unknown = doc.contents;
  let offset = documentStart(doc);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        item => (isScalar(item.key) ? item.key.value : item.key) === key,
      );
      const at = (pair?.key as Node | undefined)?.range?.[0];
      if (!pair || at === undefined) break;
      offset = at;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      const at = item?.range?.[0];
      if (at === undefined) break;
      offset = at;
      node = item;
    } else {
      break;
    }
  }
  return lineCounter.linePos(offset).line;
}

/** The 1-based line where a document's content starts. */
export function lineOfDocument(doc: Document, lineCounter: LineCounter) {
  return lineCounter.linePos(documentStart(doc)).line;
}
