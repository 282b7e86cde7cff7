import { isDeepStrictEqual } from 'node:util';
import { InputError } from '@backstage/errors';
import {
  Document,
  isMap,
  isSeq,
  LineCounter,
  Node,
  parseAllDocuments,
  stringify,
  YAMLMap,
} from 'yaml';
import { isTalkEntity } from '@conference-learnings/plugin-conference-learnings-common';
import { entityLabel } from './entityShape';
import { missingTechnologies, TechnologyDetector } from './technologies';
import { lineOfDocument, lineOfPath } from './yamlLocations';

type CatalogEntity = Parameters<typeof isTalkEntity>[0];

/** What {@link tagDocuments} did. */
export interface TagResult {
  /** The YAML with the technologies added; the input itself when nothing was added. */
  text: string;
  /** Talk documents seen. */
  talks: number;
  /** Talks that got at least one technology. */
  taggedTalks: number;
  /** Technology refs added, over all talks. */
  added: number;
}

interface Insertion {
  offset: number;
  text: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The text between the start of the line holding `offset` and `offset`. */
function linePrefix(text: string, offset: number): string {
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
}

/** The offset after the line break that ends the line of the node ending at `end`. */
function afterLine(text: string, end: number): number | undefined {
  const lineBreak = text.indexOf('\n', Math.max(0, end - 1));
  return lineBreak < 0 ? undefined : lineBreak + 1;
}

const ITEM_PREFIX = /^[ \t]*-[ \t]+$/;

/** `    - ` of the first block sequence among the map's values, if any. */
function siblingItemPrefix(map: YAMLMap, text: string): string | undefined {
  for (const pair of map.items) {
    if (isSeq(pair.value) && !pair.value.flow && pair.value.items.length) {
      const start = (pair.value.items[0] as Node).range?.[0];
      const prefix = start === undefined ? '' : linePrefix(text, start);
      if (ITEM_PREFIX.test(prefix)) return prefix;
    }
  }
  return undefined;
}

/**
 * The text to insert into the source so that the talk's `spec.technologies` lists
 * `refs` too, touching nothing else: new items after the last existing one, in its
 * style, or a new `technologies:` block after the last field of `spec`. `undefined`
 * when the source is laid out in a way this does not handle (flow collections …).
 */
function planInsertion(
  doc: Document,
  text: string,
  refs: string[],
  eol: string,
): Insertion | undefined {
  const spec = doc.get('spec', true);
  if (!isMap(spec) || spec.flow || spec.items.length === 0) return undefined;
  const items = (prefix: string) =>
    refs
      .map(
        ref => `${prefix}${stringify(ref, { lineWidth: 0 }).trimEnd()}${eol}`,
      )
      .join('');
  const technologies = spec.get('technologies', true);

  if (technologies === undefined) {
    const firstKey = spec.items[0].key as Node;
    const start = firstKey?.range?.[0];
    const last = spec.items[spec.items.length - 1];
    const end = ((last.value ?? last.key) as Node | null)?.range?.[1];
    if (start === undefined || end === undefined) return undefined;
    const indent = linePrefix(text, start);
    if (!/^[ \t]*$/.test(indent)) return undefined;
    const prefix = siblingItemPrefix(spec, text) ?? `${indent}  - `;
    const block = `${indent}technologies:${eol}${items(prefix)}`;
    const offset = afterLine(text, end);
    return offset === undefined
      ? { offset: text.length, text: `${eol}${block}` }
      : { offset, text: block };
  }

  if (isSeq(technologies) && !technologies.flow && technologies.items.length) {
    const start = (technologies.items[0] as Node).range?.[0];
    const end = (technologies.items[technologies.items.length - 1] as Node)
      .range?.[1];
    if (start === undefined || end === undefined) return undefined;
    const prefix = linePrefix(text, start);
    if (!ITEM_PREFIX.test(prefix)) return undefined;
    const offset = afterLine(text, end);
    return offset === undefined
      ? { offset: text.length, text: `${eol}${items(prefix)}` }
      : { offset, text: items(prefix) };
  }
  return undefined;
}

/** Whether `text` holds the same documents, with the same content, as `docs`. */
function sameDocuments(text: string, docs: Document[]): boolean {
  const reparsed = parseAllDocuments(text);
  return (
    reparsed.length === docs.length &&
    reparsed.every(
      (doc, i) =>
        doc.errors.length === 0 &&
        isDeepStrictEqual(doc.toJS(), docs[i].toJS()),
    )
  );
}

/**
 * Adds the technologies that the detector finds in each Talk's `metadata.title` and
 * `metadata.description` to its `spec.technologies`: existing entries stay, missing ones
 * are appended, none twice. Works on the YAML documents (the `yaml` Document API), so
 * comments, key order and the other documents are preserved; where possible only the
 * new lines are inserted into the source, so that nothing else changes at all. Other
 * documents, and Talks that get nothing new, are left exactly as they were.
 *
 * @throws InputError naming `source` and the line, for YAML that does not parse (or
 * whose aliases expand too far) or a Talk whose `spec` or `spec.technologies` is of
 * the wrong type; naming `source`, for an empty file.
 */
export function tagDocuments(
  text: string,
  detect: TechnologyDetector,
  source: string,
): TagResult {
  if (!text.trim()) {
    throw new InputError(`${source}: the file is empty`);
  }
  const lineCounter = new LineCounter();
  const docs: Document[] = parseAllDocuments(text, { lineCounter });
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const result: TagResult = { text, talks: 0, taggedTalks: 0, added: 0 };
  const insertions: Insertion[] = [];
  let surgical = true;

  for (const doc of docs) {
    const [error] = doc.errors;
    if (error) {
      const line = error.linePos?.[0]?.line ?? lineOfDocument(doc, lineCounter);
      throw new InputError(
        `${source}:${line}: YAML: ${error.message.split('\n')[0]}`,
      );
    }
    let entity: unknown = null;
    try {
      entity = doc.contents === null ? null : doc.toJS();
    } catch (toJsError) {
      // e.g. aliases expanding beyond reason (a "billion laughs" document)
      throw new InputError(
        `${source}:${lineOfDocument(doc, lineCounter)}: YAML: ${
          (toJsError as Error).message
        }`,
      );
    }
    if (
      !isObject(entity) ||
      typeof entity.kind !== 'string' ||
      !isTalkEntity(entity as CatalogEntity)
    ) {
      continue;
    }
    result.talks += 1;
    const fail = (field: string, message: string) =>
      new InputError(
        `${source}:${lineOfPath(
          doc,
          lineCounter,
          field.split('.'),
        )}: ${entityLabel(entity)}: ${field} ${message}`,
      );
    const metadata = isObject(entity.metadata) ? entity.metadata : {};
    const spec = entity.spec ?? {};
    if (!isObject(spec)) throw fail('spec', 'must be an object');
    const current = spec.technologies ?? [];
    if (!Array.isArray(current)) {
      throw fail('spec.technologies', 'must be a list of technology refs');
    }
    const title = [metadata.title, metadata.name].find(
      (value): value is string => typeof value === 'string',
    );
    const description =
      typeof metadata.description === 'string'
        ? metadata.description
        : undefined;
    const namespace =
      typeof metadata.namespace === 'string' ? metadata.namespace : 'default';
    const missing = missingTechnologies(
      current.map(String),
      title ? detect(title, description) : [],
      namespace,
    );
    if (missing.length === 0) continue;
    result.taggedTalks += 1;
    result.added += missing.length;

    const insertion = surgical
      ? planInsertion(doc, text, missing, eol)
      : undefined;
    if (insertion) insertions.push(insertion);
    else surgical = false;

    const node = doc.getIn(['spec', 'technologies'], true);
    if (isSeq(node)) {
      node.items.push(...missing.map(ref => doc.createNode(ref)));
    } else {
      doc.setIn(['spec', 'technologies'], [...current.map(String), ...missing]);
    }
  }

  if (result.added === 0) return result;
  if (surgical) {
    let patched = text;
    for (const { offset, text: inserted } of insertions.sort(
      (a, b) => b.offset - a.offset,
    )) {
      patched = patched.slice(0, offset) + inserted + patched.slice(offset);
    }
    if (sameDocuments(patched, docs)) {
      return { ...result, text: patched };
    }
  }
  const serialised = docs.map(doc => String(doc)).join('');
  return {
    ...result,
    text: eol === '\n' ? serialised : serialised.replace(/\r?\n/g, eol),
  };
}
