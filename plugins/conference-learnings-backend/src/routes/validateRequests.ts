import { InputError } from '@backstage/errors';
import express from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { HttpError } from 'express-openapi-validator/dist/framework/types';
import { spec } from '../schema/openapi.generated';

/** `/body/technologyRefs/0` → `technologyRefs[0]`; `/body` → `` */
function fieldOf(path: string): string {
  return path
    .replace(/^\/?(body|query|params|path|headers)\/?/, '')
    .replace(/\/(\d+)/g, '[$1]')
    .replace(/\//g, '.');
}

/** The validator's words (ajv's), as this API says them elsewhere. */
const PHRASES: [RegExp, string][] = [
  [/^must be string(,null)?$/, 'must be a string'],
  [/^must be array$/, 'must be an array'],
  [/^must be object$/, 'must be a JSON object'],
  [/^must be integer$/, 'must be an integer'],
  [
    /^must NOT have more than (\d+) characters$/,
    'must be at most $1 characters long',
  ],
  [/^must NOT have fewer than 1 characters$/, 'must not be empty'],
  [/^must NOT have more than (\d+) items$/, 'may name at most $1 items'],
  [/^must NOT have fewer than 1 properties$/, 'must give at least one field'],
  [/^must be equal to one of the allowed values: (.*)$/, 'must be one of $1'],
  [/^Unknown query parameter '(.*)'$/, 'Unknown query parameter $1'],
  [/^must match format "uuid"$/, 'must be a learning id (a UUID)'],
  [
    /malformed uri'?$/,
    'Failed to decode param: not valid percent-encoded UTF-8',
  ],
  [
    /unsupported media type undefined$/,
    'Content-Type must be application/json, not missing',
  ],
  [
    /unsupported media type (.*)$/,
    'Content-Type must be application/json, not $1',
  ],
];

function phrase(message: string): string {
  for (const [pattern, replacement] of PHRASES) {
    if (pattern.test(message)) return message.replace(pattern, replacement);
  }
  return message;
}

/** The fields the body of the request's operation may have, from the document. */
function bodyFields(req: express.Request): string[] {
  const operation = (req as { openapi?: { schema?: any } }).openapi?.schema;
  // The validator reads a dereferenced document: no $ref to follow here.
  const schema = operation?.requestBody?.content?.['application/json']?.schema;
  return Object.keys(schema?.properties ?? {});
}

/** One validation problem in words that name the field. */
function describe(
  item: HttpError['errors'][number],
  req: express.Request,
): string {
  const field = fieldOf(item.path);
  const code = item.errorCode ?? '';
  if (code.startsWith('additionalProperties.')) {
    const allowed = bodyFields(req);
    return `Unknown field ${field}${
      allowed.length ? `; allowed: ${allowed.join(', ')}` : ''
    }`;
  }
  if (code.startsWith('required.')) return `${field} is required`;
  const words = phrase(item.message);
  if (/^(Failed to decode|Content-Type)/.test(words)) return words;
  if (!field && item.path.includes('body')) return `The request body ${words}`;
  if (!field || item.message.includes(`'${field}'`)) return words;
  return `${field} ${words}`;
}

/**
 * Validates every request against the API's OpenAPI document (the validator
 * `@backstage/backend-openapi-utils` uses, with its settings) and answers a
 * failure with a 400 whose message names each field, e.g. `Unknown field
 * createdBy` or `limit must be <= 100`.
 */
export function validateRequests(): express.RequestHandler[] {
  const validate = OpenApiValidator.middleware({
    apiSpec: spec as any,
    validateRequests: {
      coerceTypes: false,
      allowUnknownQueryParameters: false,
    },
    validateResponses: false,
    // Credentials are the backend's own business (httpAuth), not the validator's.
    validateSecurity: false,
    ignoreUndocumented: true,
    useRequestUrl: true,
    // No multipart bodies in this API: no per-request upload middleware.
    fileUploader: false,
    $refParser: { mode: 'dereference' },
  });
  const name: express.ErrorRequestHandler = (error, req, _res, next) => {
    if (!(error instanceof HttpError)) {
      next(error);
      return;
    }
    const items = error.errors?.length
      ? error.errors
      : [{ path: '', message: error.message }];
    next(new InputError(items.map(item => describe(item, req)).join('; ')));
  };
  return [...validate, name] as express.RequestHandler[];
}
