import {
  CompoundEntityRef,
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  CreateLearningRequest,
  CreateTalkLinkRequest,
  MAX_LEARNING_LENGTH,
  MAX_LEARNING_TECHNOLOGIES,
  MAX_LINK_NOTE_LENGTH,
  UpdateLearningRequest,
} from './types';

/*
 * Parsers of the request bodies of the Conference Learnings API. The backend
 * validates every request with them; the frontend can run them on form input to
 * show the same messages before sending. Each throws an `InputError` (HTTP 400)
 * that says what is wrong, and returns the request normalised (trimmed text,
 * full lower-case entity refs, no duplicates).
 */

const validator = makeValidator();

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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkObject(
  value: unknown,
  allowed: string[],
): Record<string, unknown> {
  if (!isPlainObject(value)) {
    throw new InputError('The request body must be a JSON object');
  }
  const unknown = Object.keys(value).filter(key => !allowed.includes(key));
  if (unknown.length) {
    throw new InputError(
      `Unknown field ${unknown.join(', ')}; allowed: ${allowed.join(', ')}`,
    );
  }
  return value;
}

/**
 * Parses an entity ref of a given kind, where kind and namespace may be omitted.
 * Returns the full lower-case ref, e.g. `technology:default/argo`.
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
  let ref: CompoundEntityRef;
  try {
    ref = parseEntityRef(value.trim(), {
      defaultKind: kind,
      defaultNamespace: 'default',
    });
  } catch {
    throw new InputError(`${field} is not a valid entity ref: ${value}`);
  }
  if (
    !validator.isValidKind(ref.kind) ||
    !validator.isValidNamespace(ref.namespace.toLocaleLowerCase('en-US')) ||
    !validator.isValidEntityName(ref.name)
  ) {
    throw new InputError(`${field} is not a valid entity ref: ${value}`);
  }
  if (ref.kind.toLocaleLowerCase('en-US') !== kind.toLocaleLowerCase('en-US')) {
    throw new InputError(
      `${field} must refer to a ${kind}, not a ${ref.kind}: ${value}`,
    );
  }
  return stringifyEntityRef(ref);
}

function parseOptionalText(
  value: unknown,
  field: string,
  maxLength: number,
): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    throw new InputError(`${field} must be a string`);
  }
  checkStorableText(value, field);
  const trimmed = value.trim();
  if (characterCount(trimmed) > maxLength) {
    throw new InputError(
      `${field} must be at most ${maxLength} characters long`,
    );
  }
  return trimmed || undefined;
}

function parseLearningBody(value: unknown): string {
  if (typeof value !== 'string' || !value.trim()) {
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

function parseTechnologyRefs(value: unknown): string[] {
  if (!Array.isArray(value)) {
    throw new InputError('technologyRefs must be an array of technology refs');
  }
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

/** Parses the body of `POST /entities/{kind}/{namespace}/{name}/links`. @public */
export function parseCreateTalkLinkRequest(
  body: unknown,
): CreateTalkLinkRequest {
  const value = checkObject(body, ['talkRef', 'note']);
  const request: CreateTalkLinkRequest = {
    talkRef: parseRefOfKind(value.talkRef, 'Talk', 'talkRef'),
  };
  const note = parseOptionalText(value.note, 'note', MAX_LINK_NOTE_LENGTH);
  if (note !== undefined) request.note = note;
  return request;
}

/** Parses the body of `POST /talks/{namespace}/{name}/learnings`. @public */
export function parseCreateLearningRequest(
  body: unknown,
): CreateLearningRequest {
  const value = checkObject(body, ['body', 'technologyRefs']);
  return {
    body: parseLearningBody(value.body),
    technologyRefs:
      value.technologyRefs === undefined
        ? []
        : parseTechnologyRefs(value.technologyRefs),
  };
}

/** Parses the body of `PATCH /learnings/{id}`. @public */
export function parseUpdateLearningRequest(
  body: unknown,
): UpdateLearningRequest {
  const value = checkObject(body, ['body', 'technologyRefs']);
  if (value.body === undefined && value.technologyRefs === undefined) {
    throw new InputError('Give body, technologyRefs or both to change');
  }
  const request: UpdateLearningRequest = {};
  if (value.body !== undefined) request.body = parseLearningBody(value.body);
  if (value.technologyRefs !== undefined) {
    request.technologyRefs = parseTechnologyRefs(value.technologyRefs);
  }
  return request;
}
