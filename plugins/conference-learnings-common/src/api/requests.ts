import {
  CompoundEntityRef,
  DEFAULT_NAMESPACE,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { refOfKind } from '../entities/refOfKind';
import {
  CreateLearningRequest,
  CreateTalkLinkRequest,
  MAX_LEARNING_LENGTH,
  MAX_LEARNING_TECHNOLOGIES,
  MAX_LINK_NOTE_LENGTH,
  UpdateLearningRequest,
} from './types';

/*
 * The domain rules of the request bodies of the Conference Learnings API, which
 * the OpenAPI document cannot say: text a database stores exactly as sent, refs
 * of the right kind, lengths after trimming. The backend applies them after the
 * document's own validation (types, required and unknown fields, lengths); the
 * frontend runs them on form input to show the same messages before sending.
 * Each throws an `InputError` (HTTP 400) that says what is wrong, and returns the
 * request normalised (trimmed text, full lower-case entity refs, no duplicates).
 */

/** Length in characters (Unicode code points), so emoji count once. */
function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * Refuses text no database stores as given: NUL characters (Postgres rejects
 * them) and unpaired UTF-16 surrogates (not Unicode; drivers replace them).
 */
function checkStorableText(text: string, field: string): void {
  if (text.includes('\u0000') || /\p{Cs}/u.test(text)) {
    throw new InputError(
      `${field} must not contain NUL characters or unpaired surrogates`,
    );
  }
}

/**
 * Parses an entity ref of a given kind, where kind and namespace may be omitted,
 * with the rules of {@link refOfKind}. Returns the full lower-case ref, e.g.
 * `technology:default/argo`.
 * @public
 */
export function parseRefOfKind(
  value: unknown,
  kind: string,
  field: string,
): string {
  if (typeof value !== 'string' || !value.trim()) {
    throw new InputError(`${field} must be a non-empty entity ref string`);
  }
  const ref = refOfKind(value.trim(), kind, DEFAULT_NAMESPACE);
  if (ref) return stringifyEntityRef(ref);
  // Of another kind, and otherwise well-formed: say which kind it is.
  let other: CompoundEntityRef | undefined;
  try {
    other = parseEntityRef(value.trim(), { defaultKind: kind });
  } catch {
    other = undefined;
  }
  if (
    other &&
    other.kind.toLocaleLowerCase('en-US') !== kind.toLocaleLowerCase('en-US') &&
    refOfKind(value.trim(), other.kind, DEFAULT_NAMESPACE)
  ) {
    throw new InputError(
      `${field} must refer to a ${kind}, not a ${other.kind}: ${value}`,
    );
  }
  throw new InputError(`${field} is not a valid entity ref: ${value}`);
}

function parseOptionalText(
  value: string | null | undefined,
  field: string,
  maxLength: number,
): string | undefined {
  if (value === undefined || value === null) return undefined;
  checkStorableText(value, field);
  const trimmed = value.trim();
  if (characterCount(trimmed) > maxLength) {
    throw new InputError(
      `${field} must be at most ${maxLength} characters long`,
    );
  }
  return trimmed || undefined;
}

function parseLearningBody(value: string): string {
  if (!value.trim()) {
    throw new InputError('body must be a non-empty Markdown string');
  }
  checkStorableText(value, 'body');
  const trimmed = value.trim();
  const length = characterCount(trimmed);
  if (length > MAX_LEARNING_LENGTH) {
    throw new InputError(
      `body must be at most ${MAX_LEARNING_LENGTH} characters long, not ${length}`,
    );
  }
  return trimmed;
}

function parseTechnologyRefs(value: string[]): string[] {
  if (value.length > MAX_LEARNING_TECHNOLOGIES) {
    throw new InputError(
      `technologyRefs may name at most ${MAX_LEARNING_TECHNOLOGIES} technologies`,
    );
  }
  const refs = value.map(item =>
    parseRefOfKind(item, 'Technology', 'technologyRefs'),
  );
  return [...new Set(refs)];
}

/** Applies the domain rules to the body of `POST /entities/{kind}/{namespace}/{name}/links`. @public */
export function parseCreateTalkLinkRequest(
  body: CreateTalkLinkRequest,
): CreateTalkLinkRequest {
  const request: CreateTalkLinkRequest = {
    talkRef: parseRefOfKind(body.talkRef, 'Talk', 'talkRef'),
  };
  const note = parseOptionalText(body.note, 'note', MAX_LINK_NOTE_LENGTH);
  if (note !== undefined) request.note = note;
  return request;
}

/** Applies the domain rules to the body of `POST /talks/{namespace}/{name}/learnings`. @public */
export function parseCreateLearningRequest(
  body: CreateLearningRequest,
): CreateLearningRequest {
  return {
    body: parseLearningBody(body.body),
    technologyRefs:
      body.technologyRefs === undefined
        ? []
        : parseTechnologyRefs(body.technologyRefs),
  };
}

/** Applies the domain rules to the body of `PATCH /learnings/{id}`. @public */
export function parseUpdateLearningRequest(
  body: UpdateLearningRequest,
): UpdateLearningRequest {
  if (body.body === undefined && body.technologyRefs === undefined) {
    throw new InputError('Give body, technologyRefs or both to change');
  }
  const request: UpdateLearningRequest = {};
  if (body.body !== undefined) request.body = parseLearningBody(body.body);
  if (body.technologyRefs !== undefined) {
    request.technologyRefs = parseTechnologyRefs(body.technologyRefs);
  }
  return request;
}
